package be.numedu.frameworks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The frameworks shipped with numedu, as the files under {@code frameworks/} hold them: their size, their wording
 * status, and the stable URIs of their competences.
 */
class FrameworksUnitTests {

	static final String BASE = "https://numedu.example";

	final Frameworks frameworks = new Frameworks(BASE);

	@ParameterizedTest(name = "{0}: {1} areas, {2} competences")
	@CsvSource({ "digcomp-2.2, 5, 21", "digcompedu, 6, 22", "encadrement-2009, 3, 25" })
	void eachFrameworkHoldsItsAreasAndCompetences(String id, int areas, int competences) {
		Framework framework = frameworks.framework(id).orElseThrow();

		assertThat(framework.areas()).hasSize(areas);
		assertThat(framework.competences()).hasSize(competences);
		assertThat(framework.competences()).allMatch(competence -> competence.frameworkId().equals(id));
	}

	@Test
	void theFrameworksComeInTheCatalogueOrder() {
		assertThat(frameworks.all()).extracting(Framework::id)
			.containsExactly("digcomp-2.2", "digcompedu", "encadrement-2009");
		assertThat(frameworks.all()).extracting(Framework::audienceFr)
			.containsExactly("citoyens et élèves", "enseignants et éducateurs", "directions et personnels d'encadrement");
	}

	@Test
	void theManagersReferentielKeepsItsOfficialFrenchWording() {
		Framework managers = frameworks.framework("encadrement-2009").orElseThrow();

		assertThat(managers.frenchOfficial()).isTrue();
		assertThat(managers.nameEn()).isNull();
		assertThat(managers.version()).isEqualTo("9 septembre 2009");
		assertThat(managers.areas()).extracting(FrameworkArea::code).containsExactly("A", "B", "C");
		assertThat(managers.areas()).extracting(area -> area.competences().size()).containsExactly(10, 9, 6);
		assertThat(managers.areas().get(0).labelFr())
			.isEqualTo("Concevoir et réunir les conditions pour mettre en place une politique numérique");
		assertThat(managers.areas().get(0).descriptionFr()).isEqualTo(
				"Assurer le pilotage et la cohérence d'une politique numérique dans toutes ses dimensions en prenant en compte tous les acteurs.");
		assertThat(managers.competences()).extracting(Competence::code)
			.containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "B1", "B2", "B3", "B4", "B5",
					"B6", "B7", "B8", "B9", "C1", "C2", "C3", "C4", "C5", "C6");
		Competence a10 = frameworks.competence("encadrement-2009", "A10").orElseThrow();
		assertThat(a10.labelFr()).isEqualTo("Assurer la sécurité des personnes et des biens.");
		assertThat(a10.labelEn()).isNull();
		assertThat(a10.frenchOfficial()).isTrue();
		assertThat(a10.areaCode()).isEqualTo("A");
		assertThat(frameworks.competence("encadrement-2009", "B2").orElseThrow().labelFr()).isEqualTo(
				"Intégrer l'ensemble des personnels dans une démarche collective d'évaluation des compétences TIC (B2i® et C2i®).");
		assertThat(frameworks.competence("encadrement-2009", "C1").orElseThrow().labelFr()).isEqualTo(
				"Evaluer l'usage pédagogique des technologies numériques par les enseignants, en particulier en référence au C2i2e");
	}

	@Test
	void theEuropeanFrameworksAreFlaggedAsWorkingTranslations() {
		for (String id : List.of("digcomp-2.2", "digcompedu")) {
			Framework framework = frameworks.framework(id).orElseThrow();
			assertThat(framework.frenchOfficial()).as(id).isFalse();
			assertThat(framework.competences()).as(id).noneMatch(Competence::frenchOfficial);
			assertThat(framework.competences()).as(id).allMatch(competence -> competence.labelEn() != null);
			assertThat(framework.publisher()).as(id).isEqualTo("Commission européenne, Centre commun de recherche (JRC)");
		}
		Competence browsing = frameworks.competence("digcomp-2.2", "1.1").orElseThrow();
		assertThat(browsing.labelFr())
			.isEqualTo("Naviguer, rechercher et filtrer des données, des informations et des contenus numériques");
		assertThat(browsing.labelEn()).isEqualTo("Browsing, searching and filtering data, information and digital content");
		assertThat(browsing.areaLabelFr()).isEqualTo("Maîtrise de l’information et des données");
		assertThat(browsing.descriptionEnVerified()).isTrue();
	}

	@Test
	void descriptionsNotCheckedWordForWordAreNotTakenAsOfficial() {
		assertThat(frameworks.competence("digcomp-2.2", "3.2").orElseThrow().descriptionEnVerified()).isFalse();
		assertThat(frameworks.competence("digcomp-2.2", "5.2").orElseThrow().descriptionEnVerified()).isFalse();
		assertThat(frameworks.competence("digcompedu", "3.1").orElseThrow().descriptionEnVerified()).isFalse();
		assertThat(frameworks.competence("digcompedu", "6.1").orElseThrow().descriptionEnVerified()).isTrue();
	}

	@Test
	void everyCompetenceHasAStableUriThatLeadsBackToIt() {
		Set<String> uris = new HashSet<>();
		for (Framework framework : frameworks.all()) {
			for (Competence competence : framework.competences()) {
				String uri = frameworks.uri(competence);
				assertThat(uri).isEqualTo(BASE + "/referentiels/" + framework.id() + "/" + competence.code());
				assertThat(uri).matches("https://numedu\\.example/referentiels/[A-Za-z0-9._-]+/[A-Za-z0-9._-]+");
				assertThat(frameworks.byUri(uri)).contains(competence);
				assertThat(uris.add(uri)).as("%s is unique", uri).isTrue();
			}
		}
		assertThat(uris).hasSize(21 + 22 + 25);
		assertThat(frameworks.uri(frameworks.competence("digcomp-2.2", "1.1").orElseThrow()))
			.isEqualTo("https://numedu.example/referentiels/digcomp-2.2/1.1");
	}

	@Test
	void theBaseMayEndWithASlash() {
		Frameworks slashed = new Frameworks("https://numedu.example/ ");
		Competence competence = slashed.competence("encadrement-2009", "C6").orElseThrow();

		assertThat(slashed.uri(competence)).isEqualTo("https://numedu.example/referentiels/encadrement-2009/C6");
		assertThat(slashed.byUri("https://numedu.example/referentiels/encadrement-2009/C6")).contains(competence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "numedu.example", "ftp://numedu.example", "https://numedu.example/?a=b",
			"https://numedu.example/#x", "https://" })
	void aBaseThatIsNoWebAddressIsRefused(String base) {
		assertThatThrownBy(() -> new Frameworks(base)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void unknownFrameworksCompetencesAndUrisAreEmpty() {
		assertThat(frameworks.framework("digcomp-9")).isEmpty();
		assertThat(frameworks.framework(null)).isEmpty();
		assertThat(frameworks.framework("")).isEmpty();
		assertThat(frameworks.competence("digcomp-2.2", "9.9")).isEmpty();
		assertThat(frameworks.competence("n-existe-pas", "1.1")).isEmpty();
		assertThat(frameworks.competence("encadrement-2009", "a10")).isEmpty();
		assertThat(frameworks.competence(null, "1.1")).isEmpty();
		assertThat(frameworks.competence("digcomp-2.2", null)).isEmpty();
		assertThat(frameworks.competence("digcomp-2.2", "<script>")).isEmpty();
		assertThat(frameworks.byUri(null)).isEmpty();
		assertThat(frameworks.byUri("")).isEmpty();
		assertThat(frameworks.byUri("https://elsewhere.example/referentiels/digcomp-2.2/1.1")).isEmpty();
		assertThat(frameworks.byUri("http://numedu.example/referentiels/digcomp-2.2/1.1")).isEmpty();
		assertThat(frameworks.byUri(BASE + "/referentiels/digcomp-2.2")).isEmpty();
		assertThat(frameworks.byUri(BASE + "/referentiels/digcomp-2.2/1.1/")).isEmpty();
		assertThat(frameworks.byUri(BASE + "/referentiels/digcomp-2.2/1.1/x")).isEmpty();
		assertThat(frameworks.byUri(BASE + "/referentiels/digcomp-2.2/9.9")).isEmpty();
		assertThat(frameworks.byUri(BASE + "/referentiels//1.1")).isEmpty();
	}
}
