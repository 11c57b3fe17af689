package be.numedu.support.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import be.numedu.notifications.Notice;
import be.numedu.support.domain.EntryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is told of what, and that every message the notifier may write exists. */
class NotifierUnitTests {

	@Test
	void internalEntriesAreNeverMeantForTheRequester() {
		assertThat(Notifier.told(EntryKind.NOTE)).doesNotContain(Notifier.Party.REQUESTER);
		assertThat(Notifier.told(EntryKind.NEAR_DUE)).doesNotContain(Notifier.Party.REQUESTER);
	}

	@Test
	void theRequesterHearsOfWhatTheOperatorDoesAndOfWhoHoldsTheRequest() {
		for (EntryKind kind : new EntryKind[] { EntryKind.TAKEN, EntryKind.REPLY, EntryKind.QUESTION,
				EntryKind.RESOLVED, EntryKind.CLOSED, EntryKind.HANDED_OVER, EntryKind.ASSIGNED, EntryKind.REMINDED }) {
			assertThat(Notifier.told(kind)).as("%s", kind).contains(Notifier.Party.REQUESTER);
		}
		for (EntryKind kind : new EntryKind[] { EntryKind.FILED, EntryKind.ROUTED, EntryKind.TRIAGE,
				EntryKind.INFORMATION, EntryKind.REOPENED, EntryKind.WITHDRAWN, EntryKind.CONFIRMED, EntryKind.RATED,
				EntryKind.ESCALATED }) {
			assertThat(Notifier.told(kind)).as("%s", kind).doesNotContain(Notifier.Party.REQUESTER);
		}
	}

	@Test
	void theSgneHearsOfTheTriageAndOfLateRequests() {
		assertThat(Notifier.told(EntryKind.TRIAGE)).containsExactly(Notifier.Party.SGNE);
		assertThat(Notifier.told(EntryKind.ESCALATED)).contains(Notifier.Party.SGNE, Notifier.Party.STAFF);
	}

	@ParameterizedTest
	@EnumSource(EntryKind.class)
	void everyMessageTheNotifierMayWriteExists(EntryKind kind) throws IOException {
		Properties french = load("i18n/notifications.properties");
		Properties english = load("i18n/notifications_en.properties");
		for (Notifier.Party party : Notifier.told(kind)) {
			String key = Notifier.messageKey(kind, party.audience());
			for (String k : new String[] { key, key + ".subject" }) {
				assertThat(french.getProperty(k)).as("%s in French", k).isNotBlank();
				assertThat(english.getProperty(k)).as("%s in English", k).isNotBlank();
			}
		}
	}

	@Test
	void textsForEMailsHoldOnOneLine() {
		assertThat(Notice.oneLine("Panne\r\nBcc: x@example.org\u2028\u0085fin\t!")).isEqualTo(
				"Panne Bcc: x@example.org fin !");
		assertThat(Notice.oneLine(null)).isEmpty();
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = NotifierUnitTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
