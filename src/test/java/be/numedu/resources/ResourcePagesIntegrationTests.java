package be.numedu.resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.ResourcesProperties;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import be.numedu.testsupport.SampleFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The resource pages through the real security, catalogue and database: proposing with a file, the workflow from
 * draft to publication with the checklist, returning and refusing with reasons, new versions and their comparison,
 * who sees what, and bad input (hostile text and Markdown; disguised, oversized, empty, too many or strangely named
 * files; a request over the upload limit; forged codes; stale pages), which gets a French message, keeps what was
 * typed and leaves the stored resources and files as they were.
 */
@NumeduTest
class ResourcePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	ResourceSamples samples;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResourcesProperties properties;

	@Test
	void aTeacherProposesWithAFileSubmitsAndAModeratorPublishesWithTheChecklist() throws Exception {
		MockHttpServletResponse created = mvc.perform(proposal(Persona.TEACHER, "Lire l'heure en 2e primaire")
			.file(new MockMultipartFile("fichiers", "horloge.pdf", "application/pdf", ResourceSamples.PDF))).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().replace("/ressources/", ""));
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.DRAFT);
		String page = page(Persona.TEACHER, "/ressources/" + id);
		assertThat(page).contains("Lire l&#39;heure en 2e primaire").contains("horloge.pdf")
			.contains("Soumettre à la validation");
		// nobody else sees a draft
		assertThat(status(Persona.HEAD, "/ressources/" + id)).isEqualTo(404);
		assertThat(mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);

		assertThat(move(Persona.TEACHER, id, "SUBMIT", null, false).getStatus()).isEqualTo(302);
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.SUBMITTED);
		assertThat(page(Persona.ADMIN, "/ressources/moderation")).contains("Lire l&#39;heure en 2e primaire");

		// publishing without the checklist is refused, with a French message, and changes nothing
		move(Persona.ADMIN, id, "PUBLISH", null, false);
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.SUBMITTED);
		MockHttpServletResponse published = move(Persona.ADMIN, id, "PUBLISH", "Merci !", true);
		assertThat(published.getStatus()).isEqualTo(302);
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.PUBLISHED);

		// published: public, with its JSON-LD description and its file
		String publicPage = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).contains("application/ld+json").contains("\"@type\":\"LearningResource\"")
			.contains("https://creativecommons.org/licenses/by/4.0/");
		long fileId = jdbc.queryForObject("select id from resource_file where resource_id = ?", Long.class, id);
		MockHttpServletResponse file = mvc.perform(get("/ressources/" + id + "/fichiers/" + fileId)).andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getHeader("Content-Security-Policy")).startsWith("sandbox");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(file.getContentAsByteArray()).isEqualTo(ResourceSamples.PDF);
		// the search API finds it
		String api = mvc.perform(get("/api/ressources").param("q", "heure")).andReturn().getResponse()
			.getContentAsString();
		assertThat(api).contains("\"id\":" + id);
		assertThat(mvc.perform(get("/api/ressources/" + id)).andReturn().getResponse().getContentType())
			.startsWith("application/ld+json");
	}

	@Test
	void returningAndRefusingNeedReasonsThatTheAuthorReads() throws Exception {
		long id = samples.draft(Persona.TEACHER, ResourceSamples.content("Les volcans d'Auvergne", "Un dossier."));
		samples.move(id, Persona.TEACHER, Workflow.SUBMIT, null);
		move(Persona.ADMIN, id, "RETURN", "", false);
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.SUBMITTED);
		move(Persona.ADMIN, id, "RETURN", "Précisez les années visées, s'il vous plaît.", false);
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.RETURNED);
		// the requests stand beside the status, where the author looks first
		assertThat(page(Persona.TEACHER, "/ressources/" + id)).contains("Précisez les années visées")
			.contains("Renvoyée par");
		// a teacher cannot publish, even by forging the form
		assertThat(move(Persona.TEACHER, id, "PUBLISH", null, true).getStatus()).isEqualTo(403);
		samples.move(id, Persona.TEACHER, Workflow.SUBMIT, null);
		move(Persona.ADMIN, id, "REFUSE", "Ressource déjà présente au catalogue.", false);
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.REFUSED);
		// a refusal is final: no form to edit, and the address says why on the resource's page
		String refused = page(Persona.TEACHER, "/ressources/" + id);
		assertThat(refused).contains("Refusée par").contains("Ressource déjà présente au catalogue.")
			.doesNotContain("/ressources/" + id + "/modifier");
		MvcResult edit = mvc.perform(get("/ressources/" + id + "/modifier").with(user(personas.user(Persona.TEACHER))))
			.andReturn();
		assertThat(edit.getResponse().getRedirectedUrl()).isEqualTo("/ressources/" + id);
		assertThat(edit.getFlashMap().get("moveError")).isEqualTo("resources.error.notEditable");
	}

	@Test
	void aModeratorIsToldWhichCriteriaAreLeftAndKeepsWhatWasTicked() throws Exception {
		long id = samples.draft(Persona.TEACHER, ResourceSamples.content("Les marées", "Un dossier."));
		samples.move(id, Persona.TEACHER, Workflow.SUBMIT, null);
		List<String> codes = jdbc.queryForList("select code from validation_criterion where active order by position",
				String.class);
		MvcResult publish = mvc.perform(post("/ressources/" + id + "/etape").param("action", "PUBLISH")
			.param("version", String.valueOf(samples.resource(id).getVersion())).param("criteres", codes.get(0))
			.param("message", "Bravo").with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn();
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.SUBMITTED);
		assertThat(publish.getFlashMap().get("typedChecks")).isEqualTo(List.of(codes.get(0)));
		assertThat(publish.getFlashMap().get("typedMessage")).isEqualTo("Bravo");
		String label = jdbc.queryForObject("select label from validation_criterion where code = ?", String.class,
				codes.get(1));
		assertThat((Object[]) publish.getFlashMap().get("moveErrorArguments")).singleElement()
			.asString().contains(label).doesNotContain(jdbc.queryForObject(
					"select label from validation_criterion where code = ?", String.class, codes.get(0)));
	}

	@Test
	void submittingAnIncompleteResourceNamesWhatIsMissing() throws Exception {
		long id = samples.draft(Persona.TEACHER, ResourceSamples.content("Sans lien ni fichier", "Un dossier."));
		jdbc.update("update resource set url = null where id = ?", id);
		MvcResult submit = mvc.perform(post("/ressources/" + id + "/etape").param("action", "SUBMIT")
			.param("version", String.valueOf(samples.resource(id).getVersion()))
			.with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn();
		assertThat(samples.resource(id).getStatus()).isEqualTo(ResourceStatus.DRAFT);
		assertThat(submit.getFlashMap().get("moveProblems")).asList()
			.contains("Lien vers la ressource : Donnez un lien ou joignez un fichier : une ressource doit pouvoir être consultée.");
	}

	@Test
	void theApiSaysWhenAPageIsPastTheLast() throws Exception {
		MockHttpServletResponse past = mvc.perform(get("/api/ressources").param("page", "999")).andReturn().getResponse();
		assertThat(past.getStatus()).isEqualTo(404);
		assertThat(past.getContentAsString()).contains("Cette page n'existe pas");
	}

	@Test
	void refusedFormsSayWhyInFrenchAndStoreNothing() throws Exception {
		long before = count();
		MockHttpServletResponse empty = mvc.perform(multipart("/ressources/nouvelle").param("title", "")
			.param("type", "PAS_UN_TYPE").param("years", "Z9").with(user(personas.user(Persona.TEACHER))).with(csrf()))
			.andReturn().getResponse();
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(empty.getContentAsString()).contains("Ce champ est obligatoire.")
			.contains("Cette valeur ne fait pas partie de la liste proposée.");
		// a program named like a PDF
		MockHttpServletResponse disguised = mvc.perform(proposal(Persona.TEACHER, "Un programme déguisé")
			.file(new MockMultipartFile("fichiers", "cours.pdf", "application/pdf",
					new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 })))
			.andReturn().getResponse();
		assertThat(disguised.getStatus()).isEqualTo(422);
		assertThat(disguised.getContentAsString()).contains("n&#39;est pas d&#39;un type accepté");
		// a link that is not a web address
		MockHttpServletResponse script = mvc.perform(filled(multipart("/ressources/nouvelle"), "Lien piégé",
				"javascript:alert(1)").with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn().getResponse();
		assertThat(script.getStatus()).isEqualTo(422);
		assertThat(count()).isEqualTo(before);
	}

	/** A refused file: its French message, the form as typed, and nothing stored (no row, no file on the disk). */
	record RefusedFile(String what, List<MockMultipartFile> files, String message) {
	}

	static List<RefusedFile> refusedFiles(long maxFileBytes) {
		byte[] heavy = Arrays.copyOf(ResourceSamples.PDF, (int) maxFileBytes + 1);
		List<MockMultipartFile> six = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			six.add(pdf("fiche-" + i + ".pdf"));
		}
		byte[] page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><circle r=\"4\"/></svg>"
			.getBytes(StandardCharsets.UTF_8);
		String notAccepted = "n&#39;est pas d&#39;un type accepté (son contenu a été vérifié, pas seulement son nom).";
		String badName = "contient un chemin de dossiers ou des caractères de contrôle : renommez le fichier, puis "
				+ "choisissez-le à nouveau.";
		return List.of(
				new RefusedFile("un fichier trop lourd", List.of(file("gros.pdf", heavy)),
						"Le fichier « gros.pdf » dépasse " + maxFileBytes / (1024 * 1024) + " Mo."),
				new RefusedFile("trop de fichiers", six, "Au plus 5 fichiers à la fois."),
				new RefusedFile("une page HTML", List.of(file("page.html", page)),
						"Le fichier « page.html » " + notAccepted),
				new RefusedFile("une image SVG avec un script", List.of(file("dessin.svg", svg)),
						"Le fichier « dessin.svg » " + notAccepted),
				new RefusedFile("une page HTML nommée .pdf", List.of(file("cours.pdf", page)),
						"Le fichier « cours.pdf » " + notAccepted),
				new RefusedFile("un script nommé .pdf", List.of(file("fiche.pdf", script)),
						"Le fichier « fiche.pdf » " + notAccepted),
				new RefusedFile("un script nommé .html", List.of(file("exercice.html", script)),
						"Le fichier « exercice.html » " + notAccepted),
				new RefusedFile("une image SVG sans espace de noms", List.of(file("logo.svg",
						"<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))), "Le fichier « logo.svg » " + notAccepted),
				new RefusedFile("un fichier vide", List.of(file("vide.pdf", new byte[0])),
						"Le fichier « vide.pdf » est vide : choisissez le fichier complet."),
				new RefusedFile("un chemin de dossiers", List.of(file("../../etc/cours.pdf", ResourceSamples.PDF)),
						"Le nom du fichier « cours.pdf » " + badName),
				new RefusedFile("un chemin Windows", List.of(file("C:\\Users\\prof\\cours.pdf", ResourceSamples.PDF)),
						"Le nom du fichier « cours.pdf » " + badName),
				new RefusedFile("un caractère de contrôle", List.of(file("cours\u0007.pdf", ResourceSamples.PDF)),
						"Le nom du fichier « cours_.pdf » " + badName),
				new RefusedFile("un renversement de l'écriture", List.of(file("cours\u202Efdp.exe", ResourceSamples.PDF)),
						"Le nom du fichier « cours_fdp.exe » " + badName));
	}

	@Test
	void refusedFilesSayWhyInFrenchKeepTheFormAndStoreNothing() throws Exception {
		for (RefusedFile refused : refusedFiles(properties.maxFileBytes())) {
			Stored before = stored();
			MockMultipartHttpServletRequestBuilder request = proposal(Persona.TEACHER, "Titre gardé : " + refused.what());
			refused.files().forEach(request::file);
			MockHttpServletResponse response = mvc.perform(request.param("description", "Une description tapée."))
				.andReturn().getResponse();
			assertThat(response.getStatus()).as(refused.what()).isEqualTo(422);
			String page = response.getContentAsString();
			assertThat(page).as(refused.what()).contains(refused.message())
				.contains("value=\"Titre gardé : " + refused.what().replace("'", "&#39;") + "\"")
				.contains("Une description tapée.").contains("aria-invalid=\"true\"");
			assertThat(stored()).as(refused.what()).isEqualTo(before);
		}
		// the same checks on a new version of a published resource: nothing of it changes
		long id = samples.published(Persona.TEACHER, ResourceSamples.content("Les marées d'équinoxe", "Des marées."));
		long version = samples.resource(id).getVersion();
		Stored before = stored();
		MockHttpServletResponse edited = mvc.perform(filled(multipart("/ressources/" + id + "/modifier"),
				"Les grandes marées").param("version", String.valueOf(version))
			.file(file("cours.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn().getResponse();
		assertThat(edited.getStatus()).isEqualTo(422);
		assertThat(edited.getContentAsString()).contains("Le fichier « cours.pdf » n&#39;est pas d&#39;un type accepté")
			.contains("Les grandes marées");
		assertThat(samples.resource(id).getContentVersion()).isEqualTo(1);
		assertThat(samples.resource(id).getVersion()).isEqualTo(version);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aFileInputLeftEmptyIsNoFileAndPlainTextIsAccepted() throws Exception {
		MockHttpServletResponse none = mvc.perform(proposal(Persona.TEACHER, "Sans fichier choisi")
			.file(new MockMultipartFile("fichiers", "", "application/octet-stream", new byte[0]))).andReturn()
			.getResponse();
		assertThat(none.getStatus()).isEqualTo(302);
		long withoutFile = Long.parseLong(none.getRedirectedUrl().replace("/ressources/", ""));
		assertThat(jdbc.queryForObject("select count(*) from resource_file where resource_id = ?", Long.class,
				withoutFile)).isZero();
		// text that merely mentions markup, under a text file's name, is text
		MockHttpServletResponse text = mvc.perform(proposal(Persona.TEACHER, "Consignes en texte")
			.file(file("consignes.txt", "Écrivez <b>gras</b> avec la balise b.".getBytes(StandardCharsets.UTF_8))))
			.andReturn().getResponse();
		assertThat(text.getStatus()).isEqualTo(302);
		long id = Long.parseLong(text.getRedirectedUrl().replace("/ressources/", ""));
		assertThat(jdbc.queryForObject("select media_type from resource_file where resource_id = ?", String.class, id))
			.isEqualTo("text/plain");
	}

	/**
	 * A file goes back out under its type's extension, whatever name it came with: the system that opens a download
	 * goes by its name, and an image named as a page, or a PDF named as a program, would be opened as one.
	 */
	@Test
	void filesAreDownloadedUnderTheExtensionOfTheirType() throws Exception {
		MockHttpServletResponse created = mvc.perform(proposal(Persona.TEACHER, "Le cycle de l'eau en schéma")
			.file(file("cours.html", SampleFiles.PNG)).file(file("x.hta", ResourceSamples.PDF))
			.file(file("fiche.pdf", ResourceSamples.PDF))).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().replace("/ressources/", ""));
		record Download(String sent, String type, byte[] content, String savedAs) {
		}
		for (Download expected : List.of(new Download("cours.html", "image/png", SampleFiles.PNG, "cours.png"),
				new Download("x.hta", "application/pdf", ResourceSamples.PDF, "x.pdf"),
				new Download("fiche.pdf", "application/pdf", ResourceSamples.PDF, "fiche.pdf"))) {
			long fileId = jdbc.queryForObject("select id from resource_file where resource_id = ? and name = ?",
					Long.class, id, expected.sent());
			MockHttpServletResponse download = mvc.perform(get("/ressources/" + id + "/fichiers/" + fileId)
				.with(user(personas.user(Persona.TEACHER)))).andReturn().getResponse();
			assertThat(download.getStatus()).as(expected.sent()).isEqualTo(200);
			assertThat(download.getContentType()).as(expected.sent()).isEqualTo(expected.type());
			assertThat(download.getHeader("Content-Disposition")).as(expected.sent()).startsWith("attachment;");
			assertThat(SampleFiles.downloadName(download)).as(expected.sent()).isEqualTo(expected.savedAs());
			assertThat(download.getContentAsByteArray()).as(expected.sent()).isEqualTo(expected.content());
		}
	}

	/**
	 * A form over the request limit is turned away before it is read; the form's page says so in French, and says a
	 * form the container could not read whole is unreadable rather than too large.
	 */
	@Test
	void aRequestOverTheLimitComesBackToItsFormWithAFrenchMessage() throws Exception {
		Stored before = stored();
		MockHttpServletResponse sent = mvc.perform(post("/ressources/nouvelle")
			.contentType("multipart/form-data; boundary=limite").content(new byte[20 * 1024 * 1024 + 1])
			.with(user(personas.user(Persona.TEACHER)))).andReturn().getResponse();
		assertThat(sent.getStatus()).isEqualTo(303);
		assertThat(sent.getHeader("Location")).isEqualTo("/ressources/nouvelle?trop-volumineux");
		assertThat(stored()).isEqualTo(before);
		String form = page(Persona.TEACHER, "/ressources/nouvelle?trop-volumineux");
		assertThat(form).contains("Votre envoi dépassait 20 Mo, la taille maximale d&#39;un envoi : il n&#39;a pas pu "
				+ "être lu et rien n&#39;a été enregistré. Chaque fichier peut peser 15 Mo")
			.contains("class=\"error-summary\"").contains("href=\"#fichiers\"");
		long id = samples.published(Persona.TEACHER, ResourceSamples.content("Les volcans actifs", "Des volcans."));
		assertThat(page(Persona.TEACHER, "/ressources/" + id + "/modifier?trop-volumineux"))
			.contains("Votre envoi dépassait 20 Mo").contains("Les volcans actifs");
		assertThat(page(Persona.HEAD, "/ressources/" + id + "/ameliorations/nouvelle?trop-volumineux"))
			.contains("Votre envoi dépassait 20 Mo");
		assertThat(page(Persona.TEACHER, "/ressources/nouvelle")).doesNotContain("Votre envoi dépassait")
			.doesNotContain("pas pu être lu en entier").contains("data-max-request-bytes=\"20971520\"");
		// a form the container could not read whole (too many parts, too long a file name) was not too large
		String unreadable = "Votre envoi n&#39;a pas pu être lu en entier : il comptait trop de champs, ou un nom de "
				+ "fichier trop long. Rien n&#39;a été enregistré";
		for (String address : List.of("/ressources/nouvelle", "/ressources/" + id + "/modifier")) {
			assertThat(page(Persona.TEACHER, address + "?illisible")).as(address).contains(unreadable)
				.doesNotContain("Votre envoi dépassait").contains("class=\"error-summary\"")
				.contains("href=\"#fichiers\"");
		}
		assertThat(page(Persona.HEAD, "/ressources/" + id + "/ameliorations/nouvelle?illisible")).contains(unreadable);
	}

	@Test
	void hostileTextIsShownAsTextAndMarkdownIsSanitised() throws Exception {
		MockHttpServletResponse created = mvc.perform(proposal(Persona.TEACHER, "<img src=x onerror=alert(1)> Lecture")
			.param("description", "**Gras** <script>alert(1)</script> [lien](javascript:alert(2)) [site](https://example.org)"))
			.andReturn().getResponse();
		long id = Long.parseLong(created.getRedirectedUrl().replace("/ressources/", ""));
		String page = page(Persona.TEACHER, "/ressources/" + id);
		assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt; Lecture").doesNotContain("<img src=x")
			.contains("<strong>Gras</strong>").doesNotContain("<script>alert(1)").doesNotContain("javascript:")
			.contains("href=\"https://example.org\"");
	}

	@Test
	void aPublishedResourceChangesAsNewVersionsThatCanBeCompared() throws Exception {
		long id = samples.published(Persona.TEACHER, ResourceSamples.content("Les saisons", "Quatre saisons."));
		String form = page(Persona.TEACHER, "/ressources/" + id + "/modifier");
		assertThat(form).contains("nouvelle version");
		long version = samples.resource(id).getVersion();
		MockHttpServletResponse edited = mvc.perform(filled(multipart("/ressources/" + id + "/modifier"), "Les quatre saisons")
			.param("version", String.valueOf(version)).param("note", "Titre précisé")
			.with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn().getResponse();
		assertThat(edited.getStatus()).isEqualTo(302);
		assertThat(samples.resource(id).getContentVersion()).isEqualTo(2);
		String compare = mvc.perform(get("/ressources/" + id + "/versions")).andReturn().getResponse()
			.getContentAsString();
		assertThat(compare).contains("<ins>").contains("quatre");
		// the same stale form again: refused, the text kept
		MockHttpServletResponse stale = mvc.perform(filled(multipart("/ressources/" + id + "/modifier"), "Encore un titre")
			.param("version", String.valueOf(version)).with(user(personas.user(Persona.TEACHER))).with(csrf()))
			.andReturn().getResponse();
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("Encore un titre").contains("Quelqu&#39;un a modifié");
		// another teacher may not edit it
		assertThat(status(Persona.HEAD, "/ressources/" + id + "/modifier")).isEqualTo(403);
	}

	private MockMultipartHttpServletRequestBuilder proposal(Persona who, String title) {
		return (MockMultipartHttpServletRequestBuilder) filled(multipart("/ressources/nouvelle"), title)
			.with(user(personas.user(who))).with(csrf());
	}

	private static MockMultipartHttpServletRequestBuilder filled(MockMultipartHttpServletRequestBuilder request,
			String title) {
		return filled(request, title, "https://exemple.be/" + Math.abs(title.hashCode()));
	}

	private static MockMultipartHttpServletRequestBuilder filled(MockMultipartHttpServletRequestBuilder request,
			String title, String url) {
		return (MockMultipartHttpServletRequestBuilder) request.param("title", title)
			.param("summary", "Un résumé de la ressource.")
			.param("type", "EXERCISE")
			.param("years", "P2", "P3")
			.param("disciplines", "MATHEMATIQUES")
			.param("audiences", "ENSEIGNANT", "ELEVE")
			.param("language", "fr")
			.param("licence", "CC_BY")
			.param("url", url)
			.param("competences", "digcomp-2.2:1.1");
	}

	private MockHttpServletResponse move(Persona who, long id, String action, String message, boolean allChecks)
			throws Exception {
		var request = post("/ressources/" + id + "/etape").param("action", action)
			.param("version", String.valueOf(samples.resource(id).getVersion()))
			.with(user(personas.user(who))).with(csrf());
		if (message != null) {
			request.param("message", message);
		}
		if (allChecks) {
			jdbc.queryForList("select code from validation_criterion where active", String.class)
				.forEach(code -> request.param("criteres", code));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String page(Persona who, String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(personas.user(who)))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(Persona who, String path) throws Exception {
		return mvc.perform(get(path).with(user(personas.user(who)))).andReturn().getResponse().getStatus();
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from resource", Long.class);
	}

	/** What is stored of resources, proposals and their files: rows, and files on the disk. */
	record Stored(long resources, long proposals, long fileRows, long filesOnDisk) {

		static Stored now(JdbcTemplate jdbc, ResourcesProperties properties) throws IOException {
			long onDisk = 0;
			if (Files.isDirectory(properties.filesDirectory())) {
				try (Stream<Path> files = Files.walk(properties.filesDirectory())) {
					onDisk = files.filter(Files::isRegularFile).count();
				}
			}
			return new Stored(jdbc.queryForObject("select count(*) from resource", Long.class),
					jdbc.queryForObject("select count(*) from improvement_proposal", Long.class),
					jdbc.queryForObject("select count(*) from resource_file", Long.class), onDisk);
		}
	}

	private Stored stored() throws IOException {
		return Stored.now(jdbc, properties);
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("fichiers", name, "application/pdf", content);
	}

	private static MockMultipartFile pdf(String name) {
		return file(name, ResourceSamples.PDF);
	}
}
