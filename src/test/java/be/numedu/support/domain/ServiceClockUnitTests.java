package be.numedu.support.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import be.numedu.directory.DelayUnit;
import be.numedu.directory.Need;
import be.numedu.directory.ServiceLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clocks of a request: an operator's delays on its own opening hours, a question to the requester that stops
 * both the operator's clock and the requester's, and a hand-over that starts the receiving operator's clock afresh
 * while the requester's keeps running.
 */
class ServiceClockUnitTests {

	/** Operator A declares 4 working hours to take in charge and 2 working days to resolve, open 09:00 to 12:00. */
	static final ServiceLevel A = new ServiceLevel(4, DelayUnit.WORKING_HOURS, 2, DelayUnit.WORKING_DAYS,
			LocalTime.of(9, 0), LocalTime.of(12, 0));

	/** Operator B declares nothing: the SGNE's reference delays apply (16 h and 80 h, 08:30 to 16:30). */
	final ServiceClock clock = new ServiceClock(Map.of("a", A)::get, BusinessCalendarUnitTests.REFERENCE,
			BusinessCalendarUnitTests.HOLIDAYS);

	final SupportRequest request = new SupportRequest(new Filing(
			new PersonView(1, "enseignant@example.org", "Enseignant", Role.ENSEIGNANT, 100, null), 100,
			RoutingUnitTests.PRIMARY_SCHOOL_IN_NAMUR, Need.CONNECTIVITE, "Titre", "Description", Urgency.NORMALE,
			PreferredContact.COURRIEL, null, "a", List.of()), at(2026, 11, 23, 10, 0));

	@Test
	void anOperatorsDelaysRunOnItsOwnOpeningHours() {
		Assignment a = hold("a", at(2026, 11, 23, 10, 0));

		// 4 working hours from Monday 10:00 on 09:00–12:00: 2 h on Monday, 2 h on Tuesday
		assertThat(a.getTakeChargeDueAt()).isEqualTo(at(2026, 11, 24, 11, 0));
		// 2 working days of 3 hours: 2 h Monday, 3 h Tuesday, 1 h Wednesday
		assertThat(a.getResolveDueAt()).isEqualTo(at(2026, 11, 25, 10, 0));
		assertThat(a.isDeclared()).isTrue();
	}

	@Test
	void aQuestionToTheRequesterStopsTheClocksUntilTheAnswer() {
		Assignment a = hold("a", at(2026, 11, 23, 10, 0));
		clock.taken(a, at(2026, 11, 23, 11, 0));

		clock.pause(request, at(2026, 11, 24, 10, 0));
		assertThat(clock.state(request, at(2026, 11, 26, 9, 0))).isEqualTo(ServiceClock.DueState.PAUSED);
		clock.resume(request, at(2026, 11, 26, 10, 0));

		// the operator waited 6 of its working hours (Tuesday 10–12, Wednesday 9–12, Thursday 9–10): the resolution
		// due date moves from Wednesday 10:00 by as much, to Friday 10:00
		assertThat(a.getPausedMinutes()).isEqualTo(6 * 60);
		assertThat(a.getResolveDueAt()).isEqualTo(at(2026, 11, 27, 10, 0));
		// the requester's clock stopped for 16 reference hours (Tuesday 10:00–16:30, Wednesday, Thursday 8:30–10:00)
		assertThat(request.getPausedMinutes()).isEqualTo(16 * 60);
		// Monday 10:00 to Friday 12:00 is 34 reference hours, less the 16 spent waiting
		assertThat(clock.elapsed(request, at(2026, 11, 27, 12, 0))).isEqualTo(Duration.ofHours(18));
	}

	@Test
	void aHandOverStartsTheOtherOperatorsClockAndKeepsTheRequestersRunning() {
		Assignment a = hold("a", at(2026, 11, 23, 10, 0));
		Duration before = clock.elapsed(request, at(2026, 11, 27, 9, 30));

		a.end(at(2026, 11, 27, 9, 30));
		Assignment b = hold("b", at(2026, 11, 27, 9, 30));

		// B's reference delays start at the hand-over: 16 hours from Friday 09:30 is Tuesday 1 December 09:30
		assertThat(b.isDeclared()).isFalse();
		assertThat(b.getTakeChargeDueAt()).isEqualTo(at(2026, 12, 1, 9, 30));
		assertThat(request.currentAssignment()).contains(b);
		// the requester's clock did not start again
		assertThat(clock.elapsed(request, at(2026, 11, 27, 9, 30))).isEqualTo(before);
		assertThat(clock.elapsed(request, at(2026, 11, 27, 10, 30))).isEqualTo(before.plusHours(1));

		// B takes it on Monday 09:30: 8 of its working hours used, within its delay
		clock.taken(b, at(2026, 11, 30, 9, 30));
		assertThat(b.getTakeChargeUsedMinutes()).isEqualTo(8 * 60);
		assertThat(b.getTakenInTime()).isTrue();
	}

	@Test
	void aRequestNearOrPastItsDueDateIsFlagged() {
		hold("a", at(2026, 11, 23, 10, 0));

		assertThat(clock.state(request, at(2026, 11, 23, 11, 0))).isEqualTo(ServiceClock.DueState.ON_TIME);
		// less than a quarter of the 4 hours left (Tuesday 10:45, due at 11:00)
		assertThat(clock.state(request, at(2026, 11, 24, 10, 45))).isEqualTo(ServiceClock.DueState.SOON);
		assertThat(clock.state(request, at(2026, 11, 24, 11, 1))).isEqualTo(ServiceClock.DueState.LATE);
	}

	@Test
	void aResolutionCountsWorkingTimeWithoutTheWait() {
		Assignment a = hold("a", at(2026, 11, 23, 10, 0));
		clock.taken(a, at(2026, 11, 23, 10, 30));
		clock.pause(request, at(2026, 11, 23, 11, 0));
		clock.resume(request, at(2026, 11, 24, 10, 0));

		clock.resolved(a, at(2026, 11, 24, 11, 0));

		// 4 working hours from the start (Monday 10–12, Tuesday 9–11), less the 2 spent waiting
		assertThat(a.getResolveUsedMinutes()).isEqualTo(2 * 60);
		assertThat(a.getResolvedInTime()).isTrue();
	}

	private Assignment hold(String operator, Instant start) {
		Assignment assignment = new Assignment(request, operator, start, clock.delaysOf(operator), "test");
		clock.schedule(assignment);
		request.assignmentsList().add(assignment);
		return assignment;
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BusinessCalendarUnitTests.BRUSSELS).toInstant();
	}
}
