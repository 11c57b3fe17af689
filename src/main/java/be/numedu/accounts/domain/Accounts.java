package be.numedu.accounts.domain;

import java.security.SecureRandom;
import java.util.List;
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

	/** Thrown when an account with the address exists already. */
	public static final class EmailTaken extends RuntimeException {

		EmailTaken() {
			super("e-mail taken");
		}
	}

	@Transactional
	public Person create(String email, String displayName, String rawPassword, Role role, Integer siteFase,
			String operatorSlug, boolean demo) {
		if (people.findByEmail(Person.normalise(email)).isPresent()) {
			throw new EmailTaken();
		}
		return people.save(new Person(email, displayName, encoder.encode(rawPassword), role, siteFase, operatorSlug, demo));
	}

	@Transactional(readOnly = true)
	public List<Person> all() {
		return people.findAllByOrderByDisplayNameAsc();
	}

	@Transactional(readOnly = true)
	public Optional<Person> find(long id) {
		return people.findById(id);
	}

	@Transactional
	public void enable(long id, boolean enabled) {
		people.findById(id).ifPresent(person -> person.enable(enabled));
	}

	/** Gives the person a new generated password and returns it, to be handed over once. */
	@Transactional
	public String resetPassword(long id) {
		Person person = people.findById(id).orElseThrow();
		String password = generatePassword();
		person.changePasswordHash(encoder.encode(password));
		return password;
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
