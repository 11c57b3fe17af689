package be.numedu.accounts.domain;

import java.security.SecureRandom;
import java.util.Optional;

import be.numedu.accounts.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and generates the passwords of those nobody chose (demo and bootstrap accounts). */
@Service
public class Accounts {

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final PersonRepository people;

	private final PasswordEncoder encoder;

	private final SecureRandom random = new SecureRandom();

	Accounts(PersonRepository people, PasswordEncoder encoder) {
		this.people = people;
		this.encoder = encoder;
	}

	@Transactional
	public Person create(String email, String displayName, String rawPassword, Role role, Integer siteFase,
			String operatorSlug, boolean demo) {
		return people.save(new Person(email, displayName, encoder.encode(rawPassword), role, siteFase, operatorSlug, demo));
	}

	@Transactional
	public void changePassword(Person person, String rawPassword) {
		person.changePasswordHash(encoder.encode(rawPassword));
		people.save(person);
	}

	public Optional<Person> find(String email) {
		return people.findByEmail(Person.normalise(email));
	}

	/** A random password of 20 characters from an alphabet without look-alikes (about 117 bits). */
	public String generatePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}
}
