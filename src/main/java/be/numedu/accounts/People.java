package be.numedu.accounts;

import java.util.Optional;

import be.numedu.accounts.domain.NumeduUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The accounts module's facade: who is signed in. */
@Component
public class People {

	/** The person signed in on the current request, if any. */
	public Optional<PersonView> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof NumeduUser user) {
			return Optional.of(user.view());
		}
		return Optional.empty();
	}
}
