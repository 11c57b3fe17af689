package be.numedu.testsupport;

import be.numedu.accounts.Role;
import be.numedu.accounts.domain.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * One test person per role, attached like the demo accounts (real implantations and operators), created on first
 * use with a known password. Tests sign them in with MockMvc's {@code user(...)} or through the real login form.
 */
@Component
public class Personas {

	public static final String PASSWORD = "mot-de-passe-de-test-2026";

	/** A test person: its e-mail, role and attachment. */
	public enum Persona {
		TEACHER("enseignant@test.numedu.example", Role.ENSEIGNANT, 5839, null),
		HEAD("direction@test.numedu.example", Role.DIRECTION, 3922, null),
		REFERENT("referent@test.numedu.example", Role.REFERENT_NUMERIQUE, 372, null),
		CTP("ctp@test.numedu.example", Role.CONSEILLER_TECHNOPEDAGOGIQUE, null, "segec"),
		AGENT("agent@test.numedu.example", Role.AGENT_OPERATEUR, null, "cirb"),
		ADMIN("admin@test.numedu.example", Role.ADMIN_SGNE, null, "sgne"),
		ADMIN_2("admin2@test.numedu.example", Role.ADMIN_SGNE, null, "sgne");

		public final String email;

		public final Role role;

		public final Integer siteFase;

		public final String operator;

		Persona(String email, Role role, Integer siteFase, String operator) {
			this.email = email;
			this.role = role;
			this.siteFase = siteFase;
			this.operator = operator;
		}
	}

	private final Accounts accounts;

	private final UserDetailsService users;

	Personas(Accounts accounts, UserDetailsService users) {
		this.accounts = accounts;
		this.users = users;
	}

	/** The signed-in principal of the persona, creating the account first if needed. */
	public synchronized UserDetails user(Persona persona) {
		if (accounts.find(persona.email).isEmpty()) {
			accounts.create(persona.email, persona.name() + " (test)", PASSWORD, persona.role, persona.siteFase,
					persona.operator, false);
		}
		return users.loadUserByUsername(persona.email);
	}
}
