package be.numedu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The real FASE file, and variants of it built line by line for the import tests (a school renamed, rows removed,
 * rows broken). Read from the copy shipped with numedu, which is the published file byte for byte.
 */
public final class FaseFiles {

	public static final Path SHIPPED = Path.of("src/main/resources/schools/signaletique-fase.csv");

	/** The byte-order marks the published file starts with. */
	public static final String BOMS = "\uFEFF\uFEFF";

	private FaseFiles() {
	}

	public static byte[] shipped() {
		try {
			return Files.readAllBytes(SHIPPED);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The file's lines without their CRLF, the header first (byte-order marks removed). */
	public static List<String> lines() {
		String text = new String(shipped(), StandardCharsets.UTF_8).replace("\uFEFF", "");
		return new ArrayList<>(List.of(text.split("\r\n")));
	}

	/** Joins lines back into a file in the published format. */
	public static byte[] file(List<String> lines) {
		return (BOMS + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The shipped file with every line passed through a change (the header is line 0). */
	public static byte[] edited(UnaryOperator<List<String>> change) {
		return file(change.apply(lines()));
	}
}
