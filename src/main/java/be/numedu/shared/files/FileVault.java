package be.numedu.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A directory of uploaded files kept outside the web root under random names (a person's file name never becomes a
 * path), removed again if the transaction that recorded them rolls back. Types are read from content, never from
 * names: a program renamed "photo.png" is still a program; and a file goes back out under a name whose extension is
 * its type's, since the system that opens a downloaded file goes by its name.
 */
public final class FileVault {

	/** Tika reads its type registry when first used, with the first file, rather than while numedu starts. */
	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	/** Control characters, bidirectional ones included. */
	private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]");

	/**
	 * For each type a module keeps, the extensions under which the systems open such a file for what it is, the first
	 * being the one a download gets when its name has none of them. Text keeps the few extensions that mean text
	 * everywhere; a ZIP keeps an H5P package's.
	 */
	private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
			Map.entry("application/pdf", List.of("pdf")), Map.entry("image/png", List.of("png")),
			Map.entry("image/jpeg", List.of("jpg", "jpeg", "jpe")), Map.entry("image/gif", List.of("gif")),
			Map.entry("image/webp", List.of("webp")), Map.entry("text/plain", List.of("txt", "text", "csv", "tsv", "md")),
			Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
			Map.entry("application/vnd.oasis.opendocument.presentation", List.of("odp")),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
			Map.entry("application/epub+zip", List.of("epub")), Map.entry("audio/mpeg", List.of("mp3")),
			Map.entry("video/mp4", List.of("mp4", "m4v")), Map.entry("audio/mp4", List.of("m4a", "mp4")),
			Map.entry("video/webm", List.of("webm")), Map.entry("audio/ogg", List.of("ogg", "oga", "opus")),
			Map.entry("video/ogg", List.of("ogv", "ogg")), Map.entry("application/ogg", List.of("ogx", "ogg", "oga", "ogv")),
			Map.entry("application/zip", List.of("zip", "h5p")));

	/** Why a file sent is refused before its content is looked at; each module says it in its own French words. */
	public enum Flaw {

		/**
		 * Its name holds folders ({@code ../}, {@code C:\}) or control characters: it comes from a forged request, not
		 * from a person choosing a file. Bidirectional controls (U+202A–U+202E, U+2066–U+2069) make a program named
		 * "cours", U+202E, "fdp.exe" read as "coursexe.pdf".
		 */
		NAME,

		/** It is empty: a file chosen by mistake, or not yet written whole. */
		EMPTY
	}

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
	 * Whether a part of a form is a file at all: a file input left empty sends a part with neither name nor content,
	 * while an empty file chosen keeps its name (and is refused as {@link Flaw#EMPTY}).
	 */
	public static boolean chosen(String name, byte[] content) {
		return (content != null && content.length > 0) || (name != null && !name.isBlank());
	}

	/** What makes a file chosen unfit to keep whatever its content, if anything does. */
	public static Optional<Flaw> flawOf(String name, byte[] content) {
		if (!isPlainName(name)) {
			return Optional.of(Flaw.NAME);
		}
		return content == null || content.length == 0 ? Optional.of(Flaw.EMPTY) : Optional.empty();
	}

	/** Whether a name is a file's name alone, as browsers send it (see {@link Flaw#NAME}). */
	private static boolean isPlainName(String name) {
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

	/**
	 * The name a stored file is downloaded under: the name given, tidied, its extension replaced by its type's unless
	 * it is already one of them ("cours.html" holding a PNG goes out as "cours.png", "fiche.pdf" holding a PDF as
	 * itself). The browser is told the type, but the system that opens the downloaded file goes by its name: a PNG
	 * named "cours.html" would open as a page, a PDF named "x.hta" would run as a program.
	 */
	public static String downloadName(String name, String mediaType) {
		String clean = cleanName(name);
		// a type no module keeps is opened by nothing
		List<String> extensions = EXTENSIONS.getOrDefault(mediaType, List.of("bin"));
		int dot = clean.lastIndexOf('.');
		String extension = dot < 0 ? "" : clean.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (extensions.contains(extension)) {
			return clean;
		}
		return (dot > 0 ? clean.substring(0, dot) : clean) + "." + extensions.get(0);
	}
}
