package be.numedu.resources;

import java.util.List;

import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
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
 * who sees what, and bad input (hostile text and Markdown, disguised files, forged codes, stale pages), which gets
 * a French message and leaves the stored resources as they were.
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
}
