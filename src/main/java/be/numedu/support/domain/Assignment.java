package be.numedu.support.domain;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One operator's holding of a request, with its own clock: the delays that applied (declared on its card, or the
 * SGNE's reference ones), the opening hours they run in, the due dates, the working time paused while waiting for
 * the requester, and whether it took the request in charge and resolved it in time. The measured delays on the cards
 * come from these.
 */
@Entity
@Table(name = "support_assignment")
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private SupportRequest request;

	@Column(name = "operator_slug", nullable = false, length = 80)
	private String operatorSlug;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "taken_at")
	private Instant takenAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "take_charge_minutes", nullable = false)
	private int takeChargeMinutes;

	@Column(name = "resolve_minutes", nullable = false)
	private int resolveMinutes;

	/** Whether the operator's card declared the delays (otherwise the SGNE's reference delays applied). */
	@Column(nullable = false)
	private boolean declared;

	@Column(name = "opens_at", nullable = false)
	private LocalTime opensAt;

	@Column(name = "closes_at", nullable = false)
	private LocalTime closesAt;

	@Column(name = "take_charge_due_at", nullable = false)
	private Instant takeChargeDueAt;

	@Column(name = "resolve_due_at", nullable = false)
	private Instant resolveDueAt;

	@Column(name = "paused_minutes", nullable = false)
	private long pausedMinutes;

	@Column(name = "paused_since")
	private Instant pausedSince;

	@Column(name = "taken_in_time")
	private Boolean takenInTime;

	/** Working minutes from the start of the holding to its taking in charge, on the operator's hours. */
	@Column(name = "take_charge_used_minutes")
	private Long takeChargeUsedMinutes;

	/** Working minutes from the start to the resolution, on the operator's hours, waiting for the requester left out. */
	@Column(name = "resolve_used_minutes")
	private Long resolveUsedMinutes;

	@Column(name = "resolved_in_time")
	private Boolean resolvedInTime;

	@Column(nullable = false, length = 2000)
	private String reason;

	protected Assignment() {
	}

	Assignment(SupportRequest request, String operatorSlug, Instant startedAt, Delays delays, String reason) {
		this.request = request;
		this.operatorSlug = operatorSlug;
		this.startedAt = startedAt;
		this.takeChargeMinutes = delays.takeChargeMinutes();
		this.resolveMinutes = delays.resolveMinutes();
		this.declared = delays.declared();
		this.opensAt = delays.opensAt();
		this.closesAt = delays.closesAt();
		this.reason = reason;
	}

	void due(Instant takeCharge, Instant resolve) {
		this.takeChargeDueAt = takeCharge;
		this.resolveDueAt = resolve;
	}

	void taken(Instant now, long usedMinutes) {
		this.takenAt = now;
		this.takenInTime = !now.isAfter(takeChargeDueAt);
		this.takeChargeUsedMinutes = usedMinutes;
	}

	void pause(Instant now) {
		this.pausedSince = now;
	}

	void resume(long workingMinutes) {
		this.pausedMinutes += workingMinutes;
		this.pausedSince = null;
	}

	void resolved(Instant now, long usedMinutes) {
		this.resolvedAt = now;
		this.resolvedInTime = !now.isAfter(resolveDueAt);
		this.resolveUsedMinutes = usedMinutes;
	}

	void end(Instant now) {
		this.endedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getOperatorSlug() {
		return operatorSlug;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public Instant getTakenAt() {
		return takenAt;
	}

	public Instant getResolvedAt() {
		return resolvedAt;
	}

	public int getTakeChargeMinutes() {
		return takeChargeMinutes;
	}

	public int getResolveMinutes() {
		return resolveMinutes;
	}

	public boolean isDeclared() {
		return declared;
	}

	public LocalTime getOpensAt() {
		return opensAt;
	}

	public LocalTime getClosesAt() {
		return closesAt;
	}

	public Instant getTakeChargeDueAt() {
		return takeChargeDueAt;
	}

	public Instant getResolveDueAt() {
		return resolveDueAt;
	}

	public long getPausedMinutes() {
		return pausedMinutes;
	}

	public Instant getPausedSince() {
		return pausedSince;
	}

	public Boolean getTakenInTime() {
		return takenInTime;
	}

	public Long getTakeChargeUsedMinutes() {
		return takeChargeUsedMinutes;
	}

	public Long getResolveUsedMinutes() {
		return resolveUsedMinutes;
	}

	public Boolean getResolvedInTime() {
		return resolvedInTime;
	}

	public String getReason() {
		return reason;
	}
}
