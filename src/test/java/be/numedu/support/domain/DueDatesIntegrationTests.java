package be.numedu.support.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import be.numedu.directory.Need;
import be.numedu.support.RequestStatus;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.SupportRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled due-date scan on the real database: a request past its due date is escalated to the SGNE once, one
 * near it is flagged once, a resolved request past its reopening time is closed; and the scan does not run while
 * another instance holds its lock in the database (ShedLock).
 */
@NumeduTest
class DueDatesIntegrationTests {

	@Autowired
	SupportRequests requests;

	@Autowired
	SupportDesk desk;

	@Autowired
	SupportConfiguration.DueDateScan scan;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SupportConfiguration.CompletedPublicationsPruning pruning;

	@Test
	void completedEventPublicationsAreForgottenAfterThirtyDaysAndIncompleteOnesKept() {
		Instant now = Instant.now();
		UUID old = publication(now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(40)));
		UUID recent = publication(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)));
		UUID incomplete = publication(now.minus(Duration.ofDays(40)), null);

		pruning.prune();

		assertThat(jdbc.queryForList("select id from event_publication where id in (?, ?, ?)", UUID.class, old, recent,
				incomplete)).containsExactlyInAnyOrder(recent, incomplete);
	}

	@Test
	void aRequesterWhoLeavesAQuestionUnansweredIsRemindedOncePerQuestion() {
		// given a question the teacher has left unanswered for six days
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		desk.take(request.getReference(), requests.view(Persona.ADMIN));
		desk.ask(request.getReference(), requests.view(Persona.ADMIN), "Quel modèle ?", java.util.List.of());
		Instant now = Instant.now();
		waitingSince(request, now.minus(Duration.ofDays(6)), null);

		// when the scan runs twice
		desk.checkDueDates(now);
		desk.checkDueDates(now.plusSeconds(60));

		// then the teacher is reminded once, the request still waits, and the clock stays paused
		assertThat(entries(request, "REMINDED")).isEqualTo(1);
		assertThat(status(request)).isEqualTo(RequestStatus.WAITING_FOR_REQUESTER.name());
		assertThat(jdbc.queryForObject("select due_at from support_request where id = ?", Timestamp.class,
				request.getId())).isNull();

		// when the teacher answers, a new question comes, and that one too waits six days
		desk.inform(request.getReference(), requests.view(Persona.TEACHER), "Un modèle X.", java.util.List.of());
		desk.ask(request.getReference(), requests.view(Persona.ADMIN), "Quel firmware ?", java.util.List.of());
		waitingSince(request, now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(8)));
		desk.checkDueDates(now);

		// then that question gets its own reminder
		assertThat(entries(request, "REMINDED")).isEqualTo(2);
	}

	@Test
	void aQuestionAskedLessThanFiveDaysAgoBringsNoReminder() {
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		desk.take(request.getReference(), requests.view(Persona.ADMIN));
		desk.ask(request.getReference(), requests.view(Persona.ADMIN), "Quel modèle ?", java.util.List.of());
		Instant now = Instant.now();
		waitingSince(request, now.minus(Duration.ofDays(4)), null);

		desk.checkDueDates(now);

		assertThat(entries(request, "REMINDED")).isZero();
	}

	/** Moves the start of the wait (and the last reminder, if any) back in time, as if days had passed. */
	private void waitingSince(SupportRequest request, Instant since, Instant reminded) {
		jdbc.update("update support_request set paused_since = ?, reminded_at = ? where id = ?", Timestamp.from(since),
				reminded == null ? null : Timestamp.from(reminded), request.getId());
	}

	private UUID publication(Instant published, Instant completed) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
				+ " completion_date, status, completion_attempts) values (?, ?, ?, ?, ?, ?, ?, 1)", id,
				"be.numedu.test.Listener.on(java.lang.String)", "java.lang.String", "\"test\"", Timestamp.from(published),
				completed == null ? null : Timestamp.from(completed), completed == null ? "FAILED" : "COMPLETED");
		return id;
	}

	@Test
	void lateRequestsAreEscalatedOnceAndResolvedOnesCloseWhenTheyMayNoLongerBeReopened() {
		SupportRequest late = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		SupportRequest resolved = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		desk.take(resolved.getReference(), requests.view(Persona.ADMIN));
		desk.resolve(resolved.getReference(), requests.view(Persona.ADMIN), "Réglé.", java.util.List.of());
		Instant now = Instant.now();
		// the request was due an hour ago; the other could be reopened until yesterday
		overdue(late, now);
		jdbc.update("update support_request set reopen_until = ? where id = ?",
				Timestamp.from(now.minus(Duration.ofDays(1))), resolved.getId());

		desk.checkDueDates(now);
		desk.checkDueDates(now.plusSeconds(60));

		assertThat(entries(late, "ESCALATED")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select escalated_at is not null from support_request where id = ?",
				Boolean.class, late.getId())).isTrue();
		assertThat(status(resolved)).isEqualTo(RequestStatus.CLOSED.name());
		assertThat(entries(resolved, "CLOSED")).isEqualTo(1);
	}

	@Test
	void theScanWaitsWhileAnotherInstanceHoldsItsLock() {
		SupportRequest late = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		overdue(late, Instant.now());

		// another instance is running the scan: its lock row is in the database (the times are days away, whatever
		// time zone the database counts in)
		jdbc.update("delete from shedlock where name = 'support-due-dates'");
		jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values ('support-due-dates', ?, ?, ?)",
				Timestamp.from(Instant.now().plus(Duration.ofDays(2))), Timestamp.from(Instant.now()),
				"autre-instance");
		scan.scan();
		assertThat(entries(late, "ESCALATED")).isZero();

		// once its lock has expired, this instance runs the scan and takes the lock for itself
		jdbc.update("update shedlock set lock_until = ? where name = 'support-due-dates'",
				Timestamp.from(Instant.now().minus(Duration.ofDays(2))));
		scan.scan();
		assertThat(entries(late, "ESCALATED")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'support-due-dates'", String.class))
			.isNotEqualTo("autre-instance");
	}

	/** The operator should have taken the request in charge an hour ago. */
	private void overdue(SupportRequest request, Instant now) {
		Timestamp due = Timestamp.from(now.minus(Duration.ofHours(1)));
		jdbc.update("update support_request set due_at = ? where id = ?", due, request.getId());
		jdbc.update("update support_assignment set take_charge_due_at = ? where request_id = ?", due, request.getId());
	}

	private long entries(SupportRequest request, String kind) {
		return jdbc.queryForObject("select count(*) from support_entry where request_id = ? and kind = ?", Long.class,
				request.getId(), kind);
	}

	private String status(SupportRequest request) {
		return jdbc.queryForObject("select status from support_request where id = ?", String.class, request.getId());
	}
}
