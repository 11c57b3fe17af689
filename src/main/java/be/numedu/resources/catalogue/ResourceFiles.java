package be.numedu.resources.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.numedu.shared.files.FileVault;
import org.springframework.stereotype.Component;

/**
 * Checks and keeps the files of resources. A file's type is read from its content: documents (PDF, OpenDocument,
 * Office Open XML, EPUB), images (PNG, JPEG, GIF, WebP), sound and video (MP3, MP4, WebM, Ogg), plain text, and ZIP
 * packages (H5P, SCORM). HTML and SVG are refused: a file opened from numedu's address must not run a script there.
 * A file goes back out under a name with its type's extension (FileVault), so that none runs once downloaded either.
 * A text file named as a page, a script or another format is refused, since it is not what the person meant to send.
 * A name with folders or control characters, an empty file, too many or too large files are refused, each with its
 * French message.
 */
@Component
public class ResourceFiles {

	/** Types read from content that are accepted as they are. */
	static final List<String> ACCEPTED = List.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
			"text/plain", "application/vnd.oasis.opendocument.text",
			"application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
			"application/epub+zip", "audio/mpeg", "video/mp4", "audio/mp4", "video/webm", "audio/ogg", "video/ogg",
			"application/ogg", "application/zip");

	/**
	 * Office Open XML files all read as one container type without the full parsers: the name's extension then says
	 * which of the three it is (the content has already shown it is such a container).
	 */
	private static final Map<String, String> OOXML = Map.of("docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private final ResourcesProperties properties;

	private final ResourceFileRepository files;

	private final FileVault vault;

	ResourceFiles(ResourcesProperties properties, ResourceFileRepository files) {
		this.properties = properties;
		this.files = files;
		this.vault = new FileVault(properties.filesDirectory());
	}

	/** A file that passed the checks. */
	record Checked(String name, String mediaType, byte[] content, String sha256) {
	}

	/**
	 * Names of what a browser or the system runs once opened from the disk: a page, an image with scripts, a script.
	 * Tika reads "&lt;script&gt;alert(1)&lt;/script&gt;" as plain text; named {@code cours.html}, it was meant as a
	 * page, which numedu does not keep. (It would download as {@code cours.txt}, harmless but not what was sent.)
	 */
	private static final Set<String> RUN_WHEN_OPENED = Set.of("html", "htm", "shtml", "xhtml", "xht", "mht", "mhtml",
			"svg", "svgz", "xml", "xsl", "xslt", "js", "mjs", "jse", "vbs", "vbe", "wsf", "wsh", "hta", "bat", "cmd",
			"ps1", "sh", "url", "desktop", "scf", "jnlp", "php");

	/**
	 * Checks the files of one form before anything is written. A file input left empty is no file; an empty file
	 * chosen is refused.
	 *
	 * @throws CatalogueRefusal naming the first file refused and why
	 */
	List<Checked> check(List<Upload> uploads) {
		List<Upload> sent = uploads == null ? List.of()
				: uploads.stream().filter(u -> u != null && FileVault.chosen(u.fileName(), u.content())).toList();
		if (sent.size() > properties.maxFiles()) {
			throw new CatalogueRefusal("resources.error.files.count", properties.maxFiles());
		}
		List<Checked> checked = new ArrayList<>();
		for (Upload upload : sent) {
			String name = FileVault.cleanName(upload.fileName());
			Optional<FileVault.Flaw> flaw = FileVault.flawOf(upload.fileName(), upload.content());
			if (flaw.isPresent()) {
				throw new CatalogueRefusal(switch (flaw.get()) {
					case NAME -> "resources.error.files.name";
					case EMPTY -> "resources.error.files.empty";
				}, name);
			}
			if (upload.content().length > properties.maxFileBytes()) {
				throw new CatalogueRefusal("resources.error.files.size", name,
						properties.maxFileBytes() / (1024 * 1024));
			}
			String type = mediaType(FileVault.detectType(upload.content()), name)
				.orElseThrow(() -> new CatalogueRefusal("resources.error.files.type", name));
			checked.add(new Checked(name, type, upload.content(), sha256(upload.content())));
		}
		return checked;
	}

	/**
	 * The type a file is kept as, read from its content; a text file is kept only under a name that neither runs once
	 * opened nor announces another of the accepted types ("cours.pdf" holding text is not a PDF).
	 */
	private static Optional<String> mediaType(String detected, String name) {
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (detected.equals("text/plain")) {
			String named = FileVault.typeOfName(name);
			boolean disguised = !named.equals(detected) && (ACCEPTED.contains(named) || OOXML.containsValue(named));
			return RUN_WHEN_OPENED.contains(extension) || disguised ? Optional.empty() : Optional.of(detected);
		}
		if (ACCEPTED.contains(detected)) {
			return Optional.of(detected);
		}
		if (detected.equals("application/x-tika-ooxml")) {
			return Optional.ofNullable(OOXML.get(extension));
		}
		return Optional.empty();
	}

	/** Writes checked files and records them against the resource. */
	List<ResourceFile> store(long resourceId, List<Checked> checked, long addedBy, boolean current, Instant now) {
		List<ResourceFile> stored = new ArrayList<>();
		for (Checked file : checked) {
			String key = vault.write(file.content());
			stored.add(files.save(new ResourceFile(resourceId, file.name(), file.mediaType(), file.content().length, key,
					file.sha256(), addedBy, now, current)));
		}
		return stored;
	}

	/** The content of a stored file. */
	public InputStream open(ResourceFile file) throws IOException {
		return Files.newInputStream(pathOf(file));
	}

	Path pathOf(ResourceFile file) {
		return vault.pathOf(file.getStorageKey());
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
