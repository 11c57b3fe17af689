package be.numedu.resources.community;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's report of a comment, with their reason: open until a moderator decides on the comment (hides it,
 * restores it, or dismisses its reports). One per person and comment (the table's unique key).
 */
@Entity
@Table(name = "comment_report")
class CommentReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long commentId;

	private long reporterId;

	private String reason;

	private Instant createdAt;

	private Instant handledAt;

	private Long handledBy;

	protected CommentReport() {
	}

	CommentReport(long commentId, long reporterId, String reason, Instant createdAt) {
		this.commentId = commentId;
		this.reporterId = reporterId;
		this.reason = reason;
		this.createdAt = createdAt;
	}

	void handle(long moderatorId, Instant at) {
		handledAt = at;
		handledBy = moderatorId;
	}

	Long getId() {
		return id;
	}

	long getCommentId() {
		return commentId;
	}

	long getReporterId() {
		return reporterId;
	}

	String getReason() {
		return reason;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getHandledAt() {
		return handledAt;
	}

	Long getHandledBy() {
		return handledBy;
	}
}
