package be.numedu.support.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks and stores the files attached to requests. A file's type is read from its content (its first bytes), never
 * from its name: a script renamed "photo.png" is refused. Accepted: PDF, PNG, JPEG, GIF, WebP images and plain text.
 * Files are written under random names in a directory outside the web root, and removed again if the transaction
 * that recorded them rolls back.
 */
@Component
public class AttachmentStore {

	/** The accepted types, with the extension a downloaded copy gets. */
	static final Map<String, String> ACCEPTED = Map.of("application/pdf", "pdf", "image/png", "png", "image/jpeg", "jpg",
			"image/gif", "gif", "image/webp", "webp", "text/plain", "txt");

	/** Tika reads its type registry when first used, with the first attachment, rather than while numedu starts. */
	private static final class Detector {

		static final Tika TIKA = new Tika();
	}

	private final SupportProperties properties;

	private final AttachmentRepository attachments;

	AttachmentStore(SupportProperties properties, AttachmentRepository attachments) {
		this.properties = properties;
		this.attachments = attachments;
	}

	/** A file that passed the checks, with the type read from its content. */
	record Checked(Upload upload, String mediaType, String fileName) {
	}

	/**
	 * Checks the files of one message before anything is written.
	 *
	 * @throws DeskRefusal naming the first file refused and why
	 */
	List<Checked> check(List<Upload> uploads) {
		List<Upload> files = uploads == null ? List.of()
				: uploads.stream().filter(u -> u != null && u.content() != null && u.content().length > 0).toList();
		if (files.size() > properties.maxAttachments()) {
			throw new DeskRefusal("support.error.attachment.count", properties.maxAttachments());
		}
		List<Checked> checked = new ArrayList<>();
		for (Upload file : files) {
			String name = cleanName(file.fileName());
			if (file.content().length > properties.maxAttachmentBytes()) {
				throw new DeskRefusal("support.error.attachment.size", name, properties.maxAttachmentBytes() / (1024 * 1024));
			}
			String type = Detector.TIKA.detect(file.content());
			if (!ACCEPTED.containsKey(type)) {
				throw new DeskRefusal("support.error.attachment.type", name);
			}
			checked.add(new Checked(file, type, name));
		}
		return checked;
	}

	/** Writes checked files and records them against the message. */
	void store(List<Checked> files, Long requestId, Long entryId, long uploadedBy, Instant now) {
		for (Checked file : files) {
			String stored = UUID.randomUUID().toString().replace("-", "");
			Path path = pathOf(stored);
			try {
				Files.createDirectories(path.getParent());
				Files.write(path, file.upload().content(), StandardOpenOption.CREATE_NEW);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			removeOnRollback(path);
			attachments.save(new Attachment(requestId, entryId, stored, file.fileName(), file.mediaType(),
					file.upload().content().length, uploadedBy, now));
		}
	}

	/** Where an attachment's content lies. */
	public Path pathOf(Attachment attachment) {
		return pathOf(attachment.getStoredName());
	}

	private Path pathOf(String storedName) {
		if (!storedName.matches("[0-9a-f]{32}")) {
			throw new IllegalArgumentException("not a stored name");
		}
		return properties.attachmentsDirectory().resolve(storedName.substring(0, 2)).resolve(storedName);
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
	 * A file name fit to show and to offer on download: no path, no control characters, at most 120 characters; the
	 * name the person gave, only tidied.
	 */
	static String cleanName(String name) {
		String base = name == null ? "" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
		if (base.isEmpty() || base.equals(".") || base.equals("..")) {
			base = "fichier";
		}
		return base.length() > 120 ? base.substring(base.length() - 120) : base;
	}
}
