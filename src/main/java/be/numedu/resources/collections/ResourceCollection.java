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

	private boolean platformSelection;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected ResourceCollection() {
	}

	ResourceCollection(long ownerId, String title, String description, Visibility visibility, Instant now) {
		this.ownerId = ownerId;
		this.title = title;
		this.description = description;
		show(visibility);
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String title, String description, Visibility visibility, Instant now) {
		this.title = title;
		this.description = description;
		show(visibility);
		touch(now);
	}

	void makePrivate(Instant now) {
		show(Visibility.PRIVATE);
		touch(now);
	}

	/**
	 * Stored as two columns, so that the lists of public collections read one indexed column; a selection of the
	 * platform is always public (the table checks it too).
	 */
	private void show(Visibility visibility) {
		this.isPublic = visibility != Visibility.PRIVATE;
		this.platformSelection = visibility == Visibility.PLATFORM;
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

	public Visibility getVisibility() {
		if (!isPublic) {
			return Visibility.PRIVATE;
		}
		return platformSelection ? Visibility.PLATFORM : Visibility.PUBLIC;
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
