package be.numedu.accounts.domain;

import java.util.ArrayList;
import java.util.List;

import be.numedu.accounts.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role, attached to real implantations of the FASE register and to real operators of the
 * directory, created at the first start of the embedded default with the demo data. Their passwords are generated
 * then and printed once on the console (not through the logger, so that no log file keeps them); starting with
 * {@code --numedu.demo.reset-passwords=true} prints new ones. They never exist in the {@code postgres} profile.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "numedu.demo.enabled", havingValue = "true")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	/**
	 * The implantations are real and chosen to show the directory's cases: an officiel subventionné school (CECP or
	 * CPEONS?), a libre confessionnel one and a WBE one in Brussels.
	 */
	static final List<Demo> ACCOUNTS = List.of(
			new Demo("enseignant@numedu.example", "Camille Enseignante (démo)", Role.ENSEIGNANT, 5839, null),
			new Demo("direction@numedu.example", "Dominique Direction (démo)", Role.DIRECTION, 3922, null),
			new Demo("referent@numedu.example", "Robin Référent·e (démo)", Role.REFERENT_NUMERIQUE, 372, null),
			new Demo("ctp@numedu.example", "Charlie CTP (démo)", Role.CONSEILLER_TECHNOPEDAGOGIQUE, null, "segec"),
			new Demo("agent@numedu.example", "Alex Agent (démo)", Role.AGENT_OPERATEUR, null, "ecole-numerique-rw"),
			new Demo("admin@numedu.example", "Sam Administrateur·rice (démo)", Role.ADMIN_SGNE, null, "sgne"));

	record Demo(String email, String name, Role role, Integer siteFase, String operatorSlug) {
	}

	private final Accounts accounts;

	private final PersonRepository people;

	private final boolean resetPasswords;

	DemoAccounts(Accounts accounts, PersonRepository people,
			@org.springframework.beans.factory.annotation.Value("${numedu.demo.reset-passwords:false}") boolean resetPasswords) {
		this.accounts = accounts;
		this.people = people;
		this.resetPasswords = resetPasswords;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<String> printed = new ArrayList<>();
		for (Demo demo : ACCOUNTS) {
			var existing = people.findByEmail(demo.email());
			if (existing.isPresent() && !resetPasswords) {
				continue;
			}
			String password = accounts.generatePassword();
			if (existing.isPresent()) {
				accounts.changePassword(existing.get(), password);
			}
			else {
				accounts.create(demo.email(), demo.name(), password, demo.role(), demo.siteFase(), demo.operatorSlug(), true);
			}
			printed.add(String.format("  %-28s %-28s %s", demo.role(), demo.email(), password));
		}
		if (!printed.isEmpty()) {
			System.out.println();
			System.out.println("=== numedu : comptes de démonstration (mots de passe affichés une seule fois) ===");
			printed.forEach(System.out::println);
			System.out.println("=== Pour en générer de nouveaux : --numedu.demo.reset-passwords=true ===");
			System.out.println();
		}
	}
}
