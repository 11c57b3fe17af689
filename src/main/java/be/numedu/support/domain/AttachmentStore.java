package be.numedu.support.domain;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.numedu.shared.files.FileVault;
import org.springframework.stereotype.Component;

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

	private final SupportProperties properties;

	private final AttachmentRepository attachments;

	private final FileVault vault;

	AttachmentStore(SupportProperties properties, AttachmentRepository attachments) {
		this.properties = properties;
		this.attachments = attachments;
		this.vault = new FileVault(properties.attachmentsDirectory());
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
			String name = FileVault.cleanName(file.fileName());
			if (file.content().length > properties.maxAttachmentBytes()) {
				throw new DeskRefusal("support.error.attachment.size", name, properties.maxAttachmentBytes() / (1024 * 1024));
			}
			String type = FileVault.detectType(file.content());
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
			String stored = vault.write(file.upload().content());
			attachments.save(new Attachment(requestId, entryId, stored, file.fileName(), file.mediaType(),
					file.upload().content().length, uploadedBy, now));
		}
	}

	/** Where an attachment's content lies. */
	public Path pathOf(Attachment attachment) {
		return vault.pathOf(attachment.getStoredName());
	}
}
