package be.numedu.accounts.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per network address and tells when either has failed too often within the
 * window. Unknown accounts are counted like known ones, so the block reveals nothing about which addresses exist.
 * The counters live in this process: with several instances each keeps its own, which only loosens the limit.
 */
@Component
class LoginThrottle {

	private final LoginThrottleProperties properties;

	private final Cache<String, AtomicInteger> failures;

	LoginThrottle(LoginThrottleProperties properties) {
		this.properties = properties;
		this.failures = Caffeine.newBuilder().expireAfterWrite(properties.window()).maximumSize(100_000).build();
	}

	boolean isBlocked(String username, String address) {
		return count(accountKey(username)) >= properties.maxFailuresPerAccount()
				|| count(addressKey(address)) >= properties.maxFailuresPerAddress();
	}

	long blockMinutes() {
		return Math.max(1, properties.window().toMinutes());
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		increment(accountKey(String.valueOf(event.getAuthentication().getPrincipal())));
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			increment(addressKey(details.getRemoteAddress()));
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		failures.invalidate(accountKey(event.getAuthentication().getName()));
	}

	private int count(String key) {
		AtomicInteger counter = failures.getIfPresent(key);
		return counter == null ? 0 : counter.get();
	}

	private void increment(String key) {
		// put-back refreshes the write time, so the window runs from the latest failure.
		AtomicInteger counter = failures.get(key, k -> new AtomicInteger());
		counter.incrementAndGet();
		failures.put(key, counter);
	}

	private static String accountKey(String username) {
		return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}
}
