package be.numedu.accounts.domain;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;

/**
 * Whether a signed-in session still stands for its account: not when the account was closed, deleted, or changed
 * (a new password) after the sign-in. Read on every request of a signed-in person, so the account's state is kept a
 * few seconds in memory; changes made by this instance are seen at once, those of another within that delay.
 */
@Service
public class SessionValidity {

	private record State(boolean enabled, long version) {
	}

	private final PersonRepository people;

	private final Cache<Long, Optional<State>> states = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5))
		.maximumSize(50_000).build();

	SessionValidity(PersonRepository people) {
		this.people = people;
	}

	public boolean stillValid(NumeduUser user) {
		Optional<State> state = states.get(user.view().id(),
				id -> people.findById(id).map(person -> new State(person.isEnabled(), person.getVersion())));
		return state.isPresent() && state.get().enabled() && state.get().version() == user.version();
	}

	void forget(long personId) {
		states.invalidate(personId);
	}
}
