package be.numedu.support.domain;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.numedu.shared.files.FileVault;
import org.springframework.stereotype.Component;

/**
 * Checks and stores the files attached to requests. A file's type is read from its content (its first bytes), never
 * from its name: a script renamed "photo.png" is refused. Accepted: PDF, PNG, JPEG, GIF, WebP images and plain text,
 * downloaded under a name with their type's extension (FileVault). A name with folders or control characters and an
 * empty file are refused. Files are written under random names in a directory outside the web root, and removed
 * again if the transaction that recorded them rolls back.
 */
@Component
public class AttachmentStore {

	/** The accepted types. */
	static final Set<String> ACCEPTED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
			"text/plain");

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
	 * Checks the files of one message before anything is written. A file input left empty is no file; an empty file
	 * chosen is refused.
	 *
	 * @throws DeskRefusal naming the first file refused and why
	 */
	List<Checked> check(List<Upload> uploads) {
		List<Upload> files = uploads == null ? List.of()
				: uploads.stream().filter(u -> u != null && FileVault.chosen(u.fileName(), u.content())).toList();
		if (files.size() > properties.maxAttachments()) {
			throw new DeskRefusal("support.error.attachment.count", properties.maxAttachments());
		}
		List<Checked> checked = new ArrayList<>();
		for (Upload file : files) {
			String name = FileVault.cleanName(file.fileName());
			Optional<FileVault.Flaw> flaw = FileVault.flawOf(file.fileName(), file.content());
			if (flaw.isPresent()) {
				throw new DeskRefusal(switch (flaw.get()) {
					case NAME -> "support.error.attachment.name";
					case EMPTY -> "support.error.attachment.empty";
				}, name);
			}
			if (file.content().length > properties.maxAttachmentBytes()) {
				throw new DeskRefusal("support.error.attachment.size", name, properties.maxAttachmentBytes() / (1024 * 1024));
			}
			String type = FileVault.detectType(file.content());
			if (!ACCEPTED.contains(type)) {
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
