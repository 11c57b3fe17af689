package be.numedu.directory.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to a card: who, when, what kind, and which fields went from what to what (as JSON). */
@Entity
@Table(name = "operator_change")
class OperatorChange {

	enum Action {
		CREATED, UPDATED, RETIRED, REACTIVATED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "operator_id", nullable = false)
	private Long operatorId;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, length = 254)
	private String changedBy;

	@Column(name = "changed_by_name", nullable = false, length = 120)
	private String changedByName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Action action;

	/** JSON array of {field, before, after}. */
	@Column(nullable = false, length = 1_000_000)
	private String summary;

	protected OperatorChange() {
	}

	OperatorChange(Long operatorId, String changedBy, String changedByName, Action action, String summary) {
		this.operatorId = operatorId;
		this.changedAt = Instant.now();
		this.changedBy = changedBy;
		this.changedByName = changedByName;
		this.action = action;
		this.summary = summary;
	}

	Instant getChangedAt() {
		return changedAt;
	}

	String getChangedBy() {
		return changedBy;
	}

	String getChangedByName() {
		return changedByName;
	}

	Action getAction() {
		return action;
	}

	String getSummary() {
		return summary;
	}
}
