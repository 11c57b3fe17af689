package be.numedu.schools.domain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import be.numedu.testsupport.FaseFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the FASE file's real format, and every way a file can be wrong. */
class FaseRegisterReaderUnitTests {

	@Test
	void theShippedFileIsReadWhole() {
		List<Integer> progress = new ArrayList<>();
		RegisterSnapshot snapshot = new FaseRegisterReader(progress::add).read(stream(FaseFiles.shipped()));

		assertThat(snapshot.isRefused()).isFalse();
		assertThat(snapshot.readToEnd()).isTrue();
		assertThat(snapshot.rowCount()).isEqualTo(8346);
		assertThat(snapshot.errors()).isEmpty();
		assertThat(snapshot.bodies()).hasSize(1035);
		assertThat(snapshot.schools()).hasSize(3029);
		assertThat(snapshot.sites()).hasSize(5516);
		assertThat(snapshot.offerings()).hasSize(8346);
		assertThat(progress).last().isEqualTo(8346);
	}

	@Test
	void quotedFieldsWithDoubledQuotesAreUnquoted() {
		RegisterSnapshot snapshot = read(FaseFiles.file(FaseFiles.lines().subList(0, 3)));

		RegisterSnapshot.SchoolRecord school = snapshot.schools().get(6);
		assertThat(school.name()).isEqualTo("Ecole fondamentale \"Clair Soleil\" (P1-M8)");
		assertThat(school.network()).isEqualTo(Network.SUBVENTIONNE_COMMUNAL);
		assertThat(school.zone()).isEqualTo(Zone.BRUXELLES);
		assertThat(snapshot.offerings()).extracting(RegisterSnapshot.OfferingKey::teachingType)
			.containsExactlyInAnyOrder(TeachingType.MATERNEL_ORDINAIRE, TeachingType.PRIMAIRE_ORDINAIRE);
		assertThat(snapshot.sites().get(15).latitude()).isEqualTo(50.8419722);
	}

	@Test
	void oneOrNoByteOrderMarkAndPlainLineFeedsAreAcceptedToo() {
		List<String> lines = FaseFiles.lines().subList(0, 5);
		byte[] oneBom = ("\uFEFF" + String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
		byte[] noBom = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);

		assertThat(read(oneBom).rowCount()).isEqualTo(4);
		assertThat(read(oneBom).errors()).isEmpty();
		assertThat(read(noBom).rowCount()).isEqualTo(4);
	}

	@Test
	void anEmptyFileOrAHeaderAloneAreHandled() {
		assertThat(read(new byte[0]).refusal()).isEqualTo("Le fichier est vide.");
		RegisterSnapshot headerOnly = read(FaseFiles.file(FaseFiles.lines().subList(0, 1)));
		assertThat(headerOnly.isRefused()).isFalse();
		assertThat(headerOnly.rowCount()).isZero();
	}

	@Test
	void aTabSeparatedFileIsRefusedWithTheSeparatorNamed() {
		byte[] tabs = new String(FaseFiles.file(FaseFiles.lines().subList(0, 3)), StandardCharsets.UTF_8)
			.replace(';', '\t').getBytes(StandardCharsets.UTF_8);

		assertThat(read(tabs).refusal()).contains("point-virgule", "tabulation");
	}

	@Test
	void aLatin1FileIsRefusedAsNotUtf8() {
		byte[] latin1 = String.join("\r\n", FaseFiles.lines().subList(0, 3)).getBytes(StandardCharsets.ISO_8859_1);

		assertThat(read(latin1).refusal()).contains("UTF-8");
	}

	@Test
	void aSpreadsheetsCurlyApostropheInTheHeaderIsTolerated() {
		List<String> lines = new ArrayList<>(FaseFiles.lines().subList(0, 3));
		lines.set(0, lines.get(0).replace("N° FASE de l'établissement", "N° FASE de l\u2019établissement"));

		assertThat(read(FaseFiles.file(lines)).isRefused()).isFalse();
	}

	@Test
	void eachBadCellIsNamedWithItsColumn() {
		List<String> lines = new ArrayList<>(FaseFiles.lines().subList(0, 4));
		String[] cells = lines.get(1).split(";", -1);
		cells[3] = "Maternel imaginaire";
		cells[15] = "ABCD";
		cells[18] = "12.5";
		lines.set(1, String.join(";", cells));
		cells = lines.get(2).split(";", -1);
		cells[4] = "Supérieur";
		cells[1] = "Nom\u0001avec contrôle";
		lines.set(2, String.join(";", cells));

		RegisterSnapshot snapshot = read(FaseFiles.file(lines));

		assertThat(snapshot.errors()).hasSize(2);
		assertThat(snapshot.errors().get(0).line()).isEqualTo(2);
		assertThat(snapshot.errors().get(0).message()).contains("Type d'enseignement inconnu : « Maternel imaginaire »",
				"« Code postal de l'implantation » n'est pas un code postal belge (« ABCD »)", "hors de Belgique");
		assertThat(snapshot.errors().get(1).line()).isEqualTo(3);
		assertThat(snapshot.errors().get(1).message()).contains("caractères de contrôle", "ne correspond pas");
		// the school of the bad rows is kept out of retirement
		assertThat(snapshot.kept().schools()).contains(6);
	}

	@Test
	void theSameFaseNumberDescribedTwoWaysIsRefusedOnTheSecondRow() {
		List<String> lines = new ArrayList<>(FaseFiles.lines().subList(0, 3));
		lines.set(2, lines.get(2).replace("Subventionné communal", "Libre confessionnel"));

		RegisterSnapshot snapshot = read(FaseFiles.file(lines));

		assertThat(snapshot.errors()).singleElement().satisfies(error -> {
			assertThat(error.line()).isEqualTo(3);
			assertThat(error.message()).contains("décrit autrement qu'à la ligne 2", "Libre confessionnel");
		});
		assertThat(snapshot.schools().get(6).network()).isEqualTo(Network.SUBVENTIONNE_COMMUNAL);
	}

	@Test
	void aRepeatedRowIsReported() {
		List<String> lines = new ArrayList<>(FaseFiles.lines().subList(0, 2));
		lines.add(lines.get(1));

		assertThat(read(FaseFiles.file(lines)).errors()).singleElement()
			.satisfies(error -> assertThat(error.message()).contains("répète la ligne 2"));
	}

	@Test
	void lineNumbersCountPhysicalLinesAfterAFieldSpanningLines() {
		List<String> lines = new ArrayList<>(FaseFiles.lines().subList(0, 6));
		String[] cells = lines.get(2).split(";", -1);
		cells[3] = "\"Primaire\r\nordinaire\"";
		lines.set(2, String.join(";", cells));
		lines.set(4, lines.get(4).replaceFirst("^(\\d+);", "x$1;"));

		RegisterSnapshot snapshot = read(FaseFiles.file(lines));

		// the broken field spans lines 3 and 4, so the row with the bad number is on line 6
		assertThat(snapshot.errors()).extracting(RegisterSnapshot.RowError::line).containsExactly(3L, 6L);
		assertThat(snapshot.readToEnd()).isFalse();
	}

	@Test
	void garbageIsCappedAtAThousandReportedErrors() {
		StringBuilder text = new StringBuilder(String.join(";", FaseFiles.lines().get(0).split(";", -1)));
		for (int i = 0; i < 5000; i++) {
			text.append("\r\n").append("garbage;").append(i);
		}
		FaseRegisterReader reader = new FaseRegisterReader(rows -> {
		});

		RegisterSnapshot snapshot = reader.read(stream(text.toString().getBytes(StandardCharsets.UTF_8)));

		assertThat(snapshot.errors()).hasSize(FaseRegisterReader.MAX_REPORTED_ERRORS);
		assertThat(reader.errorCount()).isEqualTo(5000);
		assertThat(snapshot.schools()).isEmpty();
	}

	private static RegisterSnapshot read(byte[] content) {
		return new FaseRegisterReader(rows -> {
		}).read(stream(content));
	}

	private static ByteArrayInputStream stream(byte[] content) {
		return new ByteArrayInputStream(content);
	}
}
