package be.numedu.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names files come in and go out under, whatever the module that keeps them. */
class FileVaultUnitTests {

	@Test
	void aDownloadIsNamedWithTheExtensionOfItsType() {
		// a name that already says the type stays as it was given, in any case
		assertThat(FileVault.downloadName("fiche.pdf", "application/pdf")).isEqualTo("fiche.pdf");
		assertThat(FileVault.downloadName("Photo.JPEG", "image/jpeg")).isEqualTo("Photo.JPEG");
		assertThat(FileVault.downloadName("activite.h5p", "application/zip")).isEqualTo("activite.h5p");
		assertThat(FileVault.downloadName("notes.csv", "text/plain")).isEqualTo("notes.csv");
		// another extension is replaced, none is added to
		assertThat(FileVault.downloadName("cours.html", "image/png")).isEqualTo("cours.png");
		assertThat(FileVault.downloadName("x.hta", "application/pdf")).isEqualTo("x.pdf");
		assertThat(FileVault.downloadName("exercice.html", "text/plain")).isEqualTo("exercice.txt");
		assertThat(FileVault.downloadName("lisez-moi", "text/plain")).isEqualTo("lisez-moi.txt");
		assertThat(FileVault.downloadName("cours.png.", "image/png")).isEqualTo("cours.png.png");
		assertThat(FileVault.downloadName(".htaccess", "text/plain")).isEqualTo(".htaccess.txt");
		// the name is tidied first: no folders, no control characters
		assertThat(FileVault.downloadName("../../cours\u202Efdp.exe", "application/pdf")).isEqualTo("cours_fdp.pdf");
		// a type no module keeps opens with nothing
		assertThat(FileVault.downloadName("outil.exe", "application/x-msdownload")).isEqualTo("outil.bin");
	}

	@Test
	void aFileChosenIsRefusedForItsNameOrForBeingEmpty() {
		byte[] content = "Bonjour".getBytes(StandardCharsets.UTF_8);
		// a file input left empty is no file; an empty file chosen is one, and is refused
		assertThat(FileVault.chosen("", new byte[0])).isFalse();
		assertThat(FileVault.chosen(null, null)).isFalse();
		assertThat(FileVault.chosen("vide.txt", new byte[0])).isTrue();
		assertThat(FileVault.flawOf("vide.txt", new byte[0])).contains(FileVault.Flaw.EMPTY);
		assertThat(FileVault.flawOf("notes.txt", content)).isEqualTo(Optional.empty());
		for (String forged : new String[] { "../notes.txt", "C:\\notes.txt", "..", "notes\u0000.txt",
				"notes\u2066.txt" }) {
			assertThat(FileVault.flawOf(forged, content)).as(forged).contains(FileVault.Flaw.NAME);
		}
	}
}
