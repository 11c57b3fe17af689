package be.numedu.accounts.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PersonDetailsService implements UserDetailsService {

	private final PersonRepository people;

	PersonDetailsService(PersonRepository people) {
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return people.findByEmail(Person.normalise(username == null ? "" : username)).map(NumeduUser::new)
				.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}
}
