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

	private final SessionValidity sessions;

	private final SecureRandom random = new SecureRandom();

	Accounts(PersonRepository people, PasswordEncoder encoder, SessionValidity sessions) {
		this.people = people;
		this.encoder = encoder;
		this.sessions = sessions;
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

	/** Closes or reopens an account; closing it also ends the person's open sessions. */
	@Transactional
	public void enable(long id, boolean enabled) {
		people.findById(id).ifPresent(person -> {
			person.enable(enabled);
			people.saveAndFlush(person);
		});
		sessions.forget(id);
	}

	/** Gives the person a new generated password and returns it, to be handed over once. */
	@Transactional
	public String resetPassword(long id) {
		Person person = people.findById(id).orElseThrow();
		String password = generatePassword();
		person.changePasswordHash(encoder.encode(password));
		people.saveAndFlush(person);
		sessions.forget(id);
		return password;
	}

	/** Sets a new password: every session opened with the old one ends (the caller renews the current one). */
	@Transactional
	public Person changePassword(Person person, String rawPassword) {
		person.changePasswordHash(encoder.encode(rawPassword));
		Person saved = people.saveAndFlush(person);
		sessions.forget(saved.getId());
		return saved;
	}

	/** The principal a person signs in as, for renewing the session of someone who just changed their password. */
	@Transactional(readOnly = true)
	public NumeduUser principal(long id) {
		return new NumeduUser(people.findById(id).orElseThrow());
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
