package be.numedu.schools;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import be.numedu.schools.domain.ImportStatus;
import be.numedu.schools.domain.RecordKind;
import be.numedu.schools.domain.RegisterImport;
import be.numedu.schools.domain.RegisterImports;
import be.numedu.schools.domain.RegisterQueries;
import be.numedu.shared.Network;
import be.numedu.shared.Zone;
import be.numedu.testsupport.FaseFiles;
import be.numedu.testsupport.NumeduTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The FASE import against the real database: the shipped file gives the counts the file holds; a newer file updates
 * in place, adds, retires and brings back; bad rows are reported with their line and the good ones imported; whole
 * files that are not FASE files are refused; nothing half-written remains. Each test puts the shipped register back.
 */
@NumeduTest
class RegisterImportIntegrationTests {

	@Autowired
	RegisterImports imports;

	@Autowired
	RegisterQueries queries;

	@Autowired
	SchoolRegistry registry;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void restoreTheShippedRegister() {
		RegisterImport restored = run(FaseFiles.shipped(), true);
		assertThat(restored.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
	}

	@Test
	void theShippedFileGivesTheCountsOfTheFile() {
		// given the register loaded from the shipped file at start, when counted
		RegisterQueries.Counts counts = queries.counts();

		// then it holds what the file holds
		assertThat(counts.organisingBodies()).isEqualTo(1035);
		assertThat(counts.schools()).isEqualTo(3029);
		assertThat(counts.sites()).isEqualTo(5516);
		assertThat(counts.zones()).isEqualTo(10);
		assertThat(counts.outsideZones()).isTrue();
	}

	@Test
	void reImportingTheSameFileChangesNothing() {
		RegisterImport result = run(FaseFiles.shipped(), false);

		assertThat(result.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(result.getErrorRows()).isZero();
		assertThat(result.getTallies().get(RecordKind.SCHOOL).unchanged()).isEqualTo(3029);
		assertThat(result.getTallies().get(RecordKind.SITE).unchanged()).isEqualTo(5516);
		assertThat(result.getTallies().get(RecordKind.ORGANISING_BODY).unchanged()).isEqualTo(1035);
		assertThat(result.getTallies().get(RecordKind.OFFERING).unchanged()).isEqualTo(8346);
		assertThat(result.getTallies().values()).allSatisfy(t -> {
			assertThat(t.added()).isZero();
			assertThat(t.retired()).isZero();
			assertThat(t.updated()).isZero();
		});
	}

	@Test
	void aNewerFileUpdatesInPlaceAddsRetiresAndBringsBack() {
		// given a file where school 2938 is renamed, school 2941 has gone and a new school appears
		byte[] newer = FaseFiles.edited(lines -> {
			List<String> result = new ArrayList<>();
			for (String line : lines) {
				if (line.startsWith("2938;")) {
					result.add(line.replace("Ecole fondamentale communale de Temploux", "École communale de Temploux"));
				}
				else if (!line.startsWith("2941;")) {
					result.add(line);
				}
			}
			String model = lines.stream().filter(l -> l.startsWith("2938;")).findFirst().orElseThrow();
			result.add(model.replaceFirst("^2938;", "999001;")
				.replace("Ecole fondamentale communale de Temploux", "Nouvelle école de Temploux")
				.replace(";5839;", ";999002;"));
			return result;
		});

		// when imported
		RegisterImport result = run(newer, false);

		// then the renamed school keeps its FASE number and its new name, the missing one is retired (not deleted),
		// the new one is there
		assertThat(result.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(registry.school(2938)).get().extracting(SchoolSummary::name).isEqualTo("École communale de Temploux");
		assertThat(registry.school(2941)).get().extracting(SchoolSummary::retired).isEqualTo(true);
		assertThat(registry.school(999001)).get().satisfies(school -> {
			assertThat(school.network()).isEqualTo(Network.SUBVENTIONNE_COMMUNAL);
			assertThat(school.zone()).isEqualTo(Zone.NAMUR);
			assertThat(school.sites()).extracting(SiteSummary::fase).containsExactly(999002);
		});
		assertThat(result.getTallies().get(RecordKind.SCHOOL).added()).isEqualTo(1);
		assertThat(result.getTallies().get(RecordKind.SCHOOL).updated()).isEqualTo(1);
		assertThat(result.getTallies().get(RecordKind.SCHOOL).retired()).isEqualTo(1);
		assertThat(queries.counts().schools()).isEqualTo(3029);

		// and when the shipped file comes back, the retired school is brought back
		RegisterImport back = run(FaseFiles.shipped(), false);
		assertThat(back.getTallies().get(RecordKind.SCHOOL).reactivated()).isEqualTo(1);
		assertThat(back.getTallies().get(RecordKind.SCHOOL).retired()).isEqualTo(1);
		assertThat(registry.school(2941)).get().extracting(SchoolSummary::retired).isEqualTo(false);
		assertThat(registry.school(999001)).get().extracting(SchoolSummary::retired).isEqualTo(true);
	}

	@Test
	void badRowsAreReportedWithTheirLineAndGoodRowsAreImported() {
		// given the file with three broken rows: an unknown network (line 3), a letter in a FASE number (line 5),
		// a row cut short (line 7)
		byte[] broken = FaseFiles.edited(lines -> {
			lines.set(2, lines.get(2).replace("Subventionné communal", "Réseau imaginaire"));
			lines.set(4, lines.get(4).replaceFirst("^(\\d+);", "12a;"));
			lines.set(6, lines.get(6).substring(0, 40));
			return lines;
		});

		RegisterImport result = run(broken, false);

		assertThat(result.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(result.getErrorRows()).isEqualTo(3);
		assertThat(result.getErrors()).extracting(e -> e.line()).containsExactly(3L, 5L, 7L);
		assertThat(result.getErrors().get(0).message()).contains("Réseau inconnu", "Réseau imaginaire");
		assertThat(result.getErrors().get(1).message()).contains("n'est pas un numéro FASE valide", "12a");
		assertThat(result.getErrors().get(2).message()).contains("champ(s) au lieu de 28");
		// the rows' schools are neither changed nor retired: the file does not say they are gone
		assertThat(queries.counts().schools()).isEqualTo(3029);
		assertThat(queries.counts().sites()).isEqualTo(5516);
	}

	@Test
	void hostileTextIsStoredAsTextAndNeverAsMarkup() throws Exception {
		byte[] hostile = FaseFiles.edited(lines -> {
			lines.replaceAll(line -> line.startsWith("2938;")
					? line.replace("Ecole fondamentale communale de Temploux", "<script>alert('x')</script> & \"Temploux\"")
						.replaceFirst("^2938;[^;]*;", "2938;\"<script>alert('x')</script> & \"\"Temploux\"\"\";")
					: line);
			return lines;
		});

		RegisterImport result = run(hostile, false);

		assertThat(result.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(registry.school(2938)).get().extracting(SchoolSummary::name)
			.isEqualTo("<script>alert('x')</script> & \"Temploux\"");
		// and pages show it as text
		mvc.perform(get("/etablissements/2938"))
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Temploux&quot;"),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert")))));
		mvc.perform(get("/etablissements").param("q", "Temploux"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))));
	}

	@Test
	void aFileWithAnotherSeparatorIsRefusedAndNothingChanges() {
		byte[] commas = new String(FaseFiles.shipped(), StandardCharsets.UTF_8).replace(';', ',')
			.getBytes(StandardCharsets.UTF_8);

		RegisterImport result = run(commas, false);

		assertThat(result.getStatus()).isEqualTo(ImportStatus.REFUSED);
		assertThat(result.getMessage()).contains("point-virgule", "virgule");
		assertThat(queries.counts().schools()).isEqualTo(3029);
	}

	@Test
	void aFileWithMissingColumnsIsRefused() {
		byte[] missing = FaseFiles.edited(lines -> {
			lines.replaceAll(line -> line.substring(line.indexOf(';') + 1));
			return lines;
		});

		RegisterImport result = run(missing, false);

		assertThat(result.getStatus()).isEqualTo(ImportStatus.REFUSED);
		assertThat(result.getMessage()).contains("Colonnes manquantes", "N° FASE de l'établissement");
	}

	@Test
	void tenMegabytesOfGarbageAreRefusedWithoutStoringRows() {
		byte[] garbage = new byte[10 * 1024 * 1024];
		new java.util.Random(42).nextBytes(garbage);

		RegisterImport result = run(garbage, false);

		assertThat(result.getStatus()).isEqualTo(ImportStatus.REFUSED);
		assertThat(result.getMessage()).containsAnyOf("UTF-8", "n'est pas un fichier FASE");
		assertThat(result.getErrors()).hasSizeLessThanOrEqualTo(1000);
		assertThat(queries.counts().schools()).isEqualTo(3029);
	}

	@Test
	void aTruncatedFileIsRefusedRatherThanRetiringMostOfTheRegister() {
		byte[] truncated = FaseFiles.edited(lines -> new ArrayList<>(lines.subList(0, 100)));

		RegisterImport result = run(truncated, false);

		assertThat(result.getStatus()).isEqualTo(ImportStatus.REFUSED);
		assertThat(result.getMessage()).contains("retirerait", "Rien n'a été modifié");
		assertThat(queries.counts().schools()).isEqualTo(3029);
	}

	@Test
	void anUnterminatedQuoteStopsTheReadingButRetiresNothing() {
		byte[] cut = FaseFiles.edited(lines -> {
			lines.set(10, lines.get(10).replaceFirst(";Subventionné", ";\"Subventionné"));
			return lines;
		});

		RegisterImport result = run(cut, false);

		assertThat(result.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
		assertThat(result.getMessage()).contains("rien n'a été retiré");
		assertThat(result.getErrors()).extracting(e -> e.line()).contains(11L);
		assertThat(result.getTallies().get(RecordKind.SCHOOL).retired()).isZero();
		assertThat(queries.counts().schools()).isEqualTo(3029);
	}

	private RegisterImport run(byte[] content, boolean allowMassRetirement) {
		return imports.run("test.csv", new ByteArrayInputStream(content), "test@numedu.example", allowMassRetirement);
	}
}
