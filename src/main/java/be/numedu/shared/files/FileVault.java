package be.numedu.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A directory of uploaded files kept outside the web root under random names (a person's file name never becomes a
 * path), removed again if the transaction that recorded them rolls back. Types are read from content, never from
 * names: a program renamed "photo.png" is still a program.
 */
public final class FileVault {

	/** Tika reads its type registry when first used, with the first file, rather than while numedu starts. */
	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	/** Control characters, bidirectional ones included. */
	private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]");

	private final Path directory;

	public FileVault(Path directory) {
		this.directory = directory;
	}

	/** The media type read from the first bytes of the content. */
	public static String detectType(byte[] content) {
		return Detector.TIKA.detect(content);
	}

	/** The media type a file's name announces by its extension ({@code application/octet-stream} if none is known). */
	public static String typeOfName(String name) {
		return Detector.TIKA.detect(name);
	}

	/**
	 * Whether a name is a file's name alone, as browsers send it: a name with folders ({@code ../}, {@code C:\}) or
	 * control characters comes from a forged request, not from a person choosing a file; bidirectional controls
	 * (U+202A–U+202E, U+2066–U+2069) make a program named "cours", U+202E, "fdp.exe" read as "coursexe.pdf".
	 */
	public static boolean isPlainName(String name) {
		return name == null || !(name.contains("/") || name.contains("\\") || name.strip().equals("..")
				|| CONTROLS.matcher(name).find());
	}

	/** Writes the content under a new random name, which it returns; the file goes if the transaction rolls back. */
	public String write(byte[] content) {
		String stored = UUID.randomUUID().toString().replace("-", "");
		Path path = pathOf(stored);
		try {
			Files.createDirectories(path.getParent());
			Files.write(path, content, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		removeOnRollback(path);
		return stored;
	}

	/** Where a stored file lies; only names this vault gives are accepted. */
	public Path pathOf(String storedName) {
		if (storedName == null || !storedName.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("not a stored name");
		}
		return directory.resolve(storedName.substring(0, 2)).resolve(storedName);
	}

	private static void removeOnRollback(Path path) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							Files.deleteIfExists(path);
						}
						catch (IOException ignored) {
							// a stray file under a random name harms nothing
						}
					}
				}
			});
		}
	}

	/**
	 * A file name fit to show and to offer on download: no path, no control characters (bidirectional ones
	 * included), at most 120 characters; the name the person gave, only tidied.
	 */
	public static String cleanName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = Normalizer.normalize(base, Normalizer.Form.NFC)
			.replaceAll(CONTROLS.pattern() + "|[\"<>|*?:]", "_")
			.strip();
		if (base.isEmpty() || base.equals(".") || base.equals("..")) {
			base = "fichier";
		}
		return base.length() > 120 ? base.substring(base.length() - 120) : base;
	}
}
