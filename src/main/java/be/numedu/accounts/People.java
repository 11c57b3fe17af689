package be.numedu.accounts;

import java.util.List;
import java.util.Optional;

import be.numedu.accounts.domain.NumeduUser;
import be.numedu.accounts.domain.Person;
import be.numedu.accounts.domain.PersonRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's facade: who is signed in, and who is who for the modules that write to people (the
 * notifications of support requests). Closed accounts are never returned by the lookups.
 */
@Component
public class People {

	private final PersonRepository people;

	People(PersonRepository people) {
		this.people = people;
	}

	/** The person signed in on the current request, if any. */
	public Optional<PersonView> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof NumeduUser user) {
			return Optional.of(user.view());
		}
		return Optional.empty();
	}

	/** An open account, by id. */
	@Transactional(readOnly = true)
	public Optional<PersonView> find(long id) {
		return people.findById(id).filter(Person::isEnabled).map(Person::view);
	}

	/** An open account, by e-mail address. */
	@Transactional(readOnly = true)
	public Optional<PersonView> byEmail(String email) {
		return people.findByEmail(email).filter(Person::isEnabled).map(Person::view);
	}

	/** The open accounts of the staff acting for an operator (its agents and CTP), administrators left out. */
	@Transactional(readOnly = true)
	public List<PersonView> staffOf(String operatorSlug) {
		return people.findByOperatorSlugAndEnabledTrueAndRoleIn(operatorSlug, Role.operatorStaff()).stream()
			.map(Person::view)
			.toList();
	}

	/** The open accounts of the SGNE administrators. */
	@Transactional(readOnly = true)
	public List<PersonView> administrators() {
		return people.findByRoleAndEnabledTrue(Role.ADMIN_SGNE).stream().map(Person::view).toList();
	}
}
