package be.numedu.resources.proposals;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A change a member of the community proposes to a published resource: the whole content they propose (as JSON,
 * files included, new ones waiting until accepted), why, and what the author or a moderator decided.
 */
@Entity
@Table(name = "improvement_proposal")
class ImprovementProposal {

	enum Status {
		OPEN, ACCEPTED, DECLINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long resourceId;

	private long proposerId;

	private int baseVersion;

	private String reason;

	private String content;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private Long decidedBy;

	private Instant decidedAt;

	private String decisionReason;

	private Integer resultingVersion;

	@Version
	private long version;

	protected ImprovementProposal() {
	}

	ImprovementProposal(long resourceId, long proposerId, int baseVersion, String reason, String content,
			Instant createdAt) {
		this.resourceId = resourceId;
		this.proposerId = proposerId;
		this.baseVersion = baseVersion;
		this.reason = reason;
		this.content = content;
		this.createdAt = createdAt;
		this.status = Status.OPEN;
	}

	void accept(long decider, String note, int newVersion, Instant now) {
		this.status = Status.ACCEPTED;
		this.decidedBy = decider;
		this.decidedAt = now;
		this.decisionReason = note;
		this.resultingVersion = newVersion;
	}

	void decline(long decider, String why, Instant now) {
		this.status = Status.DECLINED;
		this.decidedBy = decider;
		this.decidedAt = now;
		this.decisionReason = why;
	}

	Long getId() {
		return id;
	}

	long getResourceId() {
		return resourceId;
	}

	long getProposerId() {
		return proposerId;
	}

	int getBaseVersion() {
		return baseVersion;
	}

	String getReason() {
		return reason;
	}

	String getContent() {
		return content;
	}

	Status getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Long getDecidedBy() {
		return decidedBy;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	String getDecisionReason() {
		return decisionReason;
	}

	Integer getResultingVersion() {
		return resultingVersion;
	}

	long getVersion() {
		return version;
	}
}
