package be.numedu.accounts.domain;

import be.numedu.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first SGNE administrator of a real deployment from {@code NUMEDU_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code NUMEDU_BOOTSTRAP_ADMIN_PASSWORD}, as long as no administrator exists. Once one does, the variables are
 * ignored.
 */
@Component
@Order(11)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final Accounts accounts;

	private final PersonRepository people;

	private final String email;

	private final String password;

	BootstrapAdmin(Accounts accounts, PersonRepository people,
			@Value("${numedu.bootstrap-admin.email:}") String email,
			@Value("${numedu.bootstrap-admin.password:}") String password) {
		this.accounts = accounts;
		this.people = people;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (email.isBlank() || people.existsByRole(Role.ADMIN_SGNE)) {
			return;
		}
		if (password.length() < 12) {
			throw new IllegalStateException(
					"NUMEDU_BOOTSTRAP_ADMIN_PASSWORD doit compter au moins 12 caractères pour créer le premier administrateur");
		}
		accounts.create(email, "Administrateur·rice SGNE", password, Role.ADMIN_SGNE, null, "sgne", false);
		log.info("Premier administrateur SGNE créé : {}", email);
	}
}
