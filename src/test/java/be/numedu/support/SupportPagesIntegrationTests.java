package be.numedu.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import be.numedu.directory.Need;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportProperties;
import be.numedu.support.domain.SupportRequest;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.SampleFiles;
import be.numedu.testsupport.SupportRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages of support requests, through the real security, desk and database: filing from the finder with a file,
 * who sees which request and which file, the operator's queue, the triage, two agents taking one request at once, a
 * stale page, and every kind of bad input (hostile text, disguised and oversized files, forged identifiers), which
 * gets a French message and leaves the stored requests and files as they were.
 */
@NumeduTest
class SupportPagesIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	SupportRequests requests;

	@Autowired
	SupportDesk desk;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SupportProperties properties;

	@Test
	void aTeacherFilesFromTheFinderWithAFileAndSeesWhereTheRequestWent() throws Exception {
		// coming from the finder, the form proposes the operator
		String form = page(Persona.TEACHER, "/demandes/nouvelle?besoin=CONNECTIVITE&operateur=ecole-numerique-rw");
		assertThat(form).contains("Conseillers « École numérique » de la Région wallonne")
			.contains("value=\"ecole-numerique-rw\"")
			.containsPattern("<option value=\"CONNECTIVITE\" selected");

		MockHttpServletResponse filed = mvc.perform(filing(Persona.TEACHER, "title", "Le Wi-Fi tombe au 2e étage",
				"proposedOperator", "ecole-numerique-rw")
			.file(new MockMultipartFile("fichiers", "mesure du débit.pdf", "application/pdf", PDF)))
			.andReturn().getResponse();
		assertThat(filed.getStatus()).isEqualTo(302);
		String location = filed.getRedirectedUrl();
		assertThat(location).matches("/demandes/D-\\d{6}");

		String page = page(Persona.TEACHER, location);
		assertThat(page).contains("Le Wi-Fi tombe au 2e étage")
			.contains("Orientation automatique")
			.contains("seul opérateur de la cartographie")
			.contains("mesure du débit.pdf")
			.contains("Prise en charge attendue");

		// the file comes back as it was sent, as a download that never runs as a page
		String fileLink = page.replaceAll("(?s).*href=\"(" + location + "/fichiers/\\d+)\".*", "$1");
		MockHttpServletResponse file = mvc.perform(get(fileLink).with(user(personas.user(Persona.TEACHER))))
			.andReturn().getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;").contains("UTF-8''mesure");
		assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getHeader("Content-Security-Policy")).contains("sandbox");

		// it is listed among the teacher's requests, not among the head's of another implantation
		assertThat(page(Persona.TEACHER, "/demandes")).contains(location.substring("/demandes/".length()));
		assertThat(page(Persona.HEAD, "/demandes")).doesNotContain(location.substring("/demandes/".length()));
	}

	@Test
	void refusedFormsSayWhyInFrenchKeepWhatWasTypedAndStoreNothing() throws Exception {
		long requestsBefore = count("support_request");
		long filesBefore = count("support_attachment");
		long storedBefore = storedFiles();

		// a program renamed as a PDF: refused on its content, whatever its name
		byte[] program = new byte[2048];
		program[0] = 'M';
		program[1] = 'Z';
		assertRefused(filing(Persona.TEACHER).file(new MockMultipartFile("fichiers", "devis.pdf", "application/pdf",
				program)), "n''est pas un PDF".replace("''", "'"), "Description gardée");
		// a web page posing as text
		assertRefused(filing(Persona.TEACHER).file(new MockMultipartFile("fichiers", "notes.txt", "text/plain",
				"<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8))),
				"n'est pas un PDF", "Description gardée");
		// a file over the limit (the limit is below the 20 MB every request is held to)
		byte[] big = Arrays.copyOf(PDF, (int) properties.maxAttachmentBytes() + 1);
		assertRefused(filing(Persona.TEACHER).file(new MockMultipartFile("fichiers", "scan.pdf", "application/pdf",
				big)), "dépasse 10 Mo", "Description gardée");
		// too many files
		MockMultipartHttpServletRequestBuilder many = filing(Persona.TEACHER);
		for (int i = 0; i <= properties.maxAttachments(); i++) {
			many.file(new MockMultipartFile("fichiers", "page" + i + ".pdf", "application/pdf", PDF));
		}
		assertRefused(many, "au plus 5 fichiers", "Description gardée");
		// an empty file, and a name with folders (which only a forged request sends)
		assertRefused(filing(Persona.TEACHER).file(new MockMultipartFile("fichiers", "vide.pdf", "application/pdf",
				new byte[0])), "Le fichier « vide.pdf » est vide : choisissez le fichier complet.", "Description gardée");
		assertRefused(filing(Persona.TEACHER).file(new MockMultipartFile("fichiers", "../../etc/devis.pdf",
				"application/pdf", PDF)), "Le nom du fichier « devis.pdf » contient un chemin de dossiers ou des "
						+ "caractères de contrôle : renommez le fichier, puis choisissez-le à nouveau.",
				"Description gardée");
		assertRefused(filing(Persona.TEACHER).file(new MockMultipartFile("fichiers", "C:\\Users\\prof\\devis.pdf",
				"application/pdf", PDF)), "Le nom du fichier « devis.pdf » contient un chemin de dossiers",
				"Description gardée");
		// no title, a control character, telephone without number, an unknown need
		assertRefused(filing(Persona.TEACHER, "title", ""), "Ce champ est obligatoire", "Description gardée");
		assertRefused(filing(Persona.TEACHER, "title", "Titre\u0007"), "caractères de contrôle",
				"Description gardée");
		assertRefused(filing(Persona.TEACHER, "preferredContact", "TELEPHONE"), "numéro de téléphone",
				"Description gardée");
		assertRefused(filing(Persona.TEACHER, "need", "PIRATAGE"), "Cette valeur n'est pas valide",
				"Description gardée");

		assertThat(count("support_request")).isEqualTo(requestsBefore);
		assertThat(count("support_attachment")).isEqualTo(filesBefore);
		assertThat(storedFiles()).isEqualTo(storedBefore);
	}

	/**
	 * A file goes back out under its type's extension, whatever name it came with: the system that opens a download
	 * goes by its name, and an image named as a page, or a PDF named as a program, would be opened as one.
	 */
	@Test
	void filesAreDownloadedUnderTheExtensionOfTheirType() throws Exception {
		MockHttpServletResponse filed = mvc.perform(filing(Persona.TEACHER)
			.file(new MockMultipartFile("fichiers", "capture.html", "text/html", SampleFiles.PNG))
			.file(new MockMultipartFile("fichiers", "devis.hta", "application/hta", PDF))
			.file(new MockMultipartFile("fichiers", "plan.pdf", "application/pdf", PDF))).andReturn().getResponse();
		assertThat(filed.getStatus()).isEqualTo(302);
		String location = filed.getRedirectedUrl();
		record Download(String sent, String type, byte[] content, String savedAs) {
		}
		for (Download expected : List.of(new Download("capture.html", "image/png", SampleFiles.PNG, "capture.png"),
				new Download("devis.hta", "application/pdf", PDF, "devis.pdf"),
				new Download("plan.pdf", "application/pdf", PDF, "plan.pdf"))) {
			long id = jdbc.queryForObject("select a.id from support_attachment a join support_request r on "
					+ "r.id = a.request_id where r.reference = ? and a.file_name = ?", Long.class,
					location.substring("/demandes/".length()), expected.sent());
			MockHttpServletResponse download = mvc.perform(get(location + "/fichiers/" + id)
				.with(user(personas.user(Persona.TEACHER)))).andReturn().getResponse();
			assertThat(download.getStatus()).as(expected.sent()).isEqualTo(200);
			assertThat(download.getContentType()).as(expected.sent()).isEqualTo(expected.type());
			assertThat(download.getHeader("Content-Disposition")).as(expected.sent()).startsWith("attachment;");
			assertThat(SampleFiles.downloadName(download)).as(expected.sent()).isEqualTo(expected.savedAs());
			assertThat(download.getContentAsByteArray()).as(expected.sent()).isEqualTo(expected.content());
		}
	}

	@Test
	void hostileTextIsShownAsTextEverywhere() throws Exception {
		String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null, hostile, hostile);

		for (String path : List.of("/demandes/" + request.getReference(), "/demandes")) {
			String page = page(Persona.TEACHER, path);
			assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
				.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		}
		String queue = page(Persona.ADMIN, "/demandes/file?operateur=ecole-numerique-rw");
		assertThat(queue).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}

	@Test
	void peopleSeeOnlyTheRequestsTheyMay() throws Exception {
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		String path = "/demandes/" + request.getReference();

		assertThat(status(Persona.TEACHER, path)).isEqualTo(200);
		assertThat(status(Persona.ADMIN, path)).isEqualTo(200);
		// the head and the referent of other implantations, the SeGEC's CTP and the CIRB's agent may not
		for (Persona other : List.of(Persona.HEAD, Persona.REFERENT, Persona.CTP, Persona.AGENT)) {
			assertThat(status(other, path)).as(other.name()).isEqualTo(403);
		}
		// once the request is handed over to the CIRB, the CIRB's agent sees it, and it is in the CIRB's queue
		desk.handOver(request.getReference(), requests.view(Persona.ADMIN), "cirb", "Relève du CIRB.");
		assertThat(status(Persona.AGENT, path)).isEqualTo(200);
		assertThat(page(Persona.AGENT, "/demandes/file")).contains(request.getReference());

		// an agent cannot look at another operator's queue by changing the address
		SupportRequest elsewhere = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		String forged = page(Persona.AGENT, "/demandes/file?operateur=ecole-numerique-rw&statut=toutes");
		assertThat(forged).doesNotContain(elsewhere.getReference()).contains("Demandes – CIRB");
		// nor through the API
		String api = api(Persona.AGENT, "/api/demandes?operateur=ecole-numerique-rw").getContentAsString();
		assertThat(api).doesNotContain(elsewhere.getReference()).contains(request.getReference());
		// the teacher's own list has both, the triage page is the SGNE's
		assertThat(page(Persona.TEACHER, "/demandes")).contains(request.getReference(), elsewhere.getReference());
		assertThat(status(Persona.AGENT, "/demandes/tri")).isEqualTo(403);
	}

	@Test
	void filesStayWithThoseWhoMaySeeThem() throws Exception {
		SupportRequest mine = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		desk.handOver(mine.getReference(), requests.view(Persona.ADMIN), "cirb", "Relève du CIRB.");
		desk.take(mine.getReference(), requests.view(Persona.AGENT));
		// an internal note with a file, and a public reply with another
		mvc.perform(message(Persona.AGENT, mine.getReference(), "NOTE", "Voir le plan du réseau")
			.file(new MockMultipartFile("fichiers", "plan.pdf", "application/pdf", PDF)));
		mvc.perform(message(Persona.AGENT, mine.getReference(), "REPONSE", "Voici la marche à suivre")
			.file(new MockMultipartFile("fichiers", "procedure.pdf", "application/pdf", PDF)));
		long note = fileId(mine, "plan.pdf");
		long reply = fileId(mine, "procedure.pdf");
		String base = "/demandes/" + mine.getReference() + "/fichiers/";

		assertThat(status(Persona.AGENT, base + note)).isEqualTo(200);
		assertThat(status(Persona.TEACHER, base + reply)).isEqualTo(200);
		// the requester never gets the note's file, nor reads the note
		assertThat(status(Persona.TEACHER, base + note)).isEqualTo(404);
		assertThat(page(Persona.TEACHER, "/demandes/" + mine.getReference())).doesNotContain("Voir le plan du réseau")
			.contains("Voici la marche à suivre");
		// someone who may not see the request gets nothing, and a file of one request is not served under another
		assertThat(status(Persona.HEAD, base + reply)).isEqualTo(403);
		SupportRequest other = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		assertThat(status(Persona.TEACHER, "/demandes/" + other.getReference() + "/fichiers/" + reply)).isEqualTo(404);
		assertThat(status(Persona.TEACHER, base + "../../etc/passwd")).isIn(400, 404);
		assertThat(status(Persona.TEACHER, base + "abc")).isEqualTo(404);
	}

	@Test
	void twoAgentsTakingOneRequestAtOnceLeaveOneWinnerAndTellTheOther() throws Exception {
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		desk.handOver(request.getReference(), requests.view(Persona.ADMIN), "cirb", "Relève du CIRB.");
		personas.user(Persona.AGENT);
		personas.user(Persona.ADMIN);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (Persona persona : List.of(Persona.AGENT, Persona.ADMIN)) {
				Callable<MockHttpServletResponse> take = () -> {
					start.await();
					return mvc.perform(post("/demandes/" + request.getReference() + "/prise-en-charge")
						.with(user(personas.user(persona))).with(csrf())).andReturn().getResponse();
				};
				answers.add(pool.submit(take));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			String refusal = null;
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get();
				statuses.add(response.getStatus());
				if (response.getStatus() == 409) {
					refusal = response.getContentAsString();
				}
			}
			assertThat(statuses).containsExactlyInAnyOrder(302, 409);
			assertThat(refusal).contains("a déjà pris cette demande en charge");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject("select count(*) from support_entry e join support_request r on r.id = e.request_id"
				+ " where r.reference = ? and e.kind = 'TAKEN'", Long.class, request.getReference())).isEqualTo(1);
	}

	@Test
	void aStalePageIsToldWhereTheRequestNowStands() throws Exception {
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		desk.withdraw(request.getReference(), requests.view(Persona.TEACHER), "Réglé entre-temps");

		// the admin's page still showed "take in charge"
		MockHttpServletResponse stale = mvc.perform(post("/demandes/" + request.getReference() + "/prise-en-charge")
			.with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn().getResponse();
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("Cette action n&#39;est plus possible")
			.contains("« Retirée »");
		// a message typed on the stale page is kept in the form
		MockHttpServletResponse reply = mvc.perform(message(Persona.ADMIN, request.getReference(), "REPONSE",
				"Texte tapé avant le retrait")).andReturn().getResponse();
		assertThat(reply.getStatus()).isEqualTo(422);
		assertThat(reply.getContentAsString()).contains("terminée");
	}

	@Test
	void theWholeJourneyThroughThePages() throws Exception {
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		String ref = request.getReference();
		desk.handOver(ref, requests.view(Persona.ADMIN), "cirb", "Relève du CIRB.");

		expectRedirect(post("/demandes/" + ref + "/prise-en-charge").with(user(personas.user(Persona.AGENT)))
			.with(csrf()));
		expectRedirect(message(Persona.AGENT, ref, "QUESTION", "Quel est le modèle de la borne ?"));
		assertThat(page(Persona.TEACHER, "/demandes/" + ref)).contains("Répondre à la question")
			.contains("Délai suspendu");
		expectRedirect(multipart("/demandes/" + ref + "/information").param("texte", "Une borne Cisco")
			.with(user(personas.user(Persona.TEACHER))).with(csrf()));
		expectRedirect(message(Persona.AGENT, ref, "SOLUTION", "Borne remplacée."));
		assertThat(page(Persona.TEACHER, "/demandes/" + ref)).contains("Le problème est-il résolu ?");
		// an empty reopening is refused, then the requester confirms and rates
		MockHttpServletResponse empty = mvc.perform(post("/demandes/" + ref + "/reouverture").param("motif", " ")
			.with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn().getResponse();
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(empty.getContentAsString()).contains("Écrivez un texte.");
		expectRedirect(post("/demandes/" + ref + "/confirmation").with(user(personas.user(Persona.TEACHER)))
			.with(csrf()));
		MockHttpServletResponse badScore = mvc.perform(post("/demandes/" + ref + "/evaluation").param("note", "9")
			.with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn().getResponse();
		assertThat(badScore.getContentAsString()).contains("Choisissez une note de 1 à 5.");
		expectRedirect(post("/demandes/" + ref + "/evaluation").param("note", "4").param("commentaire", "Rapide")
			.with(user(personas.user(Persona.TEACHER))).with(csrf()));

		String seen = page(Persona.TEACHER, "/demandes/" + ref);
		assertThat(seen).contains("Fermée").contains("4 sur 5").contains("Rapide")
			.contains("Transmise à CIRB").contains("Question au demandeur").contains("Information du demandeur");
		assertThat(jdbc.queryForObject("select status from support_request where reference = ?", String.class, ref))
			.isEqualTo("CLOSED");
	}

	@Test
	void theTriageAssignsWhatSeveralOperatorsCover() throws Exception {
		SupportRequest request = requests.file(Persona.TEACHER, Need.USAGE_PEDAGOGIQUE, null);
		String ref = request.getReference();
		assertThat(page(Persona.ADMIN, "/demandes/tri")).contains(ref);

		expectRedirect(post("/demandes/" + ref + "/attribution").param("operateur", "cecp")
			.param("note", "PO affilié au CECP").with(user(personas.user(Persona.ADMIN))).with(csrf()));
		assertThat(page(Persona.ADMIN, "/demandes/tri")).doesNotContain(ref);
		assertThat(page(Persona.TEACHER, "/demandes/" + ref)).contains("Attribuée par le SGNE")
			.contains("PO affilié au CECP");

		// a second assignment (a stale triage page) is refused, and so is an operator that does not exist
		MockHttpServletResponse again = mvc.perform(post("/demandes/" + ref + "/attribution").param("operateur", "cpeons")
			.with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn().getResponse();
		assertThat(again.getContentAsString()).contains("a déjà un opérateur");
		SupportRequest other = requests.file(Persona.TEACHER, Need.USAGE_PEDAGOGIQUE, null);
		MockHttpServletResponse unknown = mvc.perform(post("/demandes/" + other.getReference() + "/attribution")
			.param("operateur", "'; drop table support_request; --").with(user(personas.user(Persona.ADMIN)))
			.with(csrf())).andReturn().getResponse();
		assertThat(unknown.getContentAsString()).contains("Choisissez un opérateur de la cartographie.");
		assertThat(count("support_request")).isPositive();
	}

	@Test
	void theApiServesOperatorsWithPagingFiltersAndFrenchProblems() throws Exception {
		SupportRequest request = requests.file(Persona.TEACHER, Need.CONNECTIVITE, null);
		desk.handOver(request.getReference(), requests.view(Persona.ADMIN), "cirb", "Relève du CIRB.");

		String list = api(Persona.AGENT, "/api/demandes?statut=NEW&taille=5").getContentAsString();
		assertThat(list).contains("\"reference\":\"" + request.getReference() + "\"").contains("\"size\":5");
		String later = api(Persona.AGENT, "/api/demandes?modifieesDepuis=2999-01-01T00:00:00Z").getContentAsString();
		assertThat(later).contains("\"totalItems\":0");

		assertThat(api(Persona.AGENT, "/api/demandes?statut=PERDU").getContentAsString()).contains("Statut inconnu");
		assertThat(api(Persona.AGENT, "/api/demandes?taille=5000").getStatus()).isEqualTo(400);
		assertThat(api(Persona.AGENT, "/api/demandes?modifieesDepuis=hier").getContentAsString())
			.contains("ISO 8601");
		assertThat(api(Persona.AGENT, "/api/demandes/D-999999").getStatus()).isEqualTo(404);
		assertThat(api(Persona.CTP, "/api/demandes/" + request.getReference()).getStatus()).isEqualTo(403);

		MockHttpServletResponse taken = mvc.perform(post("/api/demandes/" + request.getReference() + "/prise-en-charge")
			.with(basic(Persona.AGENT))).andReturn().getResponse();
		assertThat(taken.getStatus()).isEqualTo(200);
		assertThat(taken.getContentAsString()).contains("\"status\":\"TAKEN\"");
		MockHttpServletResponse twice = mvc.perform(post("/api/demandes/" + request.getReference() + "/prise-en-charge")
			.with(basic(Persona.AGENT))).andReturn().getResponse();
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(twice.getContentType()).contains("application/problem+json");

		MockHttpServletResponse filed = mvc.perform(post("/api/demandes").contentType("application/json")
			.content("{\"need\":\"MAINTENANCE\",\"title\":\"Imprimante\",\"description\":\"Bourrage papier\"}")
			.with(basic(Persona.TEACHER))).andReturn().getResponse();
		assertThat(filed.getStatus()).isEqualTo(201);
		assertThat(filed.getHeader("Location")).matches("/api/demandes/D-\\d{6}");
		MockHttpServletResponse broken = mvc.perform(post("/api/demandes").contentType("application/json")
			.content("{\"need\":").with(basic(Persona.TEACHER))).andReturn().getResponse();
		assertThat(broken.getStatus()).isEqualTo(400);
		assertThat(broken.getContentAsString()).contains("JSON valide");
		MockHttpServletResponse incomplete = mvc.perform(post("/api/demandes").contentType("application/json")
			.content("{\"need\":\"INCONNU\",\"title\":\"x\",\"description\":\"y\"}")
			.with(basic(Persona.TEACHER))).andReturn().getResponse();
		assertThat(incomplete.getStatus()).isEqualTo(422);
		assertThat(incomplete.getContentAsString()).contains("nature du besoin");
		MockHttpServletResponse agentFiling = mvc.perform(post("/api/demandes").contentType("application/json")
			.content("{\"need\":\"MAINTENANCE\",\"title\":\"x\",\"description\":\"y\"}")
			.with(basic(Persona.AGENT))).andReturn().getResponse();
		assertThat(agentFiling.getStatus()).isEqualTo(403);
	}

	private void assertRefused(MockMultipartHttpServletRequestBuilder request, String message, String kept)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(message).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page.replace("&#39;", "'")).as("message").contains(message);
		assertThat(page).contains("error-summary").contains(kept);
	}

	/** The filing form, filled in, for a persona; {@code changes} (name, value, name, value…) replace values. */
	private MockMultipartHttpServletRequestBuilder filing(Persona persona, String... changes) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("need", "CONNECTIVITE");
		values.put("title", "Connexion lente");
		values.put("description", "Description gardée");
		values.put("urgency", "NORMALE");
		values.put("preferredContact", "COURRIEL");
		for (int i = 0; i < changes.length; i += 2) {
			values.put(changes[i], changes[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/demandes/nouvelle");
		values.forEach(request::param);
		request.with(user(personas.user(persona))).with(csrf());
		return request;
	}

	private MockMultipartHttpServletRequestBuilder message(Persona persona, String reference, String type, String text) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/demandes/" + reference + "/message")
			.param("type", type)
			.param("texte", text)
			.with(user(personas.user(persona)))
			.with(csrf());
	}

	private void expectRedirect(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
	}

	private String page(Persona persona, String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(personas.user(persona)))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(Persona persona, String path) throws Exception {
		return mvc.perform(get(path).with(user(personas.user(persona)))).andReturn().getResponse().getStatus();
	}

	private MockHttpServletResponse api(Persona persona, String path) throws Exception {
		return mvc.perform(get(path).with(basic(persona))).andReturn().getResponse();
	}

	/** The API is stateless: each call signs in with HTTP Basic, as a helpdesk would. */
	private RequestPostProcessor basic(Persona persona) {
		personas.user(persona);
		return httpBasic(persona.email, Personas.PASSWORD);
	}

	private long fileId(SupportRequest request, String name) {
		return jdbc.queryForObject("select id from support_attachment where request_id = ? and file_name = ?",
				Long.class, request.getId(), name);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long storedFiles() throws Exception {
		Path root = properties.attachmentsDirectory();
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
