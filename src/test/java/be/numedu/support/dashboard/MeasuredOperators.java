package be.numedu.support.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import be.numedu.accounts.domain.Accounts;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.ServiceLevel;
import be.numedu.directory.domain.Cards;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportRequest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.SupportRequests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Operators of the tests' own, with requests of known delays. Each test creates its operators (cards that cover no
 * school, so that routing and the finder never meet them), gives them requests filed and handled through the real
 * desk, then sets the timestamps and working minutes it expects to read back. The cards are retired afterwards.
 */
final class MeasuredOperators {

	private final Cards cards;

	private final SupportDesk desk;

	private final SupportRequests requests;

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final UserDetailsService users;

	private final Personas personas;

	private final List<String> created = new ArrayList<>();

	MeasuredOperators(Cards cards, SupportDesk desk, SupportRequests requests, JdbcTemplate jdbc, Accounts accounts,
			UserDetailsService users, Personas personas) {
		this.cards = cards;
		this.desk = desk;
		this.requests = requests;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.users = users;
		this.personas = personas;
	}

	/** A new active card, covering no school, with these delays; its short name starts with {@code prefix}. */
	OperatorCard create(String prefix, ServiceLevel level) {
		OperatorCard model = cards.find("cirb").orElseThrow();
		String shortName = prefix + " " + UUID.randomUUID().toString().substring(0, 6);
		OperatorCard content = new OperatorCard(null, "Opérateur de mesure " + shortName, shortName, model.category(),
				false, "Opérateur créé pour les tests des délais mesurés.", null, null, null, null, null, null, null,
				null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), level, null, false,
				0);
		OperatorCard card = cards.create(content, admin());
		created.add(card.slug());
		return card;
	}

	/** Retires the cards this helper created, so that the directory's other tests never see them. */
	void retireAll() {
		for (String slug : created) {
			OperatorCard card = cards.find(slug).orElseThrow();
			if (!card.retired()) {
				cards.retire(slug, card.version(), admin());
			}
		}
		created.clear();
	}

	/** An agent of the operator, signed in as MockMvc's user. */
	UserDetails agentOf(String slug) {
		String email = "agent-" + slug + "@test.numedu.example";
		if (accounts.find(email).isEmpty()) {
			accounts.create(email, "Agent " + slug, Personas.PASSWORD, Role.AGENT_OPERATEUR, null, slug, false);
		}
		return users.loadUserByUsername(email);
	}

	/** Files a request as the persona and gives it to the operator (by hand-over, or from the triage). */
	String fileFor(Persona persona, Need need, String slug) {
		SupportRequest request = requests.file(persona, need, null);
		if (request.getOperatorSlug() == null) {
			desk.assign(request.getReference(), slug, "Pour le test.", admin());
		}
		else {
			desk.handOver(request.getReference(), admin(), slug, "Pour le test des délais mesurés.");
		}
		return request.getReference();
	}

	/** An SGNE administrator takes the request in charge for the operator holding it. */
	void take(String reference) {
		desk.take(reference, admin());
	}

	/** An SGNE administrator resolves the request for the operator holding it. */
	void resolve(String reference) {
		desk.resolve(reference, admin(), "Réglé.", List.of());
	}

	/** The requester confirms the request is solved. */
	void confirm(String reference, Persona requester) {
		desk.confirm(reference, view(requester));
	}

	/** The requester rates the help received. */
	void rate(String reference, Persona requester, int score) {
		desk.rate(reference, view(requester), score, null);
	}

	PersonView admin() {
		return requests.view(Persona.ADMIN);
	}

	PersonView view(Persona persona) {
		return requests.view(persona);
	}

	UserDetails user(Persona persona) {
		return personas.user(persona);
	}

	/** Sets when the request was filed. */
	void filedAt(String reference, Instant at) {
		jdbc.update("update support_request set created_at = ? where reference = ?", at(at), reference);
	}

	/** Sets when the operator took the request in charge, the working minutes it took, and whether in time. */
	void taken(String reference, String slug, Instant at, long minutes, boolean inTime) {
		int rows = jdbc.update("update support_assignment set taken_at = ?, take_charge_used_minutes = ?,"
				+ " taken_in_time = ? where operator_slug = ? and request_id = (select id from support_request"
				+ " where reference = ?)", at(at), minutes, inTime, slug, reference);
		if (rows != 1) {
			throw new IllegalStateException(reference + " has " + rows + " holdings by " + slug);
		}
	}

	/** Sets when the operator resolved the request, the working minutes it took, and whether in time. */
	void resolved(String reference, String slug, Instant at, long minutes, boolean inTime) {
		int rows = jdbc.update("update support_assignment set resolved_at = ?, resolve_used_minutes = ?,"
				+ " resolved_in_time = ? where operator_slug = ? and request_id = (select id from support_request"
				+ " where reference = ?)", at(at), minutes, inTime, slug, reference);
		if (rows != 1) {
			throw new IllegalStateException(reference + " has " + rows + " holdings by " + slug);
		}
	}

	/** Moves the request's current due date before now, as the due-date scan would find it. */
	void overdue(String reference) {
		jdbc.update("update support_request set due_at = ? where reference = ?",
				at(Instant.now().minusSeconds(3600)), reference);
	}

	/** Both drivers bind an offset date-time to {@code timestamp with time zone} without the JVM's zone in between. */
	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
