package be.numedu.resources.collections;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A resource in a collection, at its place (1, 2, 3… without gaps) and with its owner's note. */
@Entity
@Table(name = "collection_item")
@IdClass(CollectionItem.Key.class)
public class CollectionItem {

	@Id
	private long collectionId;

	@Id
	private long resourceId;

	private int position;

	private String note;

	private Instant addedAt;

	protected CollectionItem() {
	}

	CollectionItem(long collectionId, long resourceId, int position, String note, Instant addedAt) {
		this.collectionId = collectionId;
		this.resourceId = resourceId;
		this.position = position;
		this.note = note;
		this.addedAt = addedAt;
	}

	void position(int position) {
		this.position = position;
	}

	void note(String note) {
		this.note = note;
	}

	public long getCollectionId() {
		return collectionId;
	}

	public long getResourceId() {
		return resourceId;
	}

	public int getPosition() {
		return position;
	}

	public String getNote() {
		return note;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

	/** The item's key: its collection and its resource (a resource is at most once in a collection). */
	public static class Key implements Serializable {

		private long collectionId;

		private long resourceId;

		protected Key() {
		}

		public Key(long collectionId, long resourceId) {
			this.collectionId = collectionId;
			this.resourceId = resourceId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.collectionId == collectionId && key.resourceId == resourceId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(collectionId, resourceId);
		}
	}
}
