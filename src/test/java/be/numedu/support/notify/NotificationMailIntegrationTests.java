package be.numedu.support.notify;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import be.numedu.accounts.PersonView;
import be.numedu.directory.Need;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportRequest;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.SupportRequests;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The notifications' e-mails, received by a real SMTP server (GreenMail) on a free port: who gets one for what, what
 * it says, that hostile titles cannot forge a header, and that a mail server that fails loses nothing.
 */
@NumeduTest
class NotificationMailIntegrationTests {

	private static final int SMTP_PORT = freePort();

	private static GreenMail smtp;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "5000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
		registry.add("numedu.support.base-url", () -> "https://numedu.test/");
	}

	@BeforeAll
	static void startMailServer() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@Autowired
	SupportRequests requests;

	@Autowired
	SupportDesk desk;

	@Autowired
	Personas personas;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void quiet() throws Exception {
		NotifierRuns.awaitDone(jdbc);
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void theOperatorsStaffHearOfARequestRoutedToThem() throws Exception {
		// given the CIRB's agent, and a Brussels school's referent whose connectivity request goes to the CIRB alone
		PersonView agent = requests.view(Persona.AGENT);
		PersonView referent = requests.view(Persona.REFERENT);

		// when
		SupportRequest request = requests.file(Persona.REFERENT, Need.CONNECTIVITE, null, "Plus de réseau en salle 12",
				"Depuis lundi.");
		NotifierRuns.awaitDone(jdbc);

		// then the agent has an e-mail and a notification in the application; the requester, who filed it, neither
		String ref = request.getReference();
		assertThat(request.getOperatorSlug()).isEqualTo("cirb");
		List<MimeMessage> mails = mailsAbout(ref);
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(recipients(mail)).containsExactly(agent.email());
		assertThat(mail.getSubject()).isEqualTo("[numedu] " + ref + " — Nouvelle demande à prendre en charge");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("ne-pas-repondre@numedu.example");
		assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(body(mail)).contains("Bonjour AGENT (test)", ref, "Plus de réseau en salle 12",
				"https://numedu.test/demandes/" + ref, "https://numedu.test/notifications")
			.doesNotContain("Depuis lundi");

		assertThat(NotifierRuns.notified(jdbc, request.getId())).containsExactly(agent.id());
		assertThat(NotifierRuns.texts(jdbc, agent.id(), request.getId())).singleElement()
			.asString()
			.contains(ref, "« Plus de réseau en salle 12 »", "à prendre en charge");
		assertThat(jdbc.queryForList("select distinct n.link from notification n join support_request r "
				+ "on n.link = concat('/demandes/', r.reference) where r.id = ?", String.class, request.getId()))
			.containsExactly("/demandes/" + ref);
		assertThat(NotifierRuns.texts(jdbc, referent.id(), request.getId())).isEmpty();
	}

	@Test
	void theRequesterHearsOfWhatTheAgentDoesButNeverOfInternalNotes() throws Exception {
		// given a request the CIRB's agent holds
		PersonView agent = requests.view(Persona.AGENT);
		PersonView referent = requests.view(Persona.REFERENT);
		PersonView admin = requests.view(Persona.ADMIN);
		SupportRequest request = requests.file(Persona.REFERENT, Need.CONNECTIVITE, null);
		String ref = request.getReference();
		NotifierRuns.awaitDone(jdbc);
		smtp.purgeEmailFromAllMailboxes();

		// when the agent takes it, writes a note for the team, replies and asks a question
		desk.take(ref, agent);
		desk.write(ref, agent, "Note confidentielle : le mot de passe du routeur est 1234.", true, List.of());
		desk.write(ref, agent, "Redémarrez le routeur, s'il vous plaît.", false, List.of());
		desk.ask(ref, agent, "Quel débit mesurez-vous ?", List.of());
		NotifierRuns.awaitDone(jdbc);

		// then the requester is told three times, the agent (their author) never, and no text tells what was written
		List<MimeMessage> mails = mailsAbout(ref);
		assertThat(mails).allSatisfy(mail -> assertThat(recipients(mail)).containsExactly(referent.email()));
		assertThat(mails).extracting(MimeMessage::getSubject)
			.containsExactlyInAnyOrder("[numedu] " + ref + " — Votre demande est prise en charge",
					"[numedu] " + ref + " — Réponse à votre demande", "[numedu] " + ref + " — Question sur votre demande");
		for (MimeMessage mail : mails) {
			assertThat(body(mail)).doesNotContain("confidentielle", "1234", "Redémarrez", "débit");
		}
		assertThat(NotifierRuns.texts(jdbc, referent.id(), request.getId())).hasSize(3)
			.noneMatch(text -> text.contains("confidentielle") || text.contains("note"));
		assertThat(NotifierRuns.notified(jdbc, request.getId())).containsOnly(agent.id(), referent.id())
			.filteredOn(id -> id == agent.id()).hasSize(1); // the routing, before any of this

		// when an administrator adds an internal note: the agent handling it is told, the requester is not
		smtp.purgeEmailFromAllMailboxes();
		desk.write(ref, admin, "Vérifier le contrat de ligne.", true, List.of());
		NotifierRuns.awaitDone(jdbc);

		List<MimeMessage> noteMails = mailsAbout(ref);
		assertThat(noteMails).hasSize(1);
		assertThat(recipients(noteMails.get(0))).containsExactly(agent.email());
		assertThat(noteMails.get(0).getSubject()).endsWith("Note interne sur une demande");
		assertThat(body(noteMails.get(0))).doesNotContain("contrat");
		assertThat(NotifierRuns.texts(jdbc, referent.id(), request.getId())).hasSize(3);
		assertThat(NotifierRuns.texts(jdbc, admin.id(), request.getId())).isEmpty();
	}

	@Test
	void aHandOverTellsTheRequesterAndTheReceivingOperatorButNotItsAuthor() throws Exception {
		// given a Namur teacher's connectivity request, held by the Walloon advisers
		PersonView agent = requests.view(Persona.AGENT);
		PersonView teacher = requests.view(Persona.TEACHER);
		PersonView admin = requests.view(Persona.ADMIN);
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		String ref = request.getReference();
		NotifierRuns.awaitDone(jdbc);
		smtp.purgeEmailFromAllMailboxes();

		// when an administrator hands it over to the CIRB
		desk.handOver(ref, admin, "cirb", "La ligne relève du CIRB.");
		NotifierRuns.awaitDone(jdbc);

		// then the teacher and the CIRB's agent are told, each in their own words; the administrator is not
		List<MimeMessage> mails = mailsAbout(ref);
		assertThat(mails).hasSize(2);
		assertThat(mails).flatExtracting(NotificationMailIntegrationTests::recipients)
			.containsExactlyInAnyOrder(teacher.email(), agent.email());
		MimeMessage toTeacher = mails.stream().filter(m -> recipients(m).contains(teacher.email())).findFirst()
			.orElseThrow();
		assertThat(toTeacher.getSubject()).endsWith("Votre demande a été transmise à un autre opérateur");
		assertThat(body(toTeacher)).contains("a été transmise à").doesNotContain("relève du CIRB");
		assertThat(NotifierRuns.texts(jdbc, agent.id(), request.getId())).singleElement().asString()
			.contains("transmise", "à prendre en charge");
		assertThat(NotifierRuns.texts(jdbc, admin.id(), request.getId())).isEmpty();
	}

	@Test
	void theTriageTellsTheSgneAndItsAssignmentTellsTheRequester() throws Exception {
		// given two administrators, and a teaching-use request that two operators cover
		PersonView admin = requests.view(Persona.ADMIN);
		PersonView otherAdmin = requests.view(Persona.ADMIN_2);
		PersonView teacher = requests.view(Persona.TEACHER);

		SupportRequest request = requests.file(Persona.TEACHER, Need.USAGE_PEDAGOGIQUE, null);
		String ref = request.getReference();
		NotifierRuns.awaitDone(jdbc);

		// then both administrators are told it awaits routing
		assertThat(request.getOperatorSlug()).isNull();
		assertThat(mailsAbout(ref)).flatExtracting(NotificationMailIntegrationTests::recipients)
			.containsExactlyInAnyOrder(admin.email(), otherAdmin.email());
		assertThat(mailsAbout(ref)).extracting(MimeMessage::getSubject).containsOnly("[numedu] " + ref + " — Demande à orienter");

		// when one of them assigns it: the requester learns who holds it; neither administrator is told
		smtp.purgeEmailFromAllMailboxes();
		desk.assign(ref, "cecp", null, admin);
		NotifierRuns.awaitDone(jdbc);

		assertThat(mailsAbout(ref)).flatExtracting(NotificationMailIntegrationTests::recipients)
			.containsExactly(teacher.email());
		assertThat(NotifierRuns.texts(jdbc, teacher.id(), request.getId())).singleElement().asString()
			.contains("a été confiée à CECP");
		assertThat(NotifierRuns.texts(jdbc, admin.id(), request.getId())).hasSize(1);
		assertThat(NotifierRuns.texts(jdbc, otherAdmin.id(), request.getId())).hasSize(1);
	}

	@Test
	void hostileTextForgesNoHeaderAndShowsAsText() throws Exception {
		// given a title the desk accepts, with Unicode line separators and markup
		PersonView agent = requests.view(Persona.AGENT);
		PersonView referent = requests.view(Persona.REFERENT);
		String hostile = "Panne\u2028Bcc: intrus@example.org\u0085X-Injecte: oui <script>alert(1)</script>";

		// when it is filed
		SupportRequest request = requests.file(Persona.REFERENT, Need.CONNECTIVITE, null, hostile, "Texte.");
		NotifierRuns.awaitDone(jdbc);

		// then the agent's one e-mail has no forged header nor recipient, and the title reads on one line, as text
		String ref = request.getReference();
		List<MimeMessage> mails = mailsAbout(ref);
		assertThat(mails).hasSize(1);
		assertThat(recipients(mails.get(0))).containsExactly(agent.email());
		assertThat(mails.get(0).getHeader("Bcc")).isNull();
		assertThat(mails.get(0).getHeader("X-Injecte")).isNull();
		assertThat(body(mails.get(0))).contains("Panne Bcc: intrus@example.org X-Injecte: oui <script>alert(1)</script>")
			.doesNotContain("\u2028", "\u0085");

		// and the page of notifications shows the markup as text
		String page = mvc.perform(get("/notifications").with(user(personas.user(Persona.AGENT))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

		// given line breaks that reached the database some other way than the desk, in the title and in the
		// requester's name (which goes into the To header)
		jdbc.update("update support_request set title = ? where id = ?",
				"Panne\r\nBcc: intrus@example.org\r\nX-Injecte: oui", request.getId());
		jdbc.update("update person set display_name = ? where id = ?", "REFERENT\r\nBcc: intrus@example.org",
				referent.id());
		try {
			smtp.purgeEmailFromAllMailboxes();

			// when the agent takes the request, which the requester is told of
			desk.take(ref, agent);
			NotifierRuns.awaitDone(jdbc);

			// then the requester's e-mail has them on one line, and no header or recipient more
			List<MimeMessage> taken = mailsAbout(ref);
			assertThat(taken).hasSize(1);
			MimeMessage mail = taken.get(0);
			assertThat(recipients(mail)).containsExactly(referent.email());
			assertThat(mail.getHeader("Bcc")).isNull();
			assertThat(mail.getHeader("X-Injecte")).isNull();
			assertThat(body(mail)).contains("« Panne Bcc: intrus@example.org X-Injecte: oui »",
					"Bonjour REFERENT Bcc: intrus@example.org,");
		}
		finally {
			jdbc.update("update person set display_name = ? where id = ?", "REFERENT (test)", referent.id());
		}
		assertThat(Arrays.stream(smtp.getReceivedMessages()).flatMap(m -> recipients(m).stream()))
			.noneMatch(address -> address.contains("intrus"));
	}

	@Test
	void aMailServerThatFailsLosesNoNotificationAndFailsNoChange() throws Exception {
		PersonView agent = requests.view(Persona.AGENT);
		smtp.stop();
		try {
			// when a request is filed while the mail server is down
			SupportRequest request = requests.file(Persona.REFERENT, Need.CONNECTIVITE, null, "Réseau coupé",
					"Texte.");
			NotifierRuns.awaitDone(jdbc);

			// then the filing went through and the agent's notification is in the application
			assertThat(request.getReference()).isNotNull();
			assertThat(NotifierRuns.texts(jdbc, agent.id(), request.getId())).singleElement().asString()
				.contains(request.getReference());
		}
		finally {
			smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			smtp.start();
		}
	}

	private static List<MimeMessage> mailsAbout(String reference) throws MessagingException {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(reference)).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			Address[] all = message.getAllRecipients();
			return all == null ? List.of()
					: Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()).toList();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String body(Message message) throws IOException, MessagingException {
		return (String) message.getContent();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
