package be.numedu.resources.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import be.numedu.resources.catalogue.AccessMode;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.AccessibilityHazard;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import org.junit.jupiter.api.Test;

/** The CSV batch format: separators, quoting, headers, codes, and the files refused whole. */
class CsvRecordsUnitTests {

	private final CsvRecords csv = new CsvRecords(LomRecordsUnitTests.messages(), LomRecordsUnitTests.FRAMEWORKS);

	static final String HEADER = "titre;Résumé;type;annees;disciplines;langue;licence;lien;publics;provenance;"
			+ "Mots-clés;auteurs;duree_minutes;competences";

	@Test
	void semicolonsQuotesAndListsAreRead() throws Exception {
		String file = "\uFEFF" + HEADER + "\r\n"
				+ "\"Fractions; le \"\"gâteau\"\"\";\"Partager\nun gâteau.\";exercise;p3|P4;MATHEMATIQUES;fr;cc_by;"
				+ "https://example.org/f;ENSEIGNANT|eleve;CRP;fractions|partage;A. Auteur|B. Autre;50;"
				+ "digcompedu:1.1|" + LomRecordsUnitTests.BASE + "/referentiels/encadrement-2009/A10\r\n";
		List<ImportCandidate> read = csv.read(file.getBytes(StandardCharsets.UTF_8), null);
		assertThat(read).hasSize(1);
		ImportCandidate line = read.get(0);
		assertThat(line.errors()).isEmpty();
		assertThat(line.number()).isEqualTo(2);
		assertThat(line.content().title()).isEqualTo("Fractions; le \"gâteau\"");
		assertThat(line.content().summary()).isEqualTo("Partager\nun gâteau.");
		assertThat(line.content().type()).isEqualTo(ResourceType.EXERCISE);
		assertThat(line.content().years()).containsExactly(SchoolYear.P3, SchoolYear.P4);
		assertThat(line.content().disciplines()).containsExactly(Discipline.MATHEMATIQUES);
		assertThat(line.content().licence()).isEqualTo(Licence.CC_BY);
		assertThat(line.content().audiences()).containsExactly(Audience.ENSEIGNANT, Audience.ELEVE);
		assertThat(line.content().provenance()).isEqualTo(Provenance.CRP);
		assertThat(line.content().keywords()).containsExactly("fractions", "partage");
		assertThat(line.content().authors()).containsExactly("A. Auteur", "B. Autre");
		assertThat(line.content().durationMinutes()).isEqualTo(50);
		assertThat(line.content().competences()).containsExactly("digcompedu:1.1", "encadrement-2009:A10");
	}

	@Test
	void commasWorkTooAndAnEmptyProvenanceTakesTheFormsChoice() throws Exception {
		String file = HEADER.replace(';', ',') + "\n"
				+ "Titre,Résumé,LECTURE,S1,SCIENCES,fr,CC0,https://example.org/x,ELEVE,,,,,\n";
		ImportCandidate line = csv.read(file.getBytes(StandardCharsets.UTF_8), Provenance.CONSORTIUMS).get(0);
		assertThat(line.errors()).isEmpty();
		assertThat(line.content().provenance()).isEqualTo(Provenance.CONSORTIUMS);
		ImportCandidate without = csv.read(file.getBytes(StandardCharsets.UTF_8), null).get(0);
		assertThat(without.errors()).extracting(ImportCandidate.Finding::message)
			.anyMatch(m -> m.startsWith("Provenance manquante"));
	}

	@Test
	void accessibilityColumnsAreReadAsSchemaOrgCodes() throws Exception {
		String file = "titre;resume;type;annees;disciplines;langue;licence;lien;publics;provenance;accessibilite;"
				+ "modes_acces;dangers\n"
				+ "Vidéo;Résumé;VIDEO;S1;SCIENCES;fr;CC0;https://example.org/v;ELEVE;CRP;captions;visual|AUDITORY;"
				+ "FLASHING\n"
				+ "Animation;Résumé;VIDEO;S1;SCIENCES;fr;CC0;https://example.org/a;ELEVE;CRP;;smell;DANGEREUX\n";
		List<ImportCandidate> read = csv.read(file.getBytes(StandardCharsets.UTF_8), null);
		assertThat(read.get(0).errors()).isEmpty();
		assertThat(read.get(0).content().accessibilityFeatures()).containsExactly(AccessibilityFeature.CAPTIONS);
		assertThat(read.get(0).content().accessModes()).containsExactly(AccessMode.VISUAL, AccessMode.AUDITORY);
		assertThat(read.get(0).content().accessibilityHazards()).containsExactly(AccessibilityHazard.FLASHING);
		assertThat(read.get(1).errors()).extracting(ImportCandidate.Finding::field)
			.containsExactly("modes_acces", "dangers");
		assertThat(read.get(1).errors().get(0).message()).startsWith("Valeur inconnue « smell »").contains("TEXTUAL");
	}

	@Test
	void badCellsAreReportedPerLine() throws Exception {
		String file = HEADER + "\n"
				+ "Bon;Résumé;LECTURE;S1;SCIENCES;fr;CC0;https://example.org/x;ELEVE;CRP;;;;\n"
				+ "Mauvais;Résumé;PODCAST;S9|P1;SCIENCES;xx;CC_ZZ;https://example.org/y;ELEVE;CRP;;;douze;inconnu:9\n"
				+ "Court;Résumé\n";
		List<ImportCandidate> read = csv.read(file.getBytes(StandardCharsets.UTF_8), null);
		assertThat(read).hasSize(3);
		assertThat(read.get(0).errors()).isEmpty();
		assertThat(read.get(1).number()).isEqualTo(3);
		assertThat(read.get(1).errors()).extracting(ImportCandidate.Finding::field)
			.containsExactly("type", "annees", "langue", "licence", "duree_minutes", "competences");
		assertThat(read.get(1).errors().get(0).message()).startsWith("Valeur inconnue « PODCAST »")
			.contains("EXERCISE");
		assertThat(read.get(2).errors()).extracting(ImportCandidate.Finding::message)
			.anyMatch(m -> m.contains("2 cellule(s) au lieu des 14"));
	}

	@Test
	void filesThatCannotBeReadAreRefusedWhole() {
		assertThatThrownBy(() -> csv.read("titre;resume\nA;B\n".getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(ImportRefused.class).hasMessageContaining("Colonne(s) obligatoire(s) absente(s)")
			.hasMessageContaining("type");
		assertThatThrownBy(() -> csv.read((HEADER + ";couleur\n").getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(ImportRefused.class).hasMessageContaining("Colonne(s) inconnue(s) : couleur");
		assertThatThrownBy(() -> csv.read((HEADER + "\nÉté;x\n").getBytes(StandardCharsets.ISO_8859_1), null))
			.isInstanceOf(ImportRefused.class).hasMessageContaining("UTF-8 (premier caractère illisible à la ligne 1)");
		assertThatThrownBy(() -> csv.read((HEADER + "\n\"Ouvert;x\n").getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(ImportRefused.class).hasMessage("Le fichier CSV ne peut pas être lu à partir de la ligne 2 : "
					+ "une cellule entre guillemets n'y est peut-être pas refermée, ou du texte suit le guillemet qui la "
					+ "ferme. Rien n'a été importé.");
		assertThatThrownBy(() -> csv.read((HEADER + "\n\"Fermé\" puis du texte;x\n").getBytes(StandardCharsets.UTF_8),
				null)).isInstanceOf(ImportRefused.class).hasMessageStartingWith(
						"Le fichier CSV ne peut pas être lu à partir de la ligne 2 :");
		assertThatThrownBy(() -> csv.read("titre;;resume\nA;B;C\n".getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(ImportRefused.class).hasMessage("La ligne d'en-tête ne peut pas être lue : un nom de colonne "
					+ "est vide ou répété. Rien n'a été importé.");
		assertThatThrownBy(() -> csv.read((HEADER + "\n").getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(ImportRefused.class).hasMessageContaining("en-tête");
		assertThatThrownBy(() -> csv.read(new byte[0], null)).isInstanceOf(ImportRefused.class);
		assertThatThrownBy(() -> csv.read((HEADER + ";Titre\n").getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(ImportRefused.class).hasMessageContaining("deux fois");
	}

	@Test
	void headersIgnoreCaseAccentsAndSeparators() {
		assertThat(CsvRecords.normal(" Mots-Clés ")).isEqualTo("mots_cles");
		assertThat(CsvRecords.normal("Durée minutes")).isEqualTo("duree_minutes");
		assertThat(ResourceImports.looksLikeXml("\uFEFF  <lom/>".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(ResourceImports.looksLikeXml("titre;resume".getBytes(StandardCharsets.UTF_8))).isFalse();
	}
}
