package be.numedu.resources.evaluation;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reviewer's answer on one criterion: a score from 1 to the criterion's scale, or none (not applicable). */
@Entity
@Table(name = "evaluation_score")
public class EvaluationScore {

	/** The evaluation and the criterion. */
	@Embeddable
	public record Key(@Column(name = "evaluation_id") long evaluationId,
			@Column(name = "criterion_id") long criterionId) implements Serializable {
	}

	@EmbeddedId
	private Key id;

	/** {@code null}: not applicable. */
	private Integer score;

	private String comment;

	protected EvaluationScore() {
	}

	EvaluationScore(long evaluationId, long criterionId) {
		this.id = new Key(evaluationId, criterionId);
	}

	void answer(Integer score, String comment) {
		this.score = score;
		this.comment = comment;
	}

	public long getEvaluationId() {
		return id.evaluationId();
	}

	public long getCriterionId() {
		return id.criterionId();
	}

	/** The score, or {@code null} when the reviewer said the criterion does not apply. */
	public Integer getScore() {
		return score;
	}

	public String getComment() {
		return comment;
	}
}
