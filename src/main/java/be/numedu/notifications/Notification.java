package be.numedu.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one person is told in the application: a French sentence written when the event happened (so that it reads
 * the same later, whatever its subject has become), the page it leads to, and whether they have read it.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(nullable = false, length = 1000)
	private String text;

	@Column(nullable = false, length = 300)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(long personId, String text, String link, Instant createdAt) {
		this.personId = personId;
		this.text = text.length() > 1000 ? text.substring(0, 999) + "…" : text;
		this.link = link;
		this.createdAt = createdAt;
	}

	void read(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	Long getId() {
		return id;
	}

	long getPersonId() {
		return personId;
	}

	String getText() {
		return text;
	}

	String getLink() {
		return link;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getReadAt() {
		return readAt;
	}
}
