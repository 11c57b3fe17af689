package be.numedu.support.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import be.numedu.directory.Directory;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.ServiceLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The clocks of requests. Each operator's holding runs on the operator's opening hours (or the reference ones); the
 * requester's overall clock runs on the reference hours. Time spent waiting for the requester counts on neither.
 */
@Component
public class ServiceClock {

	/** How a request stands against its current due date. */
	public enum DueState {
		/** Within its delay. */
		ON_TIME,
		/** Less than the configured share of its delay is left. */
		SOON,
		/** Past its due date. */
		LATE,
		/** Waiting for the requester: the clock is stopped. */
		PAUSED,
		/** Resolved, closed or withdrawn: no due date any more. */
		NONE
	}

	/** The service level each operator's card declares (none for an unknown operator). */
	private final Function<String, ServiceLevel> levels;

	private final SupportProperties properties;

	private final Predicate<LocalDate> holidays;

	private final Map<String, BusinessCalendar> calendars = new ConcurrentHashMap<>();

	@Autowired
	ServiceClock(Directory directory, SupportProperties properties, BelgianHolidays holidays) {
		this(slug -> directory.card(slug).map(OperatorCard::serviceLevel).orElse(null), properties, holidays);
	}

	ServiceClock(Function<String, ServiceLevel> levels, SupportProperties properties, Predicate<LocalDate> holidays) {
		this.levels = levels;
		this.properties = properties;
		this.holidays = holidays;
	}

	/** The delays of an operator, as its card declares them or from the SGNE's reference values. */
	public Delays delaysOf(String operatorSlug) {
		ServiceLevel level = levels.apply(operatorSlug);
		return Delays.of(level == null ? ServiceLevel.undeclared() : level, properties);
	}

	public BusinessCalendar calendar(LocalTime opens, LocalTime closes) {
		return calendars.computeIfAbsent(opens + "-" + closes, key -> new BusinessCalendar(opens, closes, holidays));
	}

	/** The calendar of the reference opening hours: the requester's clock and the SGNE's triage. */
	public BusinessCalendar reference() {
		return calendar(properties.opensAt(), properties.closesAt());
	}

	BusinessCalendar calendarOf(Assignment assignment) {
		return calendar(assignment.getOpensAt(), assignment.getClosesAt());
	}

	/** Sets an assignment's due dates from its start, its delays and the time paused so far. */
	void schedule(Assignment assignment) {
		BusinessCalendar calendar = calendarOf(assignment);
		assignment.due(calendar.add(assignment.getStartedAt(), Duration.ofMinutes(assignment.getTakeChargeMinutes())),
				calendar.add(assignment.getStartedAt(),
						Duration.ofMinutes(assignment.getResolveMinutes() + assignment.getPausedMinutes())));
	}

	/** Stops the clocks: the operator waits for the requester. */
	void pause(SupportRequest request, Instant now) {
		request.pause(now);
		request.currentAssignment().ifPresent(assignment -> assignment.pause(now));
	}

	/** Starts the clocks again, pushing the resolution due date back by the working time spent waiting. */
	void resume(SupportRequest request, Instant now) {
		if (request.getPausedSince() != null) {
			request.resume(reference().between(request.getPausedSince(), now).toMinutes());
		}
		request.currentAssignment().ifPresent(assignment -> {
			if (assignment.getPausedSince() != null) {
				assignment.resume(calendarOf(assignment).between(assignment.getPausedSince(), now).toMinutes());
				schedule(assignment);
			}
		});
	}

	/** Records the taking in charge, with the working time it took on the operator's hours. */
	void taken(Assignment assignment, Instant now) {
		assignment.taken(now, calendarOf(assignment).between(assignment.getStartedAt(), now).toMinutes());
	}

	/** Records the resolution, with the working time it took, waiting for the requester left out. */
	void resolved(Assignment assignment, Instant now) {
		long used = calendarOf(assignment).between(assignment.getStartedAt(), now).toMinutes()
				- assignment.getPausedMinutes();
		assignment.resolved(now, Math.max(0, used));
	}

	/** When the SGNE's triage should have given the request to an operator. */
	public Instant triageDue(SupportRequest request) {
		return reference().add(request.getCreatedAt(), Duration.ofHours(properties.triageHours()));
	}

	/** The working time the requester has been waiting, since filing, without the time the operator waited on them. */
	public Duration elapsed(SupportRequest request, Instant now) {
		Instant end = request.getResolvedAt() != null ? request.getResolvedAt()
				: request.getClosedAt() != null ? request.getClosedAt() : now;
		Duration total = reference().between(request.getCreatedAt(), end).minusMinutes(request.getPausedMinutes());
		if (request.getPausedSince() != null) {
			total = total.minus(reference().between(request.getPausedSince(), end));
		}
		return total.isNegative() ? Duration.ZERO : total;
	}

	/** How the request stands against its current due date. */
	public DueState state(SupportRequest request, Instant now) {
		if (!request.getStatus().open()) {
			return DueState.NONE;
		}
		if (request.getPausedSince() != null) {
			return DueState.PAUSED;
		}
		var current = request.currentAssignment();
		if (current.isEmpty()) {
			Instant due = triageDue(request);
			return state(reference(), request.getCreatedAt(), due, now);
		}
		Assignment assignment = current.get();
		Instant due = request.getStatus().awaitingTakeCharge() ? assignment.getTakeChargeDueAt()
				: assignment.getResolveDueAt();
		return state(calendarOf(assignment), assignment.getStartedAt(), due, now);
	}

	/** The due date that counts now: to take in charge, to resolve, or to triage. */
	public Instant currentDue(SupportRequest request) {
		var current = request.currentAssignment();
		if (current.isEmpty()) {
			return triageDue(request);
		}
		return request.getStatus().awaitingTakeCharge() ? current.get().getTakeChargeDueAt()
				: current.get().getResolveDueAt();
	}

	private DueState state(BusinessCalendar calendar, Instant start, Instant due, Instant now) {
		if (now.isAfter(due)) {
			return DueState.LATE;
		}
		Duration delay = calendar.between(start, due);
		Duration left = calendar.between(now, due);
		return left.toMinutes() < delay.toMinutes() * properties.nearDueShare() ? DueState.SOON : DueState.ON_TIME;
	}
}
