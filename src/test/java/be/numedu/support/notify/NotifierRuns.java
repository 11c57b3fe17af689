package be.numedu.support.notify;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notifier runs after each change on its own thread: tests wait until the event publication registry has every
 * change handed to it marked complete (which happens once its notifications are committed and its e-mails sent), so
 * that what was not told can be checked as surely as what was. A change the notifier failed on fails the test.
 */
final class NotifierRuns {

	private NotifierRuns() {
	}

	static void awaitDone(JdbcTemplate jdbc) {
		await("the notifier's pending changes").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
					+ "and (status is null or status <> 'FAILED') and listener_id like '%support.notify%'",
					Long.class) == 0);
		assertThat(jdbc.queryForList("select serialized_event from event_publication where status = 'FAILED' "
				+ "and listener_id like '%support.notify%'", String.class)).as("changes the notifier failed on")
			.isEmpty();
	}

	/** The texts of a person's notifications about a request, oldest first. */
	static List<String> texts(JdbcTemplate jdbc, long personId, long requestId) {
		return jdbc.queryForList("select n.text from notification n join support_request r on n.link = concat('/demandes/', r.reference) "
				+ "where n.person_id = ? and r.id = ? order by n.id",
				String.class, personId, requestId);
	}

	/** Who was notified of a request, one id per notification. */
	static List<Long> notified(JdbcTemplate jdbc, long requestId) {
		return jdbc.queryForList("select n.person_id from notification n join support_request r on n.link = concat('/demandes/', r.reference) "
				+ "where r.id = ? order by n.id", Long.class,
				requestId);
	}
}
