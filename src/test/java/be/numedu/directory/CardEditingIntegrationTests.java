package be.numedu.directory;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.numedu.accounts.PersonView;
import be.numedu.directory.domain.Cards;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing cards through the pages and the service: who may edit which card, French validation messages, optimistic
 * locking (a stale or concurrent save is refused and nothing is overwritten), the history of changes, retiring and
 * bringing back. The CIRB card is edited and put back as it was after each test.
 */
@NumeduTest
class CardEditingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	Cards cards;

	OperatorCard original;

	@BeforeEach
	void rememberTheCard() {
		original = cards.find("cirb").orElseThrow();
	}

	@AfterEach
	void putTheCardBack() {
		OperatorCard now = cards.find("cirb").orElseThrow();
		PersonView admin = admin();
		if (now.retired()) {
			now = cards.reactivate("cirb", now.version(), admin);
		}
		cards.update("cirb", now.version(), original, admin);
	}

	@Test
	void anAdministratorEditsACardAndTheChangeIsRecorded() throws Exception {
		// when the administrator saves a response delay and two things to prepare
		mvc.perform(save(Persona.ADMIN, "cirb", original.version())
			.param("responseDelay", "2 jours ouvrables")
			.param("toPrepare", "Le numéro FASE de l'implantation\nLe débit mesuré"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/cartographie/operateurs/cirb"));

		// then the card has them, and its history says who changed what
		OperatorCard saved = cards.find("cirb").orElseThrow();
		assertThat(saved.responseDelay()).isEqualTo("2 jours ouvrables");
		assertThat(saved.toPrepare()).containsExactly("Le numéro FASE de l'implantation", "Le débit mesuré");
		assertThat(saved.version()).isGreaterThan(original.version());
		Cards.HistoryEntry last = cards.history("cirb").get(0);
		assertThat(last.by()).isEqualTo(Persona.ADMIN.email);
		assertThat(last.action()).isEqualTo("UPDATED");
		assertThat(last.changes()).extracting(Cards.FieldChange::field).containsExactly("responseDelay", "toPrepare");
		assertThat(last.changes().get(0).before()).isNull();
		assertThat(last.changes().get(0).after()).isEqualTo("2 jours ouvrables");

		// and the card page shows the change and its author
		mvc.perform(get("/cartographie/operateurs/cirb"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2 jours ouvrables")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ADMIN (test)")));
	}

	@Test
	void anOperatorAgentEditsOwnCardButNotAnotherOne() throws Exception {
		mvc.perform(save(Persona.AGENT, "cirb", original.version()).param("responseDelay", "1 jour ouvrable"))
			.andExpect(status().isFound());
		assertThat(cards.find("cirb").orElseThrow().responseDelay()).isEqualTo("1 jour ouvrable");

		OperatorCard sgne = cards.find("sgne").orElseThrow();
		mvc.perform(save(Persona.AGENT, "sgne", sgne.version(), sgne).param("responseDelay", "1 jour ouvrable"))
			.andExpect(status().isForbidden());
		assertThat(cards.find("sgne").orElseThrow()).isEqualTo(sgne);
	}

	@Test
	void operatorStaffCannotChangeWhatTheCardIs() throws Exception {
		// when the CIRB's agent posts another category and the affiliation flag
		mvc.perform(save(Persona.AGENT, "cirb", original.version())
			.param("category", "FORMATION")
			.param("byAffiliation", "true")
			.param("responseDelay", "3 jours"))
			.andExpect(status().isFound());

		// then the delay is saved, the category and the flag are not
		OperatorCard saved = cards.find("cirb").orElseThrow();
		assertThat(saved.responseDelay()).isEqualTo("3 jours");
		assertThat(saved.category()).isEqualTo(OperatorCategory.CONSEIL_TECHNIQUE_EQUIPEMENT);
		assertThat(saved.byAffiliation()).isFalse();
	}

	@Test
	void invalidFieldsGetFrenchMessagesAndNothingIsSaved() throws Exception {
		mvc.perform(save(Persona.ADMIN, "cirb", original.version())
			.param("name", "")
			.param("website", "javascript:alert(1)")
			.param("contactEmail", "pas une adresse")
			.param("missions", "texte\u0007avec un caractère de contrôle")
			.param("needs", "INVENTE"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ce champ est obligatoire.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Indiquez une adresse web complète commençant par http:// ou https://.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Cette adresse électronique n&#39;est pas valide.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Ce champ contient des caractères de contrôle non autorisés.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Cette valeur n&#39;est pas valide.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Le formulaire contient")));
		assertThat(cards.find("cirb").orElseThrow()).isEqualTo(original);
	}

	@Test
	void tooManyOrTooLongItemsToPrepareAreRefused() throws Exception {
		mvc.perform(save(Persona.ADMIN, "cirb", original.version())
			.param("toPrepare", String.join("\n", java.util.Collections.nCopies(21, "un élément"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Indiquez au plus 20 éléments à prévoir.")));
		mvc.perform(save(Persona.ADMIN, "cirb", original.version()).param("toPrepare", "x".repeat(301)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("au plus 300 caractères")));
		assertThat(cards.find("cirb").orElseThrow()).isEqualTo(original);
	}

	@Test
	void aStaleSaveIsRefusedWithTheOtherPersonsChangeAndKeepsWhatWasTyped() throws Exception {
		// given the first administrator saved a change after the second one opened the form
		long openedAt = original.version();
		mvc.perform(save(Persona.ADMIN, "cirb", openedAt).param("responseDelay", "2 jours ouvrables"))
			.andExpect(status().isFound());

		// when the second administrator saves their own change from the old version
		String page = mvc.perform(save(Persona.ADMIN_2, "cirb", openedAt).param("responseDelay", "5 jours"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		// then nothing of theirs is saved, they are told who changed what, and their text is still in the form
		assertThat(cards.find("cirb").orElseThrow().responseDelay()).isEqualTo("2 jours ouvrables");
		assertThat(page).contains("Vos modifications n&#39;ont pas été enregistrées", "ADMIN (test)", "5 jours",
				"version actuelle : 2 jours ouvrables");
		OperatorCard current = cards.find("cirb").orElseThrow();
		assertThat(page).contains("name=\"version\" value=\"" + current.version() + "\"");
	}

	@Test
	void twoConcurrentSavesFromTheSameVersionLeaveOneWinner() throws Exception {
		PersonView first = view(Persona.ADMIN);
		PersonView second = view(Persona.ADMIN_2);
		long from = original.version();
		int historyBefore = cards.history("cirb").size();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<String> a = () -> attempt(start, first, from, "A");
			Callable<String> b = () -> attempt(start, second, from, "B");
			Future<String> fa = pool.submit(a);
			Future<String> fb = pool.submit(b);
			start.countDown();
			List<String> outcomes = List.of(fa.get(), fb.get());

			assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
			String kept = cards.find("cirb").orElseThrow().responseDelay();
			assertThat(kept).isIn("A", "B");
			// exactly one change was recorded, the winner's
			List<Cards.HistoryEntry> history = cards.history("cirb");
			assertThat(history).hasSize(historyBefore + 1);
			assertThat(history.get(0).changes().get(0).after()).isEqualTo(kept);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theCsvExportNeverHandsASpreadsheetAFormula() throws Exception {
		mvc.perform(save(Persona.AGENT, "cirb", original.version())
			.param("contactNote", "=HYPERLINK(\"http://example.org\";\"clic\")")
			.param("responseDelay", "+2 jours"))
			.andExpect(status().isFound());

		String csv = mvc.perform(get("/cartographie/export.csv")).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(csv).contains("'=HYPERLINK(", "'+2 jours").doesNotContain(";=HYPERLINK", ";\"=HYPERLINK");
	}

	@Test
	void retiringAndBringingBackAreForAdministratorsAndRecorded() throws Exception {
		mvc.perform(post("/cartographie/operateurs/cirb/retirer").with(csrf())
			.with(user(personas.user(Persona.AGENT))).param("version", String.valueOf(original.version())))
			.andExpect(status().isForbidden());

		mvc.perform(post("/cartographie/operateurs/cirb/retirer").with(csrf())
			.with(user(personas.user(Persona.ADMIN))).param("version", String.valueOf(original.version())))
			.andExpect(status().isFound());
		assertThat(cards.find("cirb").orElseThrow().retired()).isTrue();
		assertThat(cards.all(false)).extracting(OperatorCard::slug).doesNotContain("cirb");
		assertThat(cards.history("cirb").get(0).action()).isEqualTo("RETIRED");

		long retiredVersion = cards.find("cirb").orElseThrow().version();
		mvc.perform(post("/cartographie/operateurs/cirb/reactiver").with(csrf())
			.with(user(personas.user(Persona.ADMIN))).param("version", String.valueOf(retiredVersion)))
			.andExpect(status().isFound());
		assertThat(cards.find("cirb").orElseThrow().retired()).isFalse();
	}

	@Test
	void anAdministratorCreatesACardWithAFreeSlug() throws Exception {
		String location = mvc.perform(post("/cartographie/operateurs/nouveau").with(csrf())
			.with(user(personas.user(Persona.ADMIN)))
			.param("name", "Centre de test")
			.param("shortName", "CIRB")
			.param("category", "AUTRE")
			.param("missions", "Une mission.")
			.param("needs", "AUTRE")
			.param("networks", "WBE")
			.param("zones", "NAMUR")
			.param("teachingTypes", "PRIMAIRE_ORDINAIRE"))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();

		// the short name's slug is taken by the real CIRB: the new card gets another one
		assertThat(location).startsWith("/cartographie/operateurs/cirb-");
		String slug = location.substring(location.lastIndexOf('/') + 1);
		OperatorCard created = cards.find(slug).orElseThrow();
		assertThat(created.name()).isEqualTo("Centre de test");
		cards.retire(slug, created.version(), admin());
	}

	@Test
	void theServiceRefusesPeopleWhoDoNotActForTheOperator() {
		assertThatThrownBy(() -> cards.update("cirb", original.version(), original, view(Persona.TEACHER)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cards.update("cirb", original.version(), original, view(Persona.CTP)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cards.retire("cirb", original.version(), view(Persona.AGENT)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private String attempt(CountDownLatch start, PersonView who, long from, String delay) throws InterruptedException {
		OperatorCard card = cards.find("cirb").orElseThrow();
		OperatorCard changed = withDelay(card, delay);
		start.await();
		try {
			cards.update("cirb", from, changed, who);
			return "saved";
		}
		catch (Cards.StaleCard stale) {
			return "stale";
		}
	}

	private static OperatorCard withDelay(OperatorCard c, String delay) {
		return new OperatorCard(c.slug(), c.name(), c.shortName(), c.category(), c.byAffiliation(), c.missions(),
				c.interventionDetails(), c.coverageNote(), c.interactionMode(), delay, c.contactNote(), c.contactEmail(),
				c.contactPhone(), c.website(), c.responsibleName(), c.responsibleEmail(), c.sourceNote(), c.needs(),
				c.networks(), c.zones(), c.teachingTypes(), c.modes(), c.toPrepare(), c.serviceLevel(), c.updatedAt(), c.retired(),
				c.version());
	}

	/** The edit form as the browser sends it: every field of the card, each replaceable by the test. */
	private EditForm save(Persona who, String slug, long version) {
		return save(who, slug, version, cards.find(slug).orElseThrow());
	}

	private EditForm save(Persona who, String slug, long version, OperatorCard card) {
		EditForm form = new EditForm(who, slug);
		form.param("version", String.valueOf(version))
			.param("name", card.name())
			.param("shortName", card.shortName())
			.param("category", card.category().name())
			.param("missions", card.missions());
		if (card.interventionDetails() != null) {
			form.param("interventionDetails", card.interventionDetails());
		}
		if (card.coverageNote() != null) {
			form.param("coverageNote", card.coverageNote());
		}
		if (card.sourceNote() != null) {
			form.param("sourceNote", card.sourceNote());
		}
		form.param("needs", card.needs().stream().map(Enum::name).toArray(String[]::new));
		form.param("networks", card.networks().stream().map(Enum::name).toArray(String[]::new));
		form.param("zones", card.zones().stream().map(Enum::name).toArray(String[]::new));
		form.param("teachingTypes", card.teachingTypes().stream().map(Enum::name).toArray(String[]::new));
		return form;
	}

	/** Form fields by name; setting one replaces its values, as editing a field in the browser does. */
	private final class EditForm implements org.springframework.test.web.servlet.SmartRequestBuilder {

		private final Persona who;

		private final String slug;

		private final java.util.Map<String, String[]> fields = new java.util.LinkedHashMap<>();

		EditForm(Persona who, String slug) {
			this.who = who;
			this.slug = slug;
		}

		EditForm param(String name, String... values) {
			fields.put(name, values);
			return this;
		}

		private MockHttpServletRequestBuilder request() {
			MockHttpServletRequestBuilder request = post("/cartographie/operateurs/" + slug + "/modifier").with(csrf())
				.with(user(personas.user(who)));
			fields.forEach(request::param);
			return request;
		}

		@Override
		public org.springframework.mock.web.MockHttpServletRequest buildRequest(
				jakarta.servlet.ServletContext servletContext) {
			return request().buildRequest(servletContext);
		}

		@Override
		public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
				org.springframework.mock.web.MockHttpServletRequest request) {
			return request().postProcessRequest(request);
		}
	}

	private PersonView view(Persona persona) {
		return ((be.numedu.accounts.domain.NumeduUser) personas.user(persona)).view();
	}

	private PersonView admin() {
		return view(Persona.ADMIN);
	}
}
