package be.numedu.accounts.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordsUnitTests {

	/** Real BCrypt, counting its checks. */
	static final class CountedBcrypt implements PasswordEncoder {

		final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final AtomicInteger checks = new AtomicInteger();

		@Override
		public String encode(CharSequence rawPassword) {
			return bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			checks.incrementAndGet();
			return bcrypt.matches(rawPassword, encodedPassword);
		}
	}

	final CountedBcrypt bcrypt = new CountedBcrypt();

	final RememberedPasswords passwords = new RememberedPasswords(bcrypt);

	@Test
	void aVerifiedPasswordIsMatchedAgainWithoutBcrypt() {
		String hash = passwords.encode("correct horse battery staple");

		assertThat(passwords.matches("correct horse battery staple", hash)).isTrue();
		assertThat(passwords.matches("correct horse battery staple", hash)).isTrue();
		assertThat(passwords.matches("correct horse battery staple", hash)).isTrue();

		assertThat(bcrypt.checks).hasValue(1);
	}

	@Test
	void aWrongPasswordIsCheckedByBcryptEveryTimeAndNeverMatches() {
		String hash = passwords.encode("correct horse battery staple");
		passwords.matches("correct horse battery staple", hash);

		assertThat(passwords.matches("correct horse battery stapl", hash)).isFalse();
		assertThat(passwords.matches("correct horse battery stapl", hash)).isFalse();
		assertThat(passwords.matches("", hash)).isFalse();

		assertThat(bcrypt.checks).hasValue(4);
	}

	@Test
	void aChangedPasswordIsNotMatchedByTheOldOne() {
		String before = passwords.encode("ancien mot de passe");
		assertThat(passwords.matches("ancien mot de passe", before)).isTrue();

		String after = passwords.encode("nouveau mot de passe");

		assertThat(passwords.matches("ancien mot de passe", after)).isFalse();
		assertThat(passwords.matches("nouveau mot de passe", after)).isTrue();
	}

	@Test
	void oneAccountsPasswordDoesNotOpenAnother() {
		String alice = passwords.encode("le même mot de passe");
		String bob = passwords.encode("un autre mot de passe");
		assertThat(passwords.matches("le même mot de passe", alice)).isTrue();

		assertThat(passwords.matches("le même mot de passe", bob)).isFalse();
	}
}
