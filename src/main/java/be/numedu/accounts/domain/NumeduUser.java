package be.numedu.accounts.domain;

import java.util.List;

import be.numedu.accounts.PersonView;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal: Spring Security's user plus what pages need to know of the person, so that no request has
 * to read the person again.
 */
public class NumeduUser extends User {

	private final PersonView view;

	/** The person's version when they signed in: any later change to the account (password, closing) ends the session. */
	private final long version;

	NumeduUser(Person person) {
		super(person.getEmail(), person.getPasswordHash(), person.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(person.getRole().authority())));
		this.view = person.view();
		this.version = person.getVersion();
	}

	public long version() {
		return version;
	}

	public PersonView view() {
		return view;
	}
}
