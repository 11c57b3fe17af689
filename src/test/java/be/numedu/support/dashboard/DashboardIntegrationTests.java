package be.numedu.support.dashboard;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import be.numedu.accounts.domain.Accounts;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.ServiceLevel;
import be.numedu.directory.domain.Cards;
import be.numedu.schools.SchoolRegistry;
import be.numedu.schools.SchoolSummary;
import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.Zone;
import be.numedu.support.RequestStatus;
import be.numedu.support.dashboard.Dashboards.Dashboard;
import be.numedu.support.dashboard.Dashboards.OperatorLine;
import be.numedu.support.domain.SupportDesk;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.SupportRequests;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards on requests of known delays. One operator of the test's own receives five requests filed in March
 * 2001 (a period no other test writes in) from three implantations, taken in charge and resolved in known working
 * minutes, rated, and two of them now overdue; every figure of the page and of its CSV export is checked exactly,
 * and who sees which operator's figures.
 */
@NumeduTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIntegrationTests {

	static final String MARCH_2001 = "du=2001-03-01&au=2001-03-31";

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

	@Autowired
	SchoolRegistry schools;

	MeasuredOperators operators;

	OperatorCard operator;

	@BeforeAll
	void fiveRequestsOfKnownDelays() {
		operators = new MeasuredOperators(cards, desk, requests, jdbc, accounts, users, personas);
		// a short name a spreadsheet would take for a formula: the export must neutralise it
		operator = operators.create("=Mesure", ServiceLevel.undeclared());
		String slug = operator.slug();
		Instant filed = Instant.parse("2001-03-05T09:00:00Z");
		Instant taken = Instant.parse("2001-03-06T10:00:00Z");
		Instant resolved = Instant.parse("2001-03-12T14:00:00Z");

		// 1: Namur, connectivity; taken in 30 minutes, resolved in 240, both in time; confirmed, rated 5
		String r1 = operators.fileFor(Persona.TEACHER, Need.CONNECTIVITE, slug);
		operators.take(r1);
		operators.resolve(r1);
		operators.confirm(r1, Persona.TEACHER);
		operators.rate(r1, Persona.TEACHER, 5);
		operators.taken(r1, slug, taken, 30, true);
		operators.resolved(r1, slug, resolved, 240, true);
		// 2: Namur, maintenance; taken in 90 (in time), resolved in 960 (late); rated 3
		String r2 = operators.fileFor(Persona.TEACHER, Need.MAINTENANCE, slug);
		operators.take(r2);
		operators.resolve(r2);
		operators.rate(r2, Persona.TEACHER, 3);
		operators.taken(r2, slug, taken, 90, true);
		operators.resolved(r2, slug, resolved, 960, false);
		// 3: Liège, training; taken in 150 (in time), not resolved, now overdue
		String r3 = operators.fileFor(Persona.HEAD, Need.FORMATION, slug);
		operators.take(r3);
		operators.taken(r3, slug, taken, 150, true);
		operators.overdue(r3);
		// 4: Brussels, connectivity; taken in 600 (late), resolved in 480 (in time); rated 4
		String r4 = operators.fileFor(Persona.REFERENT, Need.CONNECTIVITE, slug);
		operators.take(r4);
		operators.resolve(r4);
		operators.rate(r4, Persona.REFERENT, 4);
		operators.taken(r4, slug, taken, 600, false);
		operators.resolved(r4, slug, resolved, 480, true);
		// 5: Namur, something else; never taken in charge, now overdue
		String r5 = operators.fileFor(Persona.TEACHER, Need.AUTRE, slug);
		operators.overdue(r5);

		for (String reference : List.of(r1, r2, r3, r4, r5)) {
			operators.filedAt(reference, filed);
		}
	}

	@AfterAll
	void retireTheOperator() {
		operators.retireAll();
	}

	@Test
	void theSgneSeesEveryFigureOfThePeriod() throws Exception {
		// when an SGNE administrator opens the dashboard of all operators for March 2001
		MvcResult result = mvc.perform(page(Persona.ADMIN, MARCH_2001)).andExpect(status().isOk()).andReturn();

		// then the volumes, delays and satisfaction are those of the five requests
		Dashboard dashboard = dashboard(result);
		assertThat(dashboard.operatorSlug()).isNull();
		assertFigures(dashboard);
		// and the operator's line holds its delays
		OperatorLine line = dashboard.byOperator().stream().filter(l -> l.slug().equals(operator.slug())).findFirst()
			.orElseThrow();
		assertThat(line.delays()).isEqualTo(dashboard.delays());
		assertThat(line.overdue()).isEqualTo(2);

		// and the page says them in words, with each chart's figures in a table
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("du 1 mars 2001 au 31 mars 2001", "Toutes les demandes de soutien",
				"2 heures ouvrables", "7,8 heures ouvrables", "8 heures ouvrables", "14,4 heures ouvrables",
				"75 % (3 sur 4)", "67 % (2 sur 3)", "Note moyenne : 4 sur 5 (3 avis des demandeurs).",
				"Graphique en barres, Par nature du besoin", "<caption>Par nature du besoin</caption>",
				"Connexion à Internet et réseau de l&#39;école", "2 (40 %)");
		assertThat(page).contains("role=\"img\"").doesNotContain("style=");
	}

	@Test
	void theSgnePicksOneOperatorAndSeesWhatIsOverdueNow() throws Exception {
		MvcResult result = mvc.perform(page(Persona.ADMIN, MARCH_2001 + "&operateur=" + operator.slug()))
			.andExpect(status().isOk())
			.andReturn();

		Dashboard dashboard = dashboard(result);
		assertThat(dashboard.operatorSlug()).isEqualTo(operator.slug());
		assertFigures(dashboard);
		assertThat(dashboard.overdue()).isEqualTo(2);
		assertThat(dashboard.byOperator()).isEmpty();
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("2 demandes ouvertes ont dépassé leur échéance",
				"href=\"/demandes/file?retard=oui&amp;operateur=" + operator.slug() + "\"",
				"href=\"/demandes/tableau-de-bord.csv?operateur=" + operator.slug() + "&amp;du=2001-03-01&amp;au=2001-03-31\"");
	}

	@Test
	void operatorStaffSeeTheirOwnOperatorWhateverTheAddressAsks() throws Exception {
		// the operator's own agent, asking for the CIRB, sees its own operator
		UserDetails ownAgent = operators.agentOf(operator.slug());
		Dashboard own = dashboard(mvc.perform(get("/demandes/tableau-de-bord?" + MARCH_2001 + "&operateur=cirb")
			.with(user(ownAgent))).andExpect(status().isOk()).andReturn());
		assertThat(own.operatorSlug()).isEqualTo(operator.slug());
		assertFigures(own);
		assertThat(own.overdue()).isEqualTo(2);

		// the CIRB's agent, asking for this operator, sees the CIRB's figures and nothing of this operator
		MvcResult cirb = mvc.perform(page(Persona.AGENT, MARCH_2001 + "&operateur=" + operator.slug()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(dashboard(cirb).operatorSlug()).isEqualTo("cirb");
		// (the Brussels request reached the CIRB first, which handed it over: it counts for both, not its delays)
		assertThat(dashboard(cirb).volumes().total()).isEqualTo(1);
		assertThat(dashboard(cirb).delays()).isEqualTo(MeasuredDelays.NONE);
		assertThat(dashboard(cirb).satisfaction().count()).isZero();
		assertThat(dashboard(cirb).overdue()).isEqualTo(cirbOverdueNow());
		assertThat(cirb.getResponse().getContentAsString()).contains("reçues par CIRB")
			.doesNotContain(operator.shortName()).doesNotContain("name=\"operateur\"");
		List<CSVRecord> csv = csv(Persona.AGENT, MARCH_2001 + "&operateur=" + operator.slug());
		assertThat(value(csv, "Opérateur", null)).isEmpty();
		assertThat(row(csv, "Opérateur", null).get(1)).isEqualTo("cirb");
		assertThat(value(csv, "Demandes reçues", null)).isEqualTo("1");

		// the SeGEC's adviser sees the SeGEC
		assertThat(dashboard(mvc.perform(page(Persona.CTP, "operateur=" + operator.slug())).andReturn()).operatorSlug())
			.isEqualTo("segec");
	}

	@Test
	void schoolStaffAreRefusedAndVisitorsSentToSignIn() throws Exception {
		for (Persona persona : List.of(Persona.TEACHER, Persona.HEAD, Persona.REFERENT)) {
			mvc.perform(page(persona, "")).andExpect(status().isForbidden());
			mvc.perform(get("/demandes/tableau-de-bord.csv").with(user(operators.user(persona))))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/demandes/tableau-de-bord")).andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));
		mvc.perform(get("/demandes/tableau-de-bord.csv")).andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void theCsvHoldsTheSameFigures() throws Exception {
		MvcResult result = mvc.perform(get("/demandes/tableau-de-bord.csv?" + MARCH_2001 + "&operateur=" + operator.slug())
			.with(user(operators.user(Persona.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"tableau-de-bord-" + operator.slug() + "-2001-03-01-2001-03-31.csv\""))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFF");
		List<CSVRecord> csv = parse(bytes);

		assertThat(row(csv, "Opérateur", null).get(1)).isEqualTo(operator.slug());
		// the operator's name starts with "=": a spreadsheet must read it as text
		assertThat(row(csv, "Opérateur", null).get(2)).isEqualTo("'" + operator.shortName());
		assertThat(value(csv, "Premier jour de la période", null)).isEqualTo("2001-03-01");
		assertThat(value(csv, "Dernier jour de la période", null)).isEqualTo("2001-03-31");
		assertThat(value(csv, "Demandes reçues", null)).isEqualTo("5");
		assertThat(value(csv, "Par nature du besoin", "CONNECTIVITE")).isEqualTo("2");
		assertThat(value(csv, "Par nature du besoin", "MAINTENANCE")).isEqualTo("1");
		assertThat(value(csv, "Par nature du besoin", "RESSOURCES")).isEqualTo("0");
		assertThat(value(csv, "Par zone", zoneOf(Persona.TEACHER).name())).isEqualTo("3");
		assertThat(value(csv, "Par statut", "RESOLVED")).isEqualTo("2");
		assertThat(value(csv, "Par statut", "CLOSED")).isEqualTo("1");
		assertThat(value(csv, "Prise en charge : demandes mesurées", null)).isEqualTo("4");
		assertThat(value(csv, "Prise en charge : médiane (minutes ouvrables)", null)).isEqualTo("120");
		assertThat(value(csv, "Prise en charge : 90e centile (minutes ouvrables)", null)).isEqualTo("465");
		assertThat(value(csv, "Prise en charge : dans le délai", null)).isEqualTo("3");
		assertThat(value(csv, "Prise en charge : part dans le délai (%)", null)).isEqualTo("75");
		assertThat(value(csv, "Résolution : demandes mesurées", null)).isEqualTo("3");
		assertThat(value(csv, "Résolution : médiane (minutes ouvrables)", null)).isEqualTo("480");
		assertThat(value(csv, "Résolution : 90e centile (minutes ouvrables)", null)).isEqualTo("864");
		assertThat(value(csv, "Résolution : part dans le délai (%)", null)).isEqualTo("67");
		assertThat(value(csv, "Demandes en retard maintenant", null)).isEqualTo("2");
		assertThat(value(csv, "Satisfaction : nombre d'avis", null)).isEqualTo("3");
		assertThat(value(csv, "Satisfaction : note moyenne sur 5", null)).isEqualTo("4");
		assertThat(value(csv, "Satisfaction : avis par note", "5")).isEqualTo("1");
		assertThat(value(csv, "Satisfaction : avis par note", "1")).isEqualTo("0");
		// every label is in French, every code one of numedu's
		assertThat(row(csv, "Par réseau", Network.WBE.name()).get(2)).isEqualTo("Wallonie-Bruxelles Enseignement (WBE)");
	}

	@Test
	void theCsvOfAllOperatorsHasOneSetOfLinesPerOperator() throws Exception {
		List<CSVRecord> csv = csv(Persona.ADMIN, MARCH_2001);

		assertThat(row(csv, "Opérateur", null).get(2)).isEqualTo("Tous les opérateurs");
		assertThat(value(csv, "Demandes reçues", null)).isEqualTo("5");
		assertThat(value(csv, "Par opérateur, prise en charge : médiane (minutes ouvrables)", operator.slug()))
			.isEqualTo("120");
		assertThat(value(csv, "Par opérateur, résolution : dans le délai", operator.slug())).isEqualTo("2");
		assertThat(value(csv, "Par opérateur : demandes en retard maintenant", operator.slug())).isEqualTo("2");
	}

	@Test
	void aPeriodWithoutRequestsSaysSo() throws Exception {
		MvcResult result = mvc.perform(page(Persona.ADMIN, "du=1999-01-01&au=1999-01-31&operateur=" + operator.slug()))
			.andExpect(status().isOk())
			.andReturn();

		Dashboard dashboard = dashboard(result);
		assertThat(dashboard.volumes().total()).isZero();
		assertThat(dashboard.delays()).isEqualTo(MeasuredDelays.NONE);
		assertThat(dashboard.satisfaction().average()).isNull();
		assertThat(result.getResponse().getContentAsString()).contains("Aucune demande déposée sur cette période.",
				"Aucun avis sur les demandes déposées pendant cette période.", "pas de mesure");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "' or 1=1 --", "cirb' --", "../../etc/passwd", "%00",
			"tri", "\u202Ecirb", "CIRB", " cirb\u0000", "ceci-est-un-identifiant-beaucoup-trop-long-pour-une-fiche-"
					+ "ceci-est-un-identifiant-beaucoup-trop-long-pour-une-fiche" })
	void aForgedOperatorShowsAllOperatorsAndSaysSo(String forged) throws Exception {
		MvcResult result = mvc.perform(get("/demandes/tableau-de-bord").param("operateur", forged)
			.param("du", "2001-03-01").param("au", "2001-03-31")
			.with(user(operators.user(Persona.ADMIN))))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(dashboard(result).operatorSlug()).isNull();
		assertThat(dashboard(result).volumes().total()).isEqualTo(5);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("ne figure pas dans la cartographie").doesNotContain("<script>alert(1)</script>");
		mvc.perform(get("/demandes/tableau-de-bord.csv").param("operateur", forged)
			.with(user(operators.user(Persona.ADMIN)))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "periode=-1", "periode=99999999999999", "periode=abc", "du=2001-13-45&au=2001-03-01",
			"du=2001-03-31&au=2001-03-01", "du=%3Cscript%3E&au=2001-03-01", "du=2001-03-01", "du=1000-01-01&au=2999-01-01" })
	void nonsensicalPeriodsFallBackToTheLast90Days(String query) throws Exception {
		MvcResult result = mvc.perform(page(Persona.ADMIN, query)).andExpect(status().isOk()).andReturn();

		Dashboard dashboard = dashboard(result);
		assertThat(dashboard.period().days()).isEqualTo(90);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("<script>");
		mvc.perform(get("/demandes/tableau-de-bord.csv?" + query).with(user(operators.user(Persona.ADMIN))))
			.andExpect(status().isOk());
	}

	@Test
	void daysTypedTheFrenchWayAreReadAndShownBack() throws Exception {
		MvcResult result = mvc.perform(page(Persona.ADMIN, "du=1/3/2001&au=31/03/2001")).andExpect(status().isOk())
			.andReturn();

		assertThat(dashboard(result).volumes().total()).isEqualTo(5);
		assertThat(result.getResponse().getContentAsString()).contains("value=\"01/03/2001\"", "value=\"31/03/2001\"");
	}

	@Test
	void thePresetPeriodsAreTheLastDaysUpToNow() throws Exception {
		for (int days : List.of(30, 90, 365)) {
			Dashboard dashboard = dashboard(mvc.perform(page(Persona.ADMIN, "periode=" + days)).andReturn());
			assertThat(dashboard.period().days()).isEqualTo(days);
			assertThat(java.time.Duration.between(dashboard.period().from(), dashboard.period().to()).toDays())
				.isEqualTo(days);
		}
	}

	/** What the CIRB holds past its due date now, whichever test filed it. */
	private long cirbOverdueNow() {
		return jdbc.queryForObject("select count(*) from support_request where operator_slug = 'cirb'"
				+ " and status in ('NEW', 'TAKEN', 'REOPENED') and paused_since is null and due_at < current_timestamp",
				Long.class);
	}

	/** The figures of the five requests, whoever looks at them. */
	private void assertFigures(Dashboard dashboard) {
		DashboardQueries.Volumes volumes = dashboard.volumes();
		assertThat(volumes.total()).isEqualTo(5);
		assertThat(nonZero(volumes.byNeed())).isEqualTo(Map.of(Need.CONNECTIVITE, 2L, Need.MAINTENANCE, 1L,
				Need.FORMATION, 1L, Need.AUTRE, 1L));
		Map<Zone, Long> zones = new EnumMap<>(Zone.class);
		Map<Network, Long> networks = new EnumMap<>(Network.class);
		Map<Level, Long> levels = new EnumMap<>(Level.class);
		for (Persona persona : List.of(Persona.TEACHER, Persona.TEACHER, Persona.HEAD, Persona.REFERENT,
				Persona.TEACHER)) {
			SchoolSummary school = schoolOf(persona);
			zones.merge(school.zone(), 1L, Long::sum);
			networks.merge(school.network(), 1L, Long::sum);
			school.levels().forEach(level -> levels.merge(level, 1L, Long::sum));
		}
		assertThat(nonZero(volumes.byZone())).isEqualTo(zones).containsEntry(Zone.NAMUR, 3L);
		assertThat(nonZero(volumes.byNetwork())).isEqualTo(networks);
		assertThat(nonZero(volumes.byLevel())).isEqualTo(levels);
		assertThat(nonZero(volumes.byStatus())).isEqualTo(Map.of(RequestStatus.CLOSED, 1L, RequestStatus.RESOLVED, 2L,
				RequestStatus.TAKEN, 1L, RequestStatus.NEW, 1L));
		assertThat(volumes.byNeed()).hasSize(Need.values().length);

		// taken in charge: 30, 90, 150, 600 minutes; resolved: 240, 480, 960
		Measured takeCharge = dashboard.delays().takeCharge();
		assertThat(takeCharge.count()).isEqualTo(4);
		assertThat(takeCharge.median()).isCloseTo(120.0, within(1e-9));
		assertThat(takeCharge.p90()).isCloseTo(465.0, within(1e-9));
		assertThat(takeCharge.inTime()).isEqualTo(3);
		assertThat(takeCharge.sharePercent()).isEqualTo(75);
		Measured resolution = dashboard.delays().resolution();
		assertThat(resolution.count()).isEqualTo(3);
		assertThat(resolution.median()).isCloseTo(480.0, within(1e-9));
		assertThat(resolution.p90()).isCloseTo(864.0, within(1e-9));
		assertThat(resolution.inTime()).isEqualTo(2);
		assertThat(resolution.sharePercent()).isEqualTo(67);

		assertThat(dashboard.satisfaction().byScore()).containsExactly(0, 0, 1, 1, 1);
		assertThat(dashboard.satisfaction().count()).isEqualTo(3);
		assertThat(dashboard.satisfaction().average()).isCloseTo(4.0, within(1e-9));
	}

	private MockHttpServletRequestBuilder page(Persona persona, String query) {
		return get("/demandes/tableau-de-bord" + (query.isEmpty() ? "" : "?" + query))
			.with(user(operators.user(persona)));
	}

	private List<CSVRecord> csv(Persona persona, String query) throws Exception {
		return parse(mvc.perform(get("/demandes/tableau-de-bord.csv?" + query).with(user(operators.user(persona))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private static List<CSVRecord> parse(byte[] bytes) throws Exception {
		String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
		return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text))
			.getRecords();
	}

	/** The line of an indicator (and code, if any). */
	private static CSVRecord row(List<CSVRecord> csv, String indicator, String code) {
		return csv.stream()
			.filter(r -> r.get("Indicateur").equals(indicator) && (code == null || r.get("Code").equals(code)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line " + indicator + " " + code));
	}

	private static String value(List<CSVRecord> csv, String indicator, String code) {
		return row(csv, indicator, code).get("Valeur");
	}

	private static Dashboard dashboard(MvcResult result) {
		return (Dashboard) result.getModelAndView().getModel().get("dashboard");
	}

	private SchoolSummary schoolOf(Persona persona) {
		return schools.schoolsAtSite(persona.siteFase).get(0);
	}

	private Zone zoneOf(Persona persona) {
		return schoolOf(persona).zone();
	}

	private static <E extends Enum<E>> Map<E, Long> nonZero(Map<E, Long> counts) {
		Map<E, Long> result = new java.util.HashMap<>();
		counts.forEach((key, count) -> {
			if (count != 0) {
				result.put(key, count);
			}
		});
		return result;
	}
}
