package be.numedu.accounts.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, the passwords just verified against their stored hash, so that the JSON API, whose
 * clients send their credentials with every call (HTTP Basic), does not pay BCrypt's deliberate ~80 ms of CPU each
 * time. What is remembered is an HMAC of the stored hash and the password under a key drawn at start and kept in
 * memory only; never the password. The stored hash is part of it, so a changed password is never matched by the old
 * one. Only successes are remembered: a wrong password always costs a full BCrypt check, so guessing gets no faster.
 * Whether the account is still open is checked on every call by Spring Security, as before.
 */
final class RememberedPasswords implements PasswordEncoder {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	private final PasswordEncoder encoder;

	private final SecretKeySpec key;

	private final Cache<String, Boolean> verified = Caffeine.newBuilder()
		.expireAfterWrite(LIFETIME)
		.maximumSize(10_000)
		.build();

	RememberedPasswords(PasswordEncoder encoder) {
		this.encoder = encoder;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return encoder.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return encoder.matches(rawPassword, encodedPassword);
		}
		String seal = seal(rawPassword, encodedPassword);
		if (verified.getIfPresent(seal) != null) {
			return true;
		}
		boolean matches = encoder.matches(rawPassword, encodedPassword);
		if (matches) {
			verified.put(seal, Boolean.TRUE);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return encoder.upgradeEncoding(encodedPassword);
	}

	private String seal(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			// a separator no stored hash contains, so that hash and password cannot be shifted into each other
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}
}
