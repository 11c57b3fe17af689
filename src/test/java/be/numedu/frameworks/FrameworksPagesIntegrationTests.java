package be.numedu.frameworks;

import java.net.URI;

import be.numedu.testsupport.NumeduTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The frameworks' public pages, seen by a visitor who has not signed in: the list, a framework, a competence reached
 * through its URI, in French and in English; and unknown or hostile addresses answered with a plain 404.
 */
@NumeduTest
class FrameworksPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Frameworks frameworks;

	@Test
	void theListShowsEveryFramework() throws Exception {
		mvc.perform(get("/referentiels"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Référentiels de compétences</h1>"),
					containsString("href=\"/referentiels/digcomp-2.2\""), containsString("href=\"/referentiels/digcompedu\""),
					containsString("href=\"/referentiels/encadrement-2009\""), containsString("5 domaines, 21 compétences"),
					containsString("6 domaines, 22 compétences"), containsString("3 domaines, 25 compétences"),
					containsString("Pour : enseignants et éducateurs"), containsString("traduction de travail"))));
	}

	@Test
	void aFrameworkPageListsItsAreasAndLinksEachCompetence() throws Exception {
		String page = page("/referentiels/encadrement-2009");

		assertThat(page).contains("Concevoir et réunir les conditions pour mettre en place une politique numérique",
				"Assurer la généralisation des usages professionnels des technologies numériques",
				"Evaluer les politiques numériques et la généralisation des usages professionnels des technologies numériques",
				"Ministère de l&#39;Éducation nationale (France)", "9 septembre 2009",
				"Les intitulés sont le texte officiel en français");
		assertThat(page).doesNotContain("traduction de travail");
		for (Competence competence : frameworks.framework("encadrement-2009").orElseThrow().competences()) {
			assertThat(page).contains("href=\"/referentiels/encadrement-2009/" + competence.code() + "\"");
		}
		assertThat(page.split("href=\"/referentiels/encadrement-2009/", -1)).hasSize(25 + 1);
	}

	@Test
	void aWorkingTranslationIsSaidToBeOne() throws Exception {
		String page = page("/referentiels/digcompedu");

		assertThat(page).contains("Cadre européen pour la compétence numérique des éducateurs (DigCompEdu)",
				"Engagement professionnel", "Sélection de ressources numériques", "traduction de travail",
				"seul le texte anglais fait foi",
				"lang=\"en\">European Framework for the Digital Competence of Educators (DigCompEdu)");
		assertThat(page.split("href=\"/referentiels/digcompedu/", -1)).hasSize(22 + 1);
	}

	@Test
	void aCompetenceUriLeadsToItsPage() throws Exception {
		Competence competence = frameworks.competence("encadrement-2009", "A10").orElseThrow();
		String uri = frameworks.uri(competence);

		String page = page(URI.create(uri).getPath());

		assertThat(page).contains("Assurer la sécurité des personnes et des biens.",
				"Concevoir et réunir les conditions pour mettre en place une politique numérique",
				"href=\"/referentiels/encadrement-2009\"", "Adresse stable (URI)", "texte officiel en français",
				"<title>Compétence A10 – Référentiel des personnels d&#39;encadrement (2009) – numedu</title>");
		// the URI is shown whole (it may break after its slashes on a narrow screen)
		assertThat(page.replace("<wbr>", "")).contains("<code>" + uri + "</code>");
		assertThat(page).doesNotContain("traduction de travail");
	}

	@Test
	void aTranslatedCompetenceShowsItsOfficialEnglishWording() throws Exception {
		String page = page("/referentiels/digcomp-2.2/1.1");

		assertThat(page).contains("Naviguer, rechercher et filtrer des données, des informations et des contenus numériques",
				"traduction de travail", "Intitulé officiel en anglais",
				"lang=\"en\">Browsing, searching and filtering data, information and digital content",
				"Description (texte officiel, en anglais)", "To articulate information needs");
		assertThat(page).doesNotContain("Formulation reconstituée");
	}

	@Test
	void aReconstructedDescriptionIsLabelledAsSuch() throws Exception {
		assertThat(page("/referentiels/digcomp-2.2/3.2")).contains("Description (en anglais)",
				"Formulation reconstituée, à vérifier dans le texte officiel");
	}

	@Test
	void theEnglishPagesShowTheEnglishWordingAndMarkTheFrench() throws Exception {
		String translated = page("/referentiels/digcomp-2.2/1.1?lang=en");
		assertThat(translated).contains("<html lang=\"en\"",
				"<span>Browsing, searching and filtering data, information and digital content</span></h1>",
				"French label", "(working translation)");

		String official = page("/referentiels/encadrement-2009/A10?lang=en");
		assertThat(official).contains("<span lang=\"fr\">Assurer la sécurité des personnes et des biens.</span>",
				"The labels are the official French text");
		assertThat(page("/referentiels?lang=en")).contains("<h1>Competence frameworks</h1>", "For: teachers and educators");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/referentiels/n-existe-pas", "/referentiels/digcomp-2.2/9.9",
			"/referentiels/encadrement-2009/a10", "/referentiels/encadrement-2009/A", "/referentiels/digcomp-2.2/1.1/x",
			"/referentiels/DIGCOMP-2.2" })
	void unknownFrameworksAndCompetencesAreNotFound(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	/**
	 * Markup and quotes in an address get the plain 404, which echoes nothing of it. (A semicolon never gets that far:
	 * Spring Security's firewall refuses such an address with 400.)
	 */
	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1",
			"é à ü", "digcomp-2.2\u202e" })
	void hostilePathSegmentsGetACleanNotFound(String segment) throws Exception {
		for (MockHttpServletResponse response : new MockHttpServletResponse[] {
				mvc.perform(get("/referentiels/{id}", segment)).andReturn().getResponse(),
				mvc.perform(get("/referentiels/{id}/{code}", "digcomp-2.2", segment)).andReturn().getResponse(),
				mvc.perform(get("/referentiels/{id}/{code}", segment, "1.1")).andReturn().getResponse() }) {
			assertThat(response.getStatus()).as(segment).isEqualTo(404);
			assertThat(response.getContentAsString()).doesNotContain("<script>", "<img", "onerror");
			assertThat(String.valueOf(response.getErrorMessage())).as("nothing of the address is echoed").doesNotContain("<", "onerror");
		}
	}

	@Test
	void thePagesNeedNoSignIn() throws Exception {
		mvc.perform(get("/referentiels/digcompedu/6.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Résolution de problèmes numériques"),
					not(containsString("Accès refusé")))));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
