package be.numedu.resources.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's evaluation of one resource (at most one each: a new evaluation replaces theirs). {@code expert} records
 * whether the reviewer was a designated expert when they last saved it. Its scores are {@link EvaluationScore}s.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private long resourceId;

	@Column(updatable = false)
	private long reviewerId;

	private boolean expert;

	private String comment;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Evaluation() {
	}

	Evaluation(long resourceId, long reviewerId, boolean expert, String comment, Instant now) {
		this.resourceId = resourceId;
		this.reviewerId = reviewerId;
		this.expert = expert;
		this.comment = comment;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void update(boolean expert, String comment, Instant now) {
		this.expert = expert;
		this.comment = comment;
		// Always changed, so that every save makes a new row version, even when only scores changed.
		this.updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusNanos(1000);
	}

	public Long getId() {
		return id;
	}

	public long getResourceId() {
		return resourceId;
	}

	public long getReviewerId() {
		return reviewerId;
	}

	public boolean isExpert() {
		return expert;
	}

	public String getComment() {
		return comment;
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
