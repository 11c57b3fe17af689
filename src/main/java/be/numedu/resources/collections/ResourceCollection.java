package be.numedu.resources.collections;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A collection of resources gathered by one person: a title, a description in Markdown, public (listed, and readable
 * by anyone) or private (its owner's alone). A public collection of an SGNE administrator may be a selection of the
 * platform: listed first, and named as the platform's on the resources it holds. Its row version changes with every
 * change to the collection or to its items, so that a page showing an older state is refused.
 */
@Entity
@Table(name = "resource_collection")
public class ResourceCollection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long ownerId;

	private String title;

	private String description;

	@Column(name = "is_public")
	private boolean isPublic;

	/** A selection of the platform's team; always public. */
	private boolean platformSelection;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected ResourceCollection() {
	}

	ResourceCollection(long ownerId, String title, String description, boolean isPublic, boolean platformSelection,
			Instant now) {
		this.ownerId = ownerId;
		this.title = title;
		this.description = description;
		this.isPublic = isPublic;
		this.platformSelection = isPublic && platformSelection;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String title, String description, boolean isPublic, boolean platformSelection, Instant now) {
		this.title = title;
		this.description = description;
		this.isPublic = isPublic;
		this.platformSelection = isPublic && platformSelection;
		touch(now);
	}

	void makePrivate(Instant now) {
		this.isPublic = false;
		this.platformSelection = false;
		touch(now);
	}

	/**
	 * Marks a change of the collection or of its items: the row is then written, so its version moves on (a later
	 * instant, even when the clock gives the same one twice).
	 */
	void touch(Instant now) {
		Instant truncated = now.truncatedTo(ChronoUnit.MICROS);
		this.updatedAt = updatedAt == null || truncated.isAfter(updatedAt) ? truncated
				: updatedAt.plus(1, ChronoUnit.MICROS);
	}

	public Long getId() {
		return id;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public boolean isPublic() {
		return isPublic;
	}

	public boolean isPlatformSelection() {
		return platformSelection;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
