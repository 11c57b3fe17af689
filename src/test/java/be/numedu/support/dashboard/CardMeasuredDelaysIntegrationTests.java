package be.numedu.support.dashboard;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import be.numedu.accounts.domain.Accounts;
import be.numedu.directory.DelayUnit;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.ServiceLevel;
import be.numedu.directory.domain.Cards;
import be.numedu.support.domain.SupportDesk;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.SupportRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The measured delays on an operator's public card: over the last 90 days, the median working time to take requests
 * in charge and to resolve them beside the declared delays, the share handled in time and how many requests it rests
 * on; "pas encore de mesure" without any; the SGNE's reference delay when the card declares none.
 */
@NumeduTest
class CardMeasuredDelaysIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cards cards;

	@Autowired
	SupportDesk desk;

	@Autowired
	SupportRequests requests;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Personas personas;

	MeasuredOperators operators;

	@BeforeEach
	void helper() {
		operators = new MeasuredOperators(cards, desk, requests, jdbc, accounts, users, personas);
	}

	@AfterEach
	void retire() {
		operators.retireAll();
	}

	@Test
	void theCardShowsTheMeasuredMediansBesideTheDeclaredDelays() throws Exception {
		// given an operator declaring 4 working hours to take in charge and 2 working days (of 8 hours) to resolve
		OperatorCard card = operators.create("Mesure", new ServiceLevel(4, DelayUnit.WORKING_HOURS, 2,
				DelayUnit.WORKING_DAYS, LocalTime.of(8, 0), LocalTime.of(16, 0)));
		String slug = card.slug();
		Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS);
		// taken in charge in 30, 90 and 300 working minutes (the last one late); resolved in 1, 1.5 and 3 working days
		// (the last one late); a fourth taken long ago, outside the 90 days
		long[] taken = { 30, 90, 300 };
		long[] resolved = { 480, 720, 1440 };
		for (int i = 0; i < 3; i++) {
			String reference = operators.fileFor(Persona.TEACHER, Need.CONNECTIVITE, slug);
			operators.take(reference);
			operators.resolve(reference);
			operators.taken(reference, slug, lastWeek, taken[i], i < 2);
			operators.resolved(reference, slug, lastWeek, resolved[i], i < 2);
		}
		String old = operators.fileFor(Persona.TEACHER, Need.CONNECTIVITE, slug);
		operators.take(old);
		operators.taken(old, slug, Instant.now().minus(100, ChronoUnit.DAYS), 5000, false);

		// when a visitor opens the card
		String page = mvc.perform(get("/cartographie/operateurs/" + slug))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then beside each declared delay: the median, the share in time, and how many requests it rests on
		assertThat(page).contains("Délais mesurés (90 derniers jours)", "<td>4 heures ouvrables</td>",
				"<td>1,5 heure ouvrable</td>", "<td>67 % (2 sur 3)</td>", "<td>2 jours ouvrables</td>",
				"<td>1,5 jour ouvrable</td>",
				"mis à jour toutes les 5 minutes")
			.doesNotContain("Pas encore de mesure");
		assertThat(page.indexOf("Prise en charge</th>")).isLessThan(page.indexOf("<td>1,5 heure ouvrable</td>"));
		MeasuredDelays figures = new DashboardQueries(
				new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc))
			.delays(slug, Instant.now().minus(90, ChronoUnit.DAYS), Instant.now());
		assertThat(figures.takeCharge()).isEqualTo(new Measured(3, 90.0, 258.0, 2));
		assertThat(figures.resolution()).isEqualTo(new Measured(3, 720.0, 1296.0, 2));

		// and the printable card, a record of what the operator declares, does not carry them
		String print = mvc.perform(get("/cartographie/operateurs/" + slug + "/imprimer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(print).doesNotContain("Délais mesurés");
	}

	@Test
	void aCardWithoutHandledRequestsSaysThereIsNoMeasureYet() throws Exception {
		OperatorCard card = operators.create("Sans mesure", ServiceLevel.undeclared());
		// a request received but not yet taken in charge measures nothing
		operators.fileFor(Persona.TEACHER, Need.CONNECTIVITE, card.slug());

		String page = mvc.perform(get("/cartographie/operateurs/" + card.slug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Délais mesurés (90 derniers jours)", "Pas encore de mesure")
			.doesNotContain("Médiane mesurée");
	}

	@Test
	void aCardDeclaringNoDelaysIsMeasuredAgainstTheReferenceDelays() throws Exception {
		OperatorCard card = operators.create("Référence", ServiceLevel.undeclared());
		String reference = operators.fileFor(Persona.TEACHER, Need.CONNECTIVITE, card.slug());
		operators.take(reference);
		operators.taken(reference, card.slug(), Instant.now().minus(1, ChronoUnit.DAYS), 45, true);

		String page = mvc.perform(get("/cartographie/operateurs/" + card.slug()).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("non déclaré (délai de référence du SGNE : 16 heures ouvrables)",
				"<td>45 minutes ouvrables</td>", "<td>100 % (1 sur 1)</td>",
				"non déclaré (délai de référence du SGNE : 80 heures ouvrables)", "pas encore de mesure");
	}

	@Test
	void theSeededCardsShowTheSection() throws Exception {
		mvc.perform(get("/cartographie/operateurs/sgne")).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Délais mesurés (90 derniers jours)"));
	}
}
