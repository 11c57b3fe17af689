package be.numedu.resources.community;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment or an experience report under a resource. It is never deleted: hiding keeps its text for the moderators
 * and shows everyone else a mention instead. Who hid it, and whether a reason was given, tells how
 * ({@link #state()}).
 */
@Entity
@Table(name = "resource_comment")
class Comment {

	/** Whether and how a comment is hidden. */
	enum State {
		/** Shown. */
		VISIBLE,
		/** Hidden automatically after enough reports, until a moderator looks at it (no one hid it). */
		PENDING,
		/** Hidden by a moderator, with a reason everyone reads. */
		HIDDEN,
		/** Deleted by its author (hidden by them, no reason). */
		DELETED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long resourceId;

	private long authorId;

	@Enumerated(EnumType.STRING)
	private CommentKind kind;

	private String body;

	private Instant createdAt;

	private Instant hiddenAt;

	private Long hiddenBy;

	private String hiddenReason;

	protected Comment() {
	}

	Comment(long resourceId, long authorId, CommentKind kind, String body, Instant createdAt) {
		this.resourceId = resourceId;
		this.authorId = authorId;
		this.kind = kind;
		this.body = body;
		this.createdAt = createdAt;
	}

	State state() {
		if (hiddenAt == null) {
			return State.VISIBLE;
		}
		if (hiddenBy == null) {
			return State.PENDING;
		}
		return hiddenReason == null ? State.DELETED : State.HIDDEN;
	}

	void hideByModeration(long moderatorId, String reason, Instant at) {
		hiddenAt = at;
		hiddenBy = moderatorId;
		hiddenReason = reason;
	}

	void hidePendingReview(Instant at) {
		hiddenAt = at;
		hiddenBy = null;
		hiddenReason = null;
	}

	void deleteByAuthor(Instant at) {
		hiddenAt = at;
		hiddenBy = authorId;
		hiddenReason = null;
	}

	void show() {
		hiddenAt = null;
		hiddenBy = null;
		hiddenReason = null;
	}

	Long getId() {
		return id;
	}

	long getResourceId() {
		return resourceId;
	}

	long getAuthorId() {
		return authorId;
	}

	CommentKind getKind() {
		return kind;
	}

	String getBody() {
		return body;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getHiddenAt() {
		return hiddenAt;
	}

	Long getHiddenBy() {
		return hiddenBy;
	}

	String getHiddenReason() {
		return hiddenReason;
	}
}
