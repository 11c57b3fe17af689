package be.numedu.directory;

import be.numedu.directory.domain.Finder;
import be.numedu.schools.SchoolRegistry;
import be.numedu.schools.SchoolSummary;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The interactive diagram on the real register and the seeded cards: the register gives network, zone and teaching
 * types; the cards' needs and coverage decide; the affiliation question comes only where the register cannot tell.
 * Then the pages: each step as a whole page and as the htmx fragment, and bad answers met with French messages.
 */
@NumeduTest
class FinderIntegrationTests {

	static final int TEMPLOUX = 2938; // communal, Namur zone: officiel subventionné, in Wallonia

	static final int EVERE = 231; // WBE, Brussels

	static final int SAINT_JOSEPH_LIEGE = 1997; // libre confessionnel, Liège

	@Autowired
	Finder finder;

	@Autowired
	SchoolRegistry schools;

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Test
	void anOfficielSubventionneSchoolIsAskedItsFederation() {
		Finder.Result result = finder.find(Need.USAGE_PEDAGOGIQUE, school(TEMPLOUX), null);

		assertThat(result.outcome()).isEqualTo(Finder.Outcome.ASK_AFFILIATION);
		assertThat(result.affiliationChoices()).extracting(OperatorCard::slug).containsExactly("cecp", "cpeons");
		assertThat(result.matches()).isEmpty();
	}

	@Test
	void theAnsweredFederationIsTheOnlyOneShown() {
		Finder.Result result = finder.find(Need.USAGE_PEDAGOGIQUE, school(TEMPLOUX), "cecp");

		assertThat(result.outcome()).isEqualTo(Finder.Outcome.MATCHED);
		assertThat(result.matches()).extracting(m -> m.card().slug()).containsExactly("cecp");
		assertThat(result.matches().get(0).uncertainAffiliation()).isFalse();
		assertThat(result.matches().get(0).teachingTypes()).isNotEmpty();
	}

	@Test
	void notKnowingTheFederationShowsBothAndSaysWhy() {
		Finder.Result result = finder.find(Need.USAGE_PEDAGOGIQUE, school(TEMPLOUX), Finder.UNKNOWN_AFFILIATION);

		assertThat(result.matches()).extracting(m -> m.card().slug()).containsExactlyInAnyOrder("cecp", "cpeons");
		assertThat(result.matches()).allMatch(Finder.Match::uncertainAffiliation);
		assertThat(result.affiliationChoices()).hasSize(2);
	}

	@Test
	void aLibreConfessionnelSchoolGoesToTheSegecWithoutAQuestion() {
		Finder.Result result = finder.find(Need.STRATEGIE_NUMERIQUE, school(SAINT_JOSEPH_LIEGE), null);

		assertThat(result.outcome()).isEqualTo(Finder.Outcome.MATCHED);
		assertThat(result.matches()).extracting(m -> m.card().slug()).containsExactly("segec");
	}

	@Test
	void regionalTechnicalSupportFollowsTheRegion() {
		assertThat(finder.find(Need.MAINTENANCE, school(TEMPLOUX), null).matches())
			.extracting(m -> m.card().slug()).containsExactly("maintenance-rw");
		assertThat(finder.find(Need.CONNECTIVITE, school(TEMPLOUX), null).matches())
			.extracting(m -> m.card().slug()).containsExactly("ecole-numerique-rw");
		assertThat(finder.find(Need.CONNECTIVITE, school(EVERE), null).matches())
			.extracting(m -> m.card().slug()).containsExactly("cirb");
	}

	@Test
	void aNeedNoOperatorServesHereSaysSo() {
		Finder.Result result = finder.find(Need.MAINTENANCE, school(EVERE), null);

		assertThat(result.outcome()).isEqualTo(Finder.Outcome.NONE);
		assertThat(result.matches()).isEmpty();
	}

	@Test
	void trainingComesFromTheIfcAndTheSchoolsFederation() {
		Finder.Result result = finder.find(Need.FORMATION, school(EVERE), null);

		assertThat(result.matches()).extracting(m -> m.card().slug()).containsExactlyInAnyOrder("ifc", "wbe");
	}

	@Test
	void aUniversityIsOutsideTheDirectorysScope() {
		SchoolSummary university = schools.find("Université de Liège", 5).stream()
			.filter(s -> s.name().equals("Université de Liège"))
			.findFirst()
			.orElseThrow();

		assertThat(finder.find(Need.FORMATION, university, null).outcome()).isEqualTo(Finder.Outcome.OUT_OF_SCOPE);
	}

	@Test
	void withoutASchoolEveryOperatorDeclaringTheNeedIsShown() {
		Finder.Result result = finder.find(Need.CONNECTIVITE, null, null);

		assertThat(result.matches()).extracting(m -> m.card().slug())
			.containsExactlyInAnyOrder("cirb", "ecole-numerique-rw");
	}

	@Test
	void eachStepIsAWholePageAndAnHtmxFragment() throws Exception {
		String url = "/cartographie/trouver?besoin=CONNECTIVITE&ecole=" + EVERE;
		mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"finder\""),
					containsString("CIRB – Centre d&#39;Informatique pour la Région bruxelloise"),
					containsString("Pourquoi cet opérateur"))));
		mvc.perform(get(url).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"finder\""),
					containsString("CIRB – Centre d&#39;Informatique pour la Région bruxelloise"))));
	}

	@Test
	void theSchoolStepFindsSchoolsByNameWithoutAccents() throws Exception {
		mvc.perform(get("/cartographie/trouver").param("besoin", "MAINTENANCE").param("recherche", "athenee royal d'evere"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ATHENEE ROYAL D&#39;EVERE (FASE 231)")));
	}

	@Test
	void aSignedInTeacherIsOfferedTheirOwnSchool() throws Exception {
		mvc.perform(get("/cartographie/trouver").param("besoin", "MAINTENANCE").with(user(personas.user(Persona.TEACHER))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Votre implantation"),
					containsString("Ecole fondamentale communale de Temploux (FASE 2938)"))));
	}

	@Test
	void badAnswersAreMetWithFrenchMessagesNotErrors() throws Exception {
		mvc.perform(get("/cartographie/trouver").param("besoin", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Choisissez un besoin dans la liste."),
					not(containsString("<script>alert(1)</script>")))));
		mvc.perform(get("/cartographie/trouver").param("besoin", "MAINTENANCE").param("ecole", "99999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cet établissement est introuvable dans le registre.")));
		mvc.perform(get("/cartographie/trouver").param("besoin", "USAGE_PEDAGOGIQUE")
			.param("ecole", String.valueOf(TEMPLOUX)).param("affiliation", "felsi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choisissez une des fédérations proposées.")));
		mvc.perform(get("/cartographie/trouver").param("besoin", "MAINTENANCE").param("recherche", "\"<b>zz</b>\""))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<b>zz</b>"))));
	}

	@Test
	void theFinderAnswersInJsonToo() throws Exception {
		mvc.perform(get("/api/cartographie/trouver").param("besoin", "USAGE_PEDAGOGIQUE")
			.param("ecole", String.valueOf(TEMPLOUX)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ASK_AFFILIATION"))
			.andExpect(jsonPath("$.affiliationChoices[0]").value("cecp"));
		mvc.perform(get("/api/cartographie/trouver").param("besoin", "NIMPORTE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("besoin")));
	}

	@Test
	void aSchoolPageSaysWhoSupportsIt() throws Exception {
		mvc.perform(get("/etablissements/" + TEMPLOUX))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Qui soutient cet établissement ?"),
					containsString("CECP – Conseil"), containsString("CPEONS – Conseil"),
					containsString("selon l&#39;affiliation du pouvoir organisateur"),
					containsString("Assistants à la maintenance informatique de la Région wallonne"),
					not(containsString("CIRB – Centre")))));
	}

	private SchoolSummary school(int fase) {
		return schools.school(fase).orElseThrow();
	}
}
