package be.numedu.resources.catalogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a resource's timeline: a step of the workflow, with who, when, and the reasons given. */
@Entity
@Table(name = "resource_event")
class ResourceEvent {

	/** What happened. */
	enum Kind {
		CREATED, SUBMITTED, SUBMISSION_WITHDRAWN, REVIEW_STARTED, PUBLISHED, RETURNED, REFUSED, WITHDRAWN,
		REPUBLISHED, NEW_VERSION, IMPORTED, LINK_DEAD, LINK_RESTORED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long resourceId;

	private Instant at;

	private Long actorId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private ResourceStatus statusAfter;

	private String message;

	private String checks;

	protected ResourceEvent() {
	}

	ResourceEvent(long resourceId, Instant at, Long actorId, Kind kind, ResourceStatus statusAfter, String message,
			String checks) {
		this.resourceId = resourceId;
		this.at = at;
		this.actorId = actorId;
		this.kind = kind;
		this.statusAfter = statusAfter;
		this.message = message;
		this.checks = checks;
	}

	Instant getAt() {
		return at;
	}

	Long getActorId() {
		return actorId;
	}

	Kind getKind() {
		return kind;
	}

	ResourceStatus getStatusAfter() {
		return statusAfter;
	}

	String getMessage() {
		return message;
	}

	String getChecks() {
		return checks;
	}
}
