package be.numedu.resources.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A criterion of the evaluation grid (AP 4.2), configured by the SGNE: reviewers score it from 1 to {@code scaleMax}
 * or say it does not apply; its weight is its share in the resource's ranking. A criterion is never deleted: an
 * inactive one is no longer asked or shown, and the scores it received are kept.
 */
@Entity
@Table(name = "evaluation_criterion")
public class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private String code;

	private String label;

	private String description;

	private int scaleMax;

	private int weight;

	private int position;

	private boolean active;

	protected Criterion() {
	}

	Criterion(String code, EvaluationGrid.CriterionSettings settings) {
		this.code = code;
		apply(settings);
	}

	void apply(EvaluationGrid.CriterionSettings settings) {
		this.label = settings.label();
		this.description = settings.description();
		this.scaleMax = settings.scaleMax();
		this.weight = settings.weight();
		this.position = settings.position();
		this.active = settings.active();
	}

	/** Its settings as they stand. */
	public EvaluationGrid.CriterionSettings settings() {
		return new EvaluationGrid.CriterionSettings(label, description, scaleMax, weight, position, active);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getLabel() {
		return label;
	}

	public String getDescription() {
		return description;
	}

	public int getScaleMax() {
		return scaleMax;
	}

	public int getWeight() {
		return weight;
	}

	public int getPosition() {
		return position;
	}

	public boolean isActive() {
		return active;
	}
}
