package be.numedu.resources.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of a resource. Files are never overwritten: a new version that drops a file keeps it for the older
 * versions ({@code current} false), and a file sent with an improvement proposal waits, not current, until the
 * proposal is accepted.
 */
@Entity
@Table(name = "resource_file")
public class ResourceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long resourceId;

	private String name;

	private String mediaType;

	private long sizeBytes;

	private String storageKey;

	private String sha256;

	private Instant addedAt;

	private long addedBy;

	@Column(name = "is_current")
	private boolean current;

	protected ResourceFile() {
	}

	ResourceFile(long resourceId, String name, String mediaType, long sizeBytes, String storageKey, String sha256,
			long addedBy, Instant addedAt, boolean current) {
		this.resourceId = resourceId;
		this.name = name;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.storageKey = storageKey;
		this.sha256 = sha256;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
		this.current = current;
	}

	ResourceContent.FileRef ref() {
		return new ResourceContent.FileRef(id, name, mediaType, sizeBytes);
	}

	void current(boolean value) {
		this.current = value;
	}

	public Long getId() {
		return id;
	}

	public long getResourceId() {
		return resourceId;
	}

	public String getName() {
		return name;
	}

	public String getMediaType() {
		return mediaType;
	}

	/** The kind of file as people name it: its extension in capitals ("PDF", "ODT"), else its media type's subtype. */
	public String getKind() {
		int dot = name == null ? -1 : name.lastIndexOf('.');
		if (dot > 0 && dot < name.length() - 1 && name.length() - dot <= 6) {
			return name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
		}
		int slash = mediaType == null ? -1 : mediaType.indexOf('/');
		return slash < 0 ? "" : mediaType.substring(slash + 1).toUpperCase(java.util.Locale.ROOT);
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	String getStorageKey() {
		return storageKey;
	}

	public String getSha256() {
		return sha256;
	}

	public boolean isCurrent() {
		return current;
	}
}
