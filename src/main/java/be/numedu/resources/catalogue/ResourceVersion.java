package be.numedu.resources.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published content of a resource, kept whole (as JSON) so that any two versions can be compared. */
@Entity
@Table(name = "resource_version")
class ResourceVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long resourceId;

	private int number;

	private Instant createdAt;

	private long authorId;

	private String note;

	private String content;

	protected ResourceVersion() {
	}

	ResourceVersion(long resourceId, int number, long authorId, String note, String content, Instant createdAt) {
		this.resourceId = resourceId;
		this.number = number;
		this.authorId = authorId;
		this.note = note;
		this.content = content;
		this.createdAt = createdAt;
	}

	int getNumber() {
		return number;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	long getAuthorId() {
		return authorId;
	}

	String getNote() {
		return note;
	}

	String getContent() {
		return content;
	}
}
