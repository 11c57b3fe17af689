package be.numedu.support.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a message of a request. It is stored under a random name outside the web root; its type is the
 * one read from its content when it arrived.
 */
@Entity
@Table(name = "support_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(name = "entry_id", nullable = false)
	private Long entryId;

	@Column(name = "stored_name", nullable = false, length = 64)
	private String storedName;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "media_type", nullable = false, length = 100)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "uploaded_by", nullable = false)
	private long uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(Long requestId, Long entryId, String storedName, String fileName, String mediaType, long sizeBytes,
			long uploadedBy, Instant uploadedAt) {
		this.requestId = requestId;
		this.entryId = entryId;
		this.storedName = storedName;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Long getEntryId() {
		return entryId;
	}

	public String getStoredName() {
		return storedName;
	}

	public String getFileName() {
		return fileName;
	}

	public String getMediaType() {
		return mediaType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
