package be.numedu.support.notify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.accounts.PersonView;
import be.numedu.directory.Need;
import be.numedu.notifications.Inbox;
import be.numedu.notifications.Notice;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportRequest;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.SupportRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The notifications in the application, without any mail server: they land all the same; the page lists a person's
 * own, marks the unread in words, pages them by 50; opening one or all marks them read; nobody reads or marks another
 * person's; the header's badge counts them.
 */
@NumeduTest
class NotificationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	SupportRequests requests;

	@Autowired
	SupportDesk desk;

	@Autowired
	Inbox notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void quiet() {
		NotifierRuns.awaitDone(jdbc);
	}

	@Test
	void withoutAMailServerNotificationsStillLand() {
		// given no SMTP server configured
		assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
		PersonView agent = requests.view(Persona.AGENT);

		// when a request is routed to the CIRB
		SupportRequest request = requests.file(Persona.REFERENT, Need.CONNECTIVITE, null);
		NotifierRuns.awaitDone(jdbc);

		// then its agent has the notification in the application
		assertThat(NotifierRuns.texts(jdbc, agent.id(), request.getId())).singleElement().asString()
			.contains(request.getReference());
	}

	@Test
	void thePageListsOnesOwnNotificationsWithTheUnreadMarkedInWords() throws Exception {
		// given a notification of the agent's
		PersonView agent = requests.view(Persona.AGENT);
		SupportRequest request = routedToTheAgent("Imprimante du secrétariat hors ligne");
		long id = notificationOf(agent, request);

		// when the agent opens the page, then it lists it, unread in words, with a form that opens it
		String page = mvc.perform(get("/notifications").with(user(personas.user(Persona.AGENT))))
			.andExpect(status().isOk())
			.andExpect(view().name("notifications/list"))
			.andExpect(model().attribute("unreadNotifications", notifications.unread(agent.id())))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Imprimante du secrétariat hors ligne", "Non lue",
				"action=\"/notifications/" + id + "/lue\"", "name=\"_csrf\"", "<h1>Vos notifications</h1>");
		assertThat(page).containsPattern("class=\"badge\">" + notifications.unread(agent.id()) + "<");

		// and the requester, who was not told of it, does not see it
		String theirs = mvc.perform(get("/notifications").with(user(personas.user(Persona.REFERENT))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(theirs).doesNotContain("Imprimante du secrétariat hors ligne");
	}

	@Test
	void openingANotificationMarksItReadAndLeadsToItsRequest() throws Exception {
		PersonView agent = requests.view(Persona.AGENT);
		SupportRequest request = routedToTheAgent("Wi-Fi instable au réfectoire");
		long id = notificationOf(agent, request);
		long unreadBefore = notifications.unread(agent.id());

		mvc.perform(post("/notifications/{id}/lue", id).with(user(personas.user(Persona.AGENT))).with(csrf()))
			.andExpect(redirectedUrl("/demandes/" + request.getReference()));

		assertThat(isRead(id)).isTrue();
		assertThat(notifications.unread(agent.id())).isEqualTo(unreadBefore - 1);
		// once read, it is a plain link to the request
		String page = mvc.perform(get("/notifications").with(user(personas.user(Persona.AGENT))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/demandes/" + request.getReference() + "\"")
			.doesNotContain("action=\"/notifications/" + id + "/lue\"");
	}

	@Test
	void nobodyReadsOrMarksAnotherPersonsNotifications() throws Exception {
		// given the agent's unread notification
		PersonView agent = requests.view(Persona.AGENT);
		SupportRequest request = routedToTheAgent("Tableau interactif muet");
		long id = notificationOf(agent, request);
		long unread = notifications.unread(agent.id());

		// when a teacher forges its id, marks all theirs read, or anyone posts without the CSRF token
		mvc.perform(post("/notifications/{id}/lue", id).with(user(personas.user(Persona.TEACHER))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/{id}/lue", "12abc").with(user(personas.user(Persona.TEACHER))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/{id}/lue", "99999999999").with(user(personas.user(Persona.TEACHER))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/tout-lu").with(user(personas.user(Persona.TEACHER))).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		mvc.perform(post("/notifications/{id}/lue", id).with(user(personas.user(Persona.AGENT))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/notifications/{id}/lue", id).with(csrf()))
			.andExpect(redirectedUrl("/connexion"));

		// then the agent's notification is untouched, and the teacher's page does not show it
		assertThat(isRead(id)).isFalse();
		assertThat(notifications.unread(agent.id())).isEqualTo(unread);
		assertThat(mvc.perform(get("/notifications").with(user(personas.user(Persona.TEACHER))))
			.andReturn().getResponse().getContentAsString()).doesNotContain("Tableau interactif muet");
		mvc.perform(get("/notifications")).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void markingAllReadTouchesOnlyOnesOwn() throws Exception {
		// given unread notifications for the agent and, once the agent takes the request, for the requester
		PersonView agent = requests.view(Persona.AGENT);
		PersonView referent = requests.view(Persona.REFERENT);
		SupportRequest request = routedToTheAgent("Comptes élèves bloqués");
		desk.take(request.getReference(), agent);
		NotifierRuns.awaitDone(jdbc);
		long referentUnread = notifications.unread(referent.id());
		assertThat(referentUnread).isPositive();
		assertThat(notifications.unread(agent.id())).isPositive();

		// when the agent marks all read
		mvc.perform(post("/notifications/tout-lu").with(user(personas.user(Persona.AGENT))).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("notice", "notifications.allRead.done"));

		// then theirs are read, the requester's are not
		assertThat(notifications.unread(agent.id())).isZero();
		assertThat(notifications.unread(referent.id())).isEqualTo(referentUnread);
		String page = mvc.perform(get("/notifications").with(user(personas.user(Persona.AGENT))))
			.andExpect(model().attribute("unreadNotifications", 0L))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Aucune notification non lue.").doesNotContain("class=\"badge\"")
			.doesNotContain("Tout marquer comme lu");
	}

	@Test
	void moreThanFiftyAreListedByPagesNewestFirst() throws Exception {
		// given 55 notifications of the school head's, the latest numbered 55
		PersonView head = requests.view(Persona.HEAD);
		List<Notice> added = new ArrayList<>();
		for (int i = 1; i <= 55; i++) {
			added.add(new Notice(head, "Notification de test n° " + i + ".", "/demandes", "Test", "Test", "Test"));
		}
		notifications.tell(added);
		long total = jdbc.queryForObject("select count(*) from notification where person_id = ?", Long.class,
				head.id());
		assertThat(total).isGreaterThanOrEqualTo(55);

		// when the head opens the first page, then 50 are listed, the newest first, with a link to the next page
		String first = mvc.perform(get("/notifications").with(user(personas.user(Persona.HEAD))))
			.andReturn().getResponse().getContentAsString();
		assertThat(items(first)).isEqualTo(50);
		assertThat(first.indexOf("n° 55.")).isLessThan(first.indexOf("n° 54."));
		assertThat(first).contains("Page 1 sur " + ((total + 49) / 50), "href=\"/notifications?page=2\"");

		// and the second page holds the rest
		String second = mvc.perform(get("/notifications").param("page", "2").with(user(personas.user(Persona.HEAD))))
			.andReturn().getResponse().getContentAsString();
		assertThat(items(second)).isEqualTo((int) Math.min(50, total - 50));
		assertThat(second).contains("rel=\"prev\"");
		// a page that is not a number is the first
		mvc.perform(get("/notifications").param("page", "x").with(user(personas.user(Persona.HEAD))))
			.andExpect(status().isOk());
	}

	@Test
	void theBadgeCountsForSignedInPeopleOnly() throws Exception {
		PersonView head = requests.view(Persona.HEAD);
		notifications.tell(List.of(new Notice(head, "Pour le badge.", "/demandes", "Test", "Test", "Test")));

		mvc.perform(get("/")).andExpect(model().attribute("unreadNotifications", nullValue()));
		mvc.perform(get("/").with(user(personas.user(Persona.HEAD))))
			.andExpect(model().attribute("unreadNotifications", notifications.unread(head.id())));
	}

	/** A Brussels referent's connectivity request: the CIRB holds it, and its agent is told. */
	private SupportRequest routedToTheAgent(String title) {
		requests.view(Persona.AGENT);
		SupportRequest request = requests.file(Persona.REFERENT, Need.CONNECTIVITE, null, title, "Description.");
		NotifierRuns.awaitDone(jdbc);
		return request;
	}

	private long notificationOf(PersonView person, SupportRequest request) {
		return jdbc.queryForObject("select n.id from notification n join support_request r on n.link = concat('/demandes/', r.reference) "
				+ "where n.person_id = ? and r.id = ?", Long.class,
				person.id(), request.getId());
	}

	private boolean isRead(long id) {
		return jdbc.queryForObject("select count(*) from notification where id = ? and read_at is not null",
				Long.class, id) == 1;
	}

	private static int items(String page) {
		Matcher matcher = Pattern.compile("<li class=\"notification[ \"]").matcher(page);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}
}
