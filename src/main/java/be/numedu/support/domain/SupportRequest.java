package be.numedu.support.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.numedu.directory.Need;
import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.Zone;
import be.numedu.support.RequestStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A support request: who filed it for which implantation (the school's network, zone and levels are kept as they
 * were when it was filed, so that statistics do not move when the register does), what it is about, where it stands,
 * which operator holds it and why, and the requester's overall clock (paused while the operator waits for them).
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

	/** How the request reached its operator. */
	public enum Routing {
		/** The one operator whose card covers it. */
		AUTOMATIC,
		/** The operator the requester chose in the finder, among those that cover it. */
		REQUESTER_CHOICE,
		/** No operator, or several: the SGNE's triage decides. */
		TRIAGE,
		/** Given by the SGNE's triage. */
		ASSIGNED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_request_seq")
	@SequenceGenerator(name = "support_request_seq", sequenceName = "support_request_seq", allocationSize = 50)
	private Long id;

	/** "D-000123", derived from the id once it is known (so the row may be written a moment without it). */
	@Column(unique = true, length = 20)
	private String reference;

	@Column(name = "site_fase", nullable = false)
	private int siteFase;

	@Column(name = "school_fase", nullable = false)
	private int schoolFase;

	@Column(name = "school_name", nullable = false, length = 300)
	private String schoolName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Network network;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Zone zone;

	@ElementCollection
	@CollectionTable(name = "support_request_level", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "level", length = 20)
	@Enumerated(EnumType.STRING)
	private Set<Level> levels = EnumSet.noneOf(Level.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Need need;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 10000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_contact", nullable = false, length = 20)
	private PreferredContact preferredContact;

	@Column(name = "contact_phone", length = 40)
	private String contactPhone;

	@Column(name = "requester_id", nullable = false)
	private long requesterId;

	@Column(name = "requester_name", nullable = false, length = 120)
	private String requesterName;

	@Column(name = "requester_email", nullable = false, length = 254)
	private String requesterEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private RequestStatus status;

	@Column(name = "operator_slug", length = 80)
	private String operatorSlug;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(name = "assignee_name", length = 120)
	private String assigneeName;

	@Column(name = "proposed_operator", length = 80)
	private String proposedOperator;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Routing routing;

	@Column(name = "routing_reason", nullable = false, length = 2000)
	private String routingReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** The due date that counts now (to triage, take in charge or resolve), kept here so that queues sort on it. */
	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "paused_since")
	private Instant pausedSince;

	@Column(name = "paused_minutes", nullable = false)
	private long pausedMinutes;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "reopen_until")
	private Instant reopenUntil;

	private Integer satisfaction;

	@Column(name = "satisfaction_comment", length = 2000)
	private String satisfactionComment;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Column(name = "near_due_notified_at")
	private Instant nearDueNotifiedAt;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@OneToMany(mappedBy = "request")
	@OrderBy("startedAt, id")
	private List<Assignment> assignments = new ArrayList<>();

	@Version
	private long version;

	protected SupportRequest() {
	}

	SupportRequest(Filing filing, Instant now) {
		this.siteFase = filing.siteFase();
		this.schoolFase = filing.school().fase();
		this.schoolName = filing.school().name();
		this.network = filing.school().network();
		this.zone = filing.school().zone();
		this.levels.addAll(filing.school().levels());
		this.need = filing.need();
		this.title = filing.title();
		this.description = filing.description();
		this.urgency = filing.urgency();
		this.preferredContact = filing.preferredContact();
		this.contactPhone = filing.contactPhone();
		this.requesterId = filing.requester().id();
		this.requesterName = filing.requester().displayName();
		this.requesterEmail = filing.requester().email();
		this.proposedOperator = filing.proposedOperator();
		this.status = RequestStatus.NEW;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Called once the id is known: the reference people quote ("D-000123"). */
	void numbered() {
		this.reference = String.format("D-%06d", id);
	}

	void route(String operatorSlug, Routing routing, String reason) {
		this.operatorSlug = operatorSlug;
		this.routing = routing;
		this.routingReason = reason;
	}

	void moveTo(RequestStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	void assignTo(Long personId, String personName) {
		this.assigneeId = personId;
		this.assigneeName = personName;
	}

	void pause(Instant now) {
		this.pausedSince = now;
	}

	void resume(long workingMinutes) {
		this.pausedMinutes += workingMinutes;
		this.pausedSince = null;
	}

	void resolved(Instant now, Instant reopenUntil) {
		this.resolvedAt = now;
		this.reopenUntil = reopenUntil;
	}

	void reopened() {
		this.resolvedAt = null;
		this.reopenUntil = null;
	}

	void closed(Instant now) {
		this.closedAt = now;
	}

	void rate(int score, String comment) {
		this.satisfaction = score;
		this.satisfactionComment = comment;
	}

	void escalated(Instant now) {
		this.escalatedAt = now;
	}

	void nearDueNotified(Instant now) {
		this.nearDueNotifiedAt = now;
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void due(Instant dueAt) {
		this.dueAt = dueAt;
	}

	/** The operator's current assignment, if an operator holds the request. */
	public Optional<Assignment> currentAssignment() {
		for (int i = assignments.size() - 1; i >= 0; i--) {
			Assignment assignment = assignments.get(i);
			if (assignment.getEndedAt() == null) {
				return Optional.of(assignment);
			}
		}
		return Optional.empty();
	}

	List<Assignment> assignmentsList() {
		return assignments;
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public int getSiteFase() {
		return siteFase;
	}

	public int getSchoolFase() {
		return schoolFase;
	}

	public String getSchoolName() {
		return schoolName;
	}

	public Network getNetwork() {
		return network;
	}

	public Zone getZone() {
		return zone;
	}

	public Set<Level> getLevels() {
		return levels;
	}

	public Need getNeed() {
		return need;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public PreferredContact getPreferredContact() {
		return preferredContact;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public long getRequesterId() {
		return requesterId;
	}

	public String getRequesterName() {
		return requesterName;
	}

	public String getRequesterEmail() {
		return requesterEmail;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public String getOperatorSlug() {
		return operatorSlug;
	}

	public Long getAssigneeId() {
		return assigneeId;
	}

	public String getAssigneeName() {
		return assigneeName;
	}

	public String getProposedOperator() {
		return proposedOperator;
	}

	public Routing getRouting() {
		return routing;
	}

	public String getRoutingReason() {
		return routingReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public Instant getPausedSince() {
		return pausedSince;
	}

	public long getPausedMinutes() {
		return pausedMinutes;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getReopenUntil() {
		return reopenUntil;
	}

	public Integer getSatisfaction() {
		return satisfaction;
	}

	public String getSatisfactionComment() {
		return satisfactionComment;
	}

	public Instant getEscalatedAt() {
		return escalatedAt;
	}

	public Instant getNearDueNotifiedAt() {
		return nearDueNotifiedAt;
	}

	public long getVersion() {
		return version;
	}
}
