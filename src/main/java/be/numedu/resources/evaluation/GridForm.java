package be.numedu.resources.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grid's page: {@code action} says which of its two forms was sent, {@code modifier} (the settings of the
 * criteria, keyed by id, with the fingerprint of the grid the page showed) or {@code ajouter} (a new criterion).
 */
public class GridForm {

	static final String UPDATE = "modifier";

	static final String ADD = "ajouter";

	private String action;

	private String fingerprint;

	private Map<String, Row> criteria = new LinkedHashMap<>();

	/** Bound empty, so that an unticked "active" (which browsers do not send) stays false. */
	private Row added = new Row();

	/** One criterion's settings; {@code code} only for a new one. Unticked, {@code active} is not sent: false. */
	public static class Row {

		private String code;

		private String label;

		private String description;

		private Integer scaleMax;

		private Integer weight;

		private Integer position;

		private boolean active;

		/** A new criterion as the page proposes it: a scale of 4, a weight of 1, active. */
		static Row blank() {
			Row row = new Row();
			row.setScaleMax(4);
			row.setWeight(1);
			row.setActive(true);
			return row;
		}

		static Row of(Criterion criterion) {
			Row row = new Row();
			row.setCode(criterion.getCode());
			row.setLabel(criterion.getLabel());
			row.setDescription(criterion.getDescription());
			row.setScaleMax(criterion.getScaleMax());
			row.setWeight(criterion.getWeight());
			row.setPosition(criterion.getPosition());
			row.setActive(criterion.isActive());
			return row;
		}

		EvaluationGrid.CriterionSettings settings() {
			return new EvaluationGrid.CriterionSettings(label, description, scaleMax, weight, position, active);
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Integer getScaleMax() {
			return scaleMax;
		}

		public void setScaleMax(Integer scaleMax) {
			this.scaleMax = scaleMax;
		}

		public Integer getWeight() {
			return weight;
		}

		public void setWeight(Integer weight) {
			this.weight = weight;
		}

		public Integer getPosition() {
			return position;
		}

		public void setPosition(Integer position) {
			this.position = position;
		}

		public boolean isActive() {
			return active;
		}

		public void setActive(boolean active) {
			this.active = active;
		}
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getFingerprint() {
		return fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	public Map<String, Row> getCriteria() {
		return criteria;
	}

	public void setCriteria(Map<String, Row> criteria) {
		this.criteria = criteria;
	}

	public Row getAdded() {
		return added;
	}

	public void setAdded(Row added) {
		this.added = added;
	}
}
