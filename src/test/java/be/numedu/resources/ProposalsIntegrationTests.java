package be.numedu.resources;

import java.time.Duration;
import java.util.List;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.ResourcesProperties;
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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Co-construction through the pages: a colleague proposes an improvement with a new file, the author sees the
 * difference and accepts it as a new version (the file then becomes current), or declines with a reason; who is
 * told; what is refused (own resource, missing reason, a third person deciding, a proposal decided twice, files that
 * are too large, too many, empty, disguised or strangely named, each said in French with nothing stored).
 */
@NumeduTest
class ProposalsIntegrationTests {

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
	void aColleaguesProposalWithAFileBecomesTheNextVersionAndEveryoneConcernedIsTold() throws Exception {
		long id = samples.published(Persona.TEACHER, ResourceSamples.content("Le cycle de l'eau", "Évaporation."));
		MockHttpServletResponse sent = mvc.perform(proposal(id, Persona.HEAD, "Le cycle de l'eau en 4 étapes",
				"Les élèves confondaient condensation et précipitations.")
			.file(new MockMultipartFile("fichiers", "schema.pdf", "application/pdf", ResourceSamples.PDF))).andReturn().getResponse();
		assertThat(sent.getStatus()).isEqualTo(302);
		String proposalPage = sent.getRedirectedUrl();
		long proposalId = Long.parseLong(proposalPage.substring(proposalPage.lastIndexOf('/') + 1));
		// the file waits, not part of the resource yet
		assertThat(jdbc.queryForObject("select count(*) from resource_file where resource_id = ? and is_current",
				Long.class, id)).isZero();

		PersonView author = samples.person(Persona.TEACHER);
		await().atMost(Duration.ofSeconds(20)).until(() -> texts(author.id(), id).stream()
			.anyMatch(t -> t.contains("Une amélioration de votre ressource « Le cycle de l'eau » est proposée.")));

		String page = page(Persona.TEACHER, proposalPage);
		assertThat(page).contains("<ins>").contains("en 4 étapes").contains("schema.pdf")
			.contains("Les élèves confondaient").contains("Accepter : nouvelle version");
		// the proposer sees it but may not decide
		assertThat(page(Persona.HEAD, proposalPage)).doesNotContain("Accepter : nouvelle version");
		assertThat(decide(Persona.REFERENT, id, proposalId, "accepter", null).getStatus()).isEqualTo(403);

		assertThat(decide(Persona.TEACHER, id, proposalId, "accepter", "Merci !").getRedirectedUrl())
			.isEqualTo("/ressources/" + id);
		assertThat(samples.resource(id).getContentVersion()).isEqualTo(2);
		assertThat(samples.resource(id).getTitle()).isEqualTo("Le cycle de l'eau en 4 étapes");
		assertThat(jdbc.queryForObject("select count(*) from resource_file where resource_id = ? and is_current",
				Long.class, id)).isEqualTo(1);
		// the new version is its proposer's, with their words on what changed
		assertThat(jdbc.queryForMap("select author_id, note from resource_version where resource_id = ? and number = 2",
				id)).containsEntry("author_id", samples.person(Persona.HEAD).id())
			.hasEntrySatisfying("note", note -> assertThat((String) note).contains("Les élèves confondaient"));
		// decided twice: refused, nothing changes
		decide(Persona.TEACHER, id, proposalId, "accepter", null);
		assertThat(samples.resource(id).getContentVersion()).isEqualTo(2);

		PersonView proposer = samples.person(Persona.HEAD);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts(proposer.id(), id))
			.anyMatch(t -> t.contains("est acceptée"))
			.anyMatch(t -> t.contains("que vous suivez a une nouvelle version")));
		// the author, who accepted, is not told of their own decision's version
		assertThat(texts(author.id(), id)).noneMatch(t -> t.contains("nouvelle version"));
	}

	@Test
	void decliningNeedsAReasonAndTheAuthorCannotProposeToThemself() throws Exception {
		long id = samples.published(Persona.TEACHER, ResourceSamples.content("Les fables", "La Fontaine."));
		assertThat(status(Persona.TEACHER, "/ressources/" + id + "/ameliorations/nouvelle")).isEqualTo(403);
		MockHttpServletResponse noReason = mvc.perform(proposal(id, Persona.REFERENT, "Les fables de La Fontaine", ""))
			.andReturn().getResponse();
		assertThat(noReason.getStatus()).isEqualTo(422);
		assertThat(noReason.getContentAsString()).contains("Expliquez pourquoi");
		assertThat(jdbc.queryForObject("select count(*) from improvement_proposal where resource_id = ?", Long.class,
				id)).isZero();

		String url = mvc.perform(proposal(id, Persona.REFERENT, "Les fables de La Fontaine", "Titre complet."))
			.andReturn().getResponse().getRedirectedUrl();
		long proposalId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
		decide(Persona.TEACHER, id, proposalId, "refuser", "");
		assertThat(jdbc.queryForObject("select status from improvement_proposal where id = ?", String.class,
				proposalId)).isEqualTo("OPEN");
		decide(Persona.TEACHER, id, proposalId, "refuser", "Le titre court est voulu.");
		assertThat(jdbc.queryForObject("select status from improvement_proposal where id = ?", String.class,
				proposalId)).isEqualTo("DECLINED");
		assertThat(samples.resource(id).getContentVersion()).isEqualTo(1);
		assertThat(mvc.perform(get(url)).andReturn().getResponse().getContentAsString())
			.contains("Le titre court est voulu.");
	}

	@Test
	void aProposalOnAnOlderVersionShowsWhatAcceptingWouldUndoAndFollowersHearOfEveryNewVersion() throws Exception {
		long id = samples.published(Persona.TEACHER, ResourceSamples.content("La photosynthèse", "Les plantes."));
		PersonView follower = samples.person(Persona.REFERENT);
		assertThat(follow(Persona.REFERENT, id, "oui").getRedirectedUrl()).isEqualTo("/ressources/" + id);
		String url = mvc.perform(proposal(id, Persona.HEAD, "La photosynthèse en images", "Des schémas aident."))
			.andReturn().getResponse().getRedirectedUrl();
		long proposalId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

		// meanwhile the author edits the resource directly: version 2, and the follower is told
		samples.newVersion(id, Persona.TEACHER, "La photosynthèse au jardin");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts(follower.id(), id))
			.containsExactly("La ressource « La photosynthèse au jardin » que vous suivez a une nouvelle version."));

		// the proposal, made on version 1, is compared with version 2: accepting would replace the author's title
		String page = page(Persona.TEACHER, url);
		assertThat(page).contains("<del><span class=\"visually-hidden\">retiré :</span>jardin</del>")
			.contains("<ins><span class=\"visually-hidden\">ajouté :</span>images</ins>");

		// declined with a reason: the proposer is told, nothing changes
		decide(Persona.TEACHER, id, proposalId, "refuser", "Le jardin est le fil de la séquence.");
		assertThat(samples.resource(id).getTitle()).isEqualTo("La photosynthèse au jardin");
		PersonView proposer = samples.person(Persona.HEAD);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts(proposer.id(), id)).contains(
				"Votre proposition d'amélioration de « La photosynthèse au jardin » n'est pas retenue ; "
						+ "la raison est sur sa page."));

		// once they stop following, the next version reaches the proposer (who follows since proposing), not them
		follow(Persona.REFERENT, id, "non");
		samples.newVersion(id, Persona.TEACHER, "La photosynthèse au potager");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(texts(proposer.id(), id))
			.anyMatch(t -> t.contains("« La photosynthèse au potager » que vous suivez")));
		assertThat(texts(follower.id(), id)).hasSize(1);
	}

	@Test
	void aProposalsRefusedFilesSayWhyKeepWhatWasTypedAndStoreNothing() throws Exception {
		long id = samples.published(Persona.TEACHER, ResourceSamples.content("Les fractions", "Partager."));
		for (ResourcePagesIntegrationTests.RefusedFile refused : ResourcePagesIntegrationTests
			.refusedFiles(properties.maxFileBytes())) {
			ResourcePagesIntegrationTests.Stored before = ResourcePagesIntegrationTests.Stored.now(jdbc, properties);
			MockMultipartHttpServletRequestBuilder request = proposal(id, Persona.HEAD, "Les fractions au quotidien",
					"Des exemples pris en cuisine : " + refused.what() + ".");
			refused.files().forEach(request::file);
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(refused.what()).isEqualTo(422);
			assertThat(response.getContentAsString()).as(refused.what()).contains(refused.message())
				.contains("Les fractions au quotidien")
				.contains("Des exemples pris en cuisine : " + refused.what().replace("'", "&#39;") + ".");
			assertThat(ResourcePagesIntegrationTests.Stored.now(jdbc, properties)).as(refused.what()).isEqualTo(before);
		}
		assertThat(samples.resource(id).getContentVersion()).isEqualTo(1);
	}

	private MockMultipartHttpServletRequestBuilder proposal(long id, Persona who, String title, String reason) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/ressources/" + id + "/ameliorations/nouvelle")
			.param("title", title).param("summary", "Un résumé.").param("type", "EXERCISE")
			.param("years", "P3", "P4").param("disciplines", "FLA").param("audiences", "ENSEIGNANT")
			.param("language", "fr").param("licence", "CC_BY")
			.param("url", "https://ressources.example.org/" + Math.abs(title.hashCode())).param("reason", reason)
			.with(user(personas.user(who))).with(csrf());
	}

	private MockHttpServletResponse follow(Persona who, long id, String follow) throws Exception {
		return mvc.perform(post("/ressources/" + id + "/suivi").param("suivre", follow)
			.with(user(personas.user(who))).with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletResponse decide(Persona who, long id, long proposalId, String decision, String message)
			throws Exception {
		long version = jdbc.queryForObject("select version from improvement_proposal where id = ?", Long.class,
				proposalId);
		var request = post("/ressources/" + id + "/ameliorations/" + proposalId + "/decision")
			.param("decision", decision).param("version", String.valueOf(version))
			.with(user(personas.user(who))).with(csrf());
		if (message != null) {
			request.param("message", message);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private List<String> texts(long personId, long resourceId) {
		return jdbc.queryForList("select text from notification where person_id = ? and link = ?", String.class,
				personId, "/ressources/" + resourceId);
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
}
