package be.numedu.resources.community;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.accounts.Role;
import be.numedu.accounts.domain.Accounts;
import be.numedu.accounts.domain.Person;
import be.numedu.resources.catalogue.ResourceChanged;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Comments and experience reports through the pages, the real security and the database: writing and reading, hostile
 * HTML and Markdown shown inert, refused texts (empty, too long, control characters, too many at once) that store
 * nothing, resources not published that do not exist, reports (once per person, the third person hiding the comment
 * until a moderator looks), the moderators' hiding, restoring and dismissing, and authors deleting their own comments
 * only. Every author of comments is a new account, so that the rate limit of one test never meets another's.
 */
@NumeduTest
@RecordApplicationEvents
class CommentsIntegrationTests {

	static final Pattern COMMENT_ID = Pattern.compile("#commentaire-(\\d+)$");

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	ResourceSamples samples;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aSignedInPersonWritesAndEveryoneReads() throws Exception {
		long id = published("Les fractions avec des pizzas");
		UserDetails author = newTeacher("Camille Lenoir");
		// a visitor is invited to sign in; no form
		String before = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(before).contains("Commentaires et retours d&#39;expérience").contains("Aucun commentaire pour l&#39;instant.")
			.contains("Connectez-vous").doesNotContain("name=\"body\"");

		MvcResult posted = mvc.perform(comment(author, id, "EXPERIENCE",
				"**Très utile** en P3 : les élèves ont *adoré*.\r\n\r\n- découpage\r\n- partage")).andReturn();
		MockHttpServletResponse response = posted.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		long commentId = commentId(response);
		assertThat(response.getRedirectedUrl()).isEqualTo("/ressources/" + id + "#commentaire-" + commentId);
		assertThat(posted.getFlashMap().get("notice")).isEqualTo("community.notice.posted");
		assertThat(jdbc.queryForObject("select kind from resource_comment where id = ?", String.class, commentId))
			.isEqualTo("EXPERIENCE");
		// line breaks are stored as LF
		assertThat(jdbc.queryForObject("select body from resource_comment where id = ?", String.class, commentId))
			.doesNotContain("\r").contains("\n- découpage");
		assertThat(events.stream(ResourceChanged.class))
			.contains(new ResourceChanged(id, accounts.find(author.getUsername()).orElseThrow().getId(),
					ResourceChanged.What.COMMENTED));

		String page = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"commentaire-" + commentId + "\"").contains("Camille Lenoir")
			.contains("Retour d&#39;expérience").contains("<strong>Très utile</strong>").contains("<em>adoré</em>")
			.contains("<li>découpage</li>").contains("1 commentaire, du plus récent au plus ancien.");
		// signed in: the form, and a report form for someone else's comment, not for one's own
		String others = page(Persona.HEAD, "/ressources/" + id);
		assertThat(others).contains("name=\"body\"").contains("/commentaires/" + commentId + "/signalement")
			.doesNotContain("/commentaires/" + commentId + "/supprimer");
		String own = mvc.perform(get("/ressources/" + id).with(user(author))).andReturn().getResponse()
			.getContentAsString();
		assertThat(own).contains("/commentaires/" + commentId + "/supprimer")
			.doesNotContain("/commentaires/" + commentId + "/signalement");
		// moderators get hiding, not reporting
		assertThat(page(Persona.ADMIN, "/ressources/" + id)).contains("/commentaires/" + commentId + "/masquer")
			.doesNotContain("/commentaires/" + commentId + "/signalement");
	}

	@Test
	void hostileHtmlAndMarkdownAreShownInert() throws Exception {
		long id = published("Les volcans");
		UserDetails author = newTeacher("Auteur <em>hostile</em>");
		String hostile = String.join("\n", "<script>alert(1)</script>", "", "<img src=x onerror=alert(2)>", "",
				"[clic](javascript:alert(3)) [image](javascript:alert(4))", "",
				"![photo](javascript:alert(5)) <a href=\"javascript:alert(6)\">lien</a>", "",
				"<div onclick=\"alert(7)\"><iframe src=\"https://evil.example\"></iframe></div>", "",
				"[site](https://example.org/page) <style>body{display:none}</style>", "",
				"[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)");
		long commentId = commentId(mvc.perform(comment(author, id, "COMMENT", hostile)).andReturn().getResponse());
		for (String page : new String[] { mvc.perform(get("/ressources/" + id)).andReturn().getResponse()
			.getContentAsString(), page(Persona.ADMIN, "/ressources/" + id) }) {
			String comment = page.substring(page.indexOf("id=\"commentaire-" + commentId + "\""));
			comment = comment.substring(0, comment.indexOf("</li>"));
			assertThat(comment).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe")
				.doesNotContain("<style").doesNotContain("<div onclick").doesNotContain("href=\"javascript:")
				.doesNotContain("src=\"javascript:").doesNotContain("href=\"data:").doesNotContain(" onerror=\"")
				.doesNotContain(" onclick=\"");
			// what was typed as HTML is shown as text (the sanitiser writes "=" as "&#61;")
			assertThat(comment.replace("&#61;", "=")).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.contains("&lt;img src=x onerror=alert(2)&gt;");
			assertThat(comment).containsPattern("<a href=\"https://example.org/page\" rel=\"[^\"]*nofollow[^\"]*\"");
			// the name is text too
			assertThat(comment).contains("Auteur &lt;em&gt;hostile&lt;/em&gt;");
		}
	}

	@Test
	void emptyOversizedOrControlCharacterTextsAreRefusedAndNothingIsStored() throws Exception {
		long id = published("La photosynthèse");
		UserDetails author = newTeacher("Dominique Petit");
		long before = comments(id);

		MockHttpServletResponse empty = mvc.perform(comment(author, id, "COMMENT", "")).andReturn().getResponse();
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(empty.getContentAsString()).contains("Écrivez votre commentaire avant de le publier.")
			.contains("Votre commentaire n&#39;a pas été publié").contains("aria-invalid=\"true\"");
		assertThat(mvc.perform(comment(author, id, "COMMENT", " \r\n\t \n ")).andReturn().getResponse().getStatus())
			.isEqualTo(422);
		assertThat(mvc.perform(comment(author, id, null, null)).andReturn().getResponse().getStatus()).isEqualTo(422);

		MockHttpServletResponse tooLong = mvc.perform(comment(author, id, "EXPERIENCE", "é".repeat(10_001)))
			.andReturn().getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(tooLong.getContentAsString()).contains("au plus sont acceptés")
			// the text comes back in the form, with the kind chosen
			.contains("éééééééééé").containsPattern("value=\"EXPERIENCE\"[^>]*checked");

		for (String control : new String[] { "Bonjour\u0000", "Bonjour \u001b[31m rouge", "Fin\u0085", "a\u007fb",
				"\u0007cloche" }) {
			MockHttpServletResponse refused = mvc.perform(comment(author, id, "COMMENT", control)).andReturn()
				.getResponse();
			assertThat(refused.getStatus()).as(control).isEqualTo(422);
			assertThat(refused.getContentAsString()).contains("caractères de contrôle");
		}
		MockHttpServletResponse forged = mvc.perform(comment(author, id, "AVIS", "Un texte correct."))
			.andReturn().getResponse();
		assertThat(forged.getStatus()).isEqualTo(422);
		assertThat(forged.getContentAsString()).contains("Choisissez « Commentaire » ou « Retour d&#39;expérience ».");
		assertThat(comments(id)).isEqualTo(before);

		// the limit is on the text as stored: a browser's CR LF line breaks count once
		String lines = ("a".repeat(99) + "\r\n").repeat(100);
		assertThat(lines.length()).isGreaterThan(10_000);
		assertThat(mvc.perform(comment(author, id, "COMMENT", lines)).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		assertThat(mvc.perform(comment(author, id, "COMMENT", "x".repeat(10_000))).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(comments(id)).isEqualTo(before + 2);
	}

	@Test
	void tooManyCommentsAtOnceAreRefusedInFrenchKeepingTheText() throws Exception {
		long id = published("Le cycle de l'eau");
		UserDetails author = newTeacher("Sam Rapide");
		for (int i = 1; i <= Community.RATE_LIMIT; i++) {
			assertThat(mvc.perform(comment(author, id, "COMMENT", "Remarque n° " + i)).andReturn().getResponse()
				.getStatus()).isEqualTo(302);
		}
		MockHttpServletResponse refused = mvc.perform(comment(author, id, "COMMENT", "Une de trop")).andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("dernières minutes : c&#39;est le maximum")
			.contains("Une de trop");
		assertThat(comments(id)).isEqualTo(Community.RATE_LIMIT);
		// someone else still writes
		assertThat(mvc.perform(comment(newTeacher("Alex Calme"), id, "COMMENT", "Merci !")).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
	}

	@Test
	void aResourceNotPublishedHasNoComments() throws Exception {
		UserDetails author = newTeacher("Lou Curieux");
		long draft = samples.draft(Persona.TEACHER, ResourceSamples.content("Brouillon de géographie", "Un brouillon."));
		assertThat(mvc.perform(comment(author, draft, "COMMENT", "Déjà ?")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		// not even its author or a moderator comments on it, and its page has no comments' section
		assertThat(mvc.perform(post("/ressources/" + draft + "/commentaires").param("body", "Moi")
			.with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(page(Persona.TEACHER, "/ressources/" + draft)).doesNotContain("id=\"commentaires\"");
		assertThat(mvc.perform(comment(author, 999_999_999L, "COMMENT", "Personne ?")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(comments(draft)).isZero();

		// withdrawn: its comments are gone with it, and nobody adds any
		long id = published("Une ressource bientôt retirée");
		long commentId = commentId(mvc.perform(comment(author, id, "COMMENT", "Avant le retrait")).andReturn()
			.getResponse());
		samples.move(id, Persona.ADMIN, Workflow.WITHDRAW, "Lien mort depuis des mois.");
		assertThat(mvc.perform(comment(author, id, "COMMENT", "Après le retrait")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(report(Persona.HEAD, id, commentId, "Abus")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/supprimer").with(user(author))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(comments(id)).isEqualTo(1);
		assertThat(reports(commentId)).isZero();

		// a comment is reached only under its own resource
		long other = published("Une autre ressource");
		assertThat(mvc.perform(report(Persona.HEAD, other, commentId, "Abus")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void reportsAreTakenOncePerPersonAndThreeHideTheCommentUntilAModeratorLooks() throws Exception {
		long id = published("Les dinosaures");
		UserDetails author = newTeacher("Charlie Bavard");
		String body = "Ce texte est **vraiment** déplacé.";
		long commentId = commentId(mvc.perform(comment(author, id, "COMMENT", body)).andReturn().getResponse());

		// the report's page shows the comment and asks why
		String form = page(Persona.HEAD, "/ressources/" + id + "/commentaires/" + commentId + "/signalement");
		assertThat(form).contains("<h1>Signaler un commentaire</h1>").doesNotContain("??")
			.contains("<strong>vraiment</strong>")
			.contains("name=\"reason\"").contains("action=\"/ressources/" + id + "/commentaires/" + commentId
					+ "/signalement\"");
		// a reason is required, and kept short
		MockHttpServletResponse noReason = mvc.perform(report(Persona.HEAD, id, commentId, "  ")).andReturn()
			.getResponse();
		assertThat(noReason.getStatus()).isEqualTo(422);
		assertThat(noReason.getContentAsString()).contains("Indiquez la raison.")
			.contains("id=\"report-reason-" + commentId + "\"");
		assertThat(mvc.perform(report(Persona.HEAD, id, commentId, "x".repeat(1001))).andReturn().getResponse()
			.getStatus()).isEqualTo(422);
		assertThat(reports(commentId)).isZero();

		MvcResult first = mvc.perform(report(Persona.HEAD, id, commentId, "Propos déplacés")).andReturn();
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/ressources/" + id + "#commentaire-" + commentId);
		assertThat(first.getFlashMap().get("notice")).isEqualTo("community.notice.reported");
		// a second time: politely refused, nothing more stored
		MockHttpServletResponse again = mvc.perform(report(Persona.HEAD, id, commentId, "Encore")).andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString()).contains("Vous avez déjà signalé ce commentaire, merci");
		assertThat(reports(commentId)).isEqualTo(1);
		assertThat(page(Persona.HEAD, "/ressources/" + id)).contains("Vous avez signalé ce commentaire");
		assertThat(status(Persona.HEAD, "/ressources/" + id + "/commentaires/" + commentId + "/signalement"))
			.isEqualTo(409);
		// one's own comment is deleted, not reported
		assertThat(mvc.perform(get("/ressources/" + id + "/commentaires/" + commentId + "/signalement")
			.with(user(author))).andReturn().getResponse().getStatus()).isEqualTo(422);
		assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/signalement")
			.param("reason", "Je regrette").with(user(author)).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(422);

		assertThat(mvc.perform(report(Persona.REFERENT, id, commentId, "Hors sujet")).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(hiddenAt(commentId)).isNull();
		MvcResult third = mvc.perform(report(Persona.CTP, id, commentId, "Insultant")).andReturn();
		assertThat(third.getFlashMap().get("notice")).isEqualTo("community.notice.reportedHidden");
		assertThat(hiddenAt(commentId)).isNotNull();
		assertThat(jdbc.queryForObject("select hidden_by from resource_comment where id = ?", Long.class, commentId))
			.isNull();

		// hidden for everyone but the moderators, who read it in the queue
		String visitor = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(visitor).contains("Commentaire masqué après plusieurs signalements")
			.doesNotContain("<strong>vraiment</strong>");
		assertThat(page(Persona.ADMIN, "/ressources/" + id)).contains("<strong>vraiment</strong>")
			.contains("3 signalements en attente");
		String queue = page(Persona.ADMIN, "/ressources/signalements");
		assertThat(queue).contains("id=\"signalement-" + commentId + "\"").contains("Commentaire sur « Les dinosaures »")
			.contains("Propos déplacés").contains("Hors sujet").contains("Insultant")
			.contains("/ressources/signalements/" + commentId + "/classer");
		// nothing more to report on a hidden comment
		assertThat(mvc.perform(report(Persona.AGENT, id, commentId, "Moi aussi")).andReturn().getResponse()
			.getStatus()).isEqualTo(409);

		// a moderator finds the reports unfounded: the comment comes back, and leaves the queue
		MvcResult dismissed = mvc.perform(post("/ressources/signalements/" + commentId + "/classer")
			.with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn();
		assertThat(dismissed.getResponse().getRedirectedUrl()).isEqualTo("/ressources/signalements");
		assertThat(dismissed.getFlashMap().get("notice")).isEqualTo("community.notice.dismissed");
		assertThat(hiddenAt(commentId)).isNull();
		assertThat(openReports(commentId)).isZero();
		assertThat(page(Persona.ADMIN, "/ressources/signalements")).doesNotContain("id=\"signalement-" + commentId + "\"");
		assertThat(mvc.perform(post("/ressources/signalements/" + commentId + "/classer")
			.with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);

		// once the moderators kept it, new reports reach the queue without hiding it again
		assertThat(mvc.perform(report(Persona.AGENT, id, commentId, "Toujours déplacé")).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(mvc.perform(report(Persona.ADMIN_2, id, commentId, "À revoir")).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/signalement")
			.param("reason", "Vraiment").with(user(newTeacher("Troisième voix"))).with(csrf())).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(openReports(commentId)).isEqualTo(3);
		assertThat(hiddenAt(commentId)).isNull();
		assertThat(page(Persona.ADMIN, "/ressources/signalements")).contains("id=\"signalement-" + commentId + "\"");
	}

	@Test
	void moderatorsHideWithAReasonEveryoneReadsAndRestore() throws Exception {
		long id = published("La Révolution belge");
		UserDetails author = newTeacher("Noa Franc");
		long commentId = commentId(mvc.perform(comment(author, id, "COMMENT", "Un avis _très_ tranché.")).andReturn()
			.getResponse());
		mvc.perform(report(Persona.HEAD, id, commentId, "Hors sujet"));

		// others may not hide, restore, dismiss or see the queue
		for (Persona persona : new Persona[] { Persona.TEACHER, Persona.HEAD, Persona.REFERENT, Persona.CTP,
				Persona.AGENT }) {
			assertThat(mvc.perform(hide(persona, id, commentId, "Non")).andReturn().getResponse().getStatus())
				.as(persona.name()).isEqualTo(403);
			assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/retablir")
				.with(user(personas.user(persona))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
			assertThat(mvc.perform(post("/ressources/signalements/" + commentId + "/classer")
				.with(user(personas.user(persona))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
			assertThat(mvc.perform(get("/ressources/signalements").with(user(personas.user(persona)))).andReturn()
				.getResponse().getStatus()).isEqualTo(403);
		}
		assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/masquer")
			.param("reason", "Non").with(csrf())).andReturn().getResponse().getRedirectedUrl()).contains("/connexion");
		assertThat(hiddenAt(commentId)).isNull();

		assertThat(status(Persona.TEACHER, "/ressources/" + id + "/commentaires/" + commentId + "/masquer"))
			.isEqualTo(403);
		String form = page(Persona.ADMIN, "/ressources/" + id + "/commentaires/" + commentId + "/masquer?retour=signalements");
		assertThat(form).contains("Masquer un commentaire").contains("<em>très</em>")
			.contains("name=\"retour\" value=\"signalements\"").contains("Revenir aux signalements");
		// a reason is required
		MockHttpServletResponse noReason = mvc.perform(hide(Persona.ADMIN, id, commentId, "")).andReturn()
			.getResponse();
		assertThat(noReason.getStatus()).isEqualTo(422);
		assertThat(noReason.getContentAsString()).contains("Le commentaire n&#39;a pas été masqué")
			.contains("Indiquez la raison.");
		assertThat(hiddenAt(commentId)).isNull();

		MvcResult hidden = mvc.perform(hide(Persona.ADMIN, id, commentId, "Propos <b>hors sujet</b>")).andReturn();
		assertThat(hidden.getResponse().getRedirectedUrl()).isEqualTo("/ressources/" + id + "#commentaire-" + commentId);
		assertThat(hidden.getFlashMap().get("notice")).isEqualTo("community.notice.hidden");
		assertThat(openReports(commentId)).as("the report is handled by the decision").isZero();
		String visitor = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(visitor).contains("Commentaire masqué par la modération : Propos &lt;b&gt;hors sujet&lt;/b&gt;")
			.doesNotContain("<em>très</em>");
		assertThat(page(Persona.TEACHER, "/ressources/" + id)).doesNotContain("<em>très</em>");
		// the text is kept for the moderators
		assertThat(page(Persona.ADMIN_2, "/ressources/" + id)).contains("<em>très</em>")
			.contains("/commentaires/" + commentId + "/retablir");
		assertThat(mvc.perform(hide(Persona.ADMIN, id, commentId, "Encore")).andReturn().getResponse().getStatus())
			.isEqualTo(409);

		// from the queue, back to the queue
		MvcResult restored = mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/retablir")
			.param("retour", "signalements").with(user(personas.user(Persona.ADMIN_2))).with(csrf())).andReturn();
		assertThat(restored.getResponse().getRedirectedUrl()).isEqualTo("/ressources/signalements");
		assertThat(restored.getFlashMap().get("notice")).isEqualTo("community.notice.restored");
		assertThat(hiddenAt(commentId)).isNull();
		assertThat(mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString())
			.contains("<em>très</em>").doesNotContain("Commentaire masqué par la modération");
		assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/retablir")
			.with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);
		// unknown comments do not exist
		assertThat(mvc.perform(hide(Persona.ADMIN, id, 999_999_999L, "Raison")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(post("/ressources/signalements/999999999/classer")
			.with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void authorsDeleteTheirOwnCommentsButNotOthers() throws Exception {
		long id = published("Les nombres premiers");
		UserDetails author = newTeacher("Eden Auteur");
		UserDetails other = newTeacher("Jo Voisin");
		long commentId = commentId(mvc.perform(comment(author, id, "COMMENT", "Mon *premier* avis.")).andReturn()
			.getResponse());

		assertThat(mvc.perform(get("/ressources/" + id + "/commentaires/" + commentId + "/supprimer").with(user(other)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		String confirm = mvc.perform(get("/ressources/" + id + "/commentaires/" + commentId + "/supprimer")
			.with(user(author))).andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains("Supprimer votre commentaire").contains("<em>premier</em>")
			.contains("Supprimer mon commentaire");
		MockHttpServletResponse notYours = mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId
				+ "/supprimer").with(user(other)).with(csrf())).andReturn().getResponse();
		assertThat(notYours.getStatus()).isEqualTo(403);
		assertThat(notYours.getContentAsString()).contains("Vous ne pouvez supprimer que vos propres commentaires.");
		// not even a moderator deletes it (they hide it, with a reason)
		assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/supprimer")
			.with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(hiddenAt(commentId)).isNull();

		MvcResult deleted = mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/supprimer")
			.with(user(author)).with(csrf())).andReturn();
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/ressources/" + id + "#commentaire-" + commentId);
		assertThat(deleted.getFlashMap().get("notice")).isEqualTo("community.notice.deleted");
		assertThat(hiddenAt(commentId)).isNotNull();
		String visitor = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(visitor).contains("Commentaire supprimé par son auteur ou son autrice.")
			.doesNotContain("<em>premier</em>");
		// kept for the moderators, who do not publish again what its author took back
		assertThat(page(Persona.ADMIN, "/ressources/" + id)).contains("<em>premier</em>");
		assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/retablir")
			.with(user(personas.user(Persona.ADMIN))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);
		assertThat(mvc.perform(post("/ressources/" + id + "/commentaires/" + commentId + "/supprimer")
			.with(user(author)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);
		assertThat(comments(id)).isEqualTo(1);
	}

	@Test
	void longDiscussionsArePagedNewestFirst() throws Exception {
		long id = published("Le théorème de Pythagore");
		long oldest = 0;
		for (int i = 1; i <= 25; i++) {
			UserDetails author = authors[(i - 1) / Community.RATE_LIMIT];
			if (author == null) {
				author = newTeacher("Participant " + i);
				authors[(i - 1) / Community.RATE_LIMIT] = author;
			}
			long commentId = commentId(mvc.perform(comment(author, id, "COMMENT", "Message numéro " + i + "."))
				.andReturn().getResponse());
			if (i == 1) {
				oldest = commentId;
			}
		}
		String first = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(first).contains("25 commentaires").contains("Message numéro 25.").contains("Message numéro 6.")
			.doesNotContain("Message numéro 5.").contains("commentaires=2#commentaires")
			.contains("Commentaires plus anciens");
		assertThat(first.indexOf("Message numéro 25.")).isLessThan(first.indexOf("Message numéro 24."));
		String second = mvc.perform(get("/ressources/" + id).param("commentaires", "2")).andReturn().getResponse()
			.getContentAsString();
		assertThat(second).contains("Message numéro 5.").contains("Message numéro 1.").doesNotContain("Message numéro 6.")
			.contains("Commentaires plus récents");
		// past the end: the last page
		assertThat(mvc.perform(get("/ressources/" + id).param("commentaires", "99")).andReturn().getResponse()
			.getContentAsString()).contains("Message numéro 1.");
		// an action on an old comment comes back to its page
		assertThat(mvc.perform(report(Persona.HEAD, id, oldest, "Vieux message")).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/ressources/" + id + "?commentaires=2#commentaire-" + oldest);
	}

	private final UserDetails[] authors = new UserDetails[3];

	private long published(String title) {
		return samples.published(Persona.REFERENT, ResourceSamples.content(title, "Un résumé."));
	}

	/** A new teacher's account, signed in: nobody else's comments count against their rate limit. */
	private UserDetails newTeacher(String name) {
		Person person = accounts.create("commentaires-" + UUID.randomUUID() + "@test.numedu.example", name,
				Personas.PASSWORD, Role.ENSEIGNANT, 5839, null, false);
		return accounts.principal(person.getId());
	}

	private MockHttpServletRequestBuilder comment(UserDetails who, long id, String kind, String body) {
		MockHttpServletRequestBuilder request = post("/ressources/" + id + "/commentaires").with(user(who))
			.with(csrf());
		if (kind != null) {
			request.param("kind", kind);
		}
		if (body != null) {
			request.param("body", body);
		}
		return request;
	}

	private MockHttpServletRequestBuilder report(Persona who, long id, long commentId, String reason) {
		return post("/ressources/" + id + "/commentaires/" + commentId + "/signalement").param("reason", reason)
			.with(user(personas.user(who))).with(csrf());
	}

	private MockHttpServletRequestBuilder hide(Persona who, long id, long commentId, String reason) {
		return post("/ressources/" + id + "/commentaires/" + commentId + "/masquer").param("reason", reason)
			.with(user(personas.user(who))).with(csrf());
	}

	private String page(Persona who, String path) throws Exception {
		return mvc.perform(get(path).with(user(personas.user(who)))).andReturn().getResponse().getContentAsString();
	}

	private int status(Persona who, String path) throws Exception {
		return mvc.perform(get(path).with(user(personas.user(who)))).andReturn().getResponse().getStatus();
	}

	private static long commentId(MockHttpServletResponse response) {
		assertThat(response.getStatus()).as("status").isEqualTo(302);
		Matcher matcher = COMMENT_ID.matcher(response.getRedirectedUrl());
		assertThat(matcher.find()).as(response.getRedirectedUrl()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private long comments(long resourceId) {
		return jdbc.queryForObject("select count(*) from resource_comment where resource_id = ?", Long.class,
				resourceId);
	}

	private long reports(long commentId) {
		return jdbc.queryForObject("select count(*) from comment_report where comment_id = ?", Long.class, commentId);
	}

	private long openReports(long commentId) {
		return jdbc.queryForObject("select count(*) from comment_report where comment_id = ? and handled_at is null",
				Long.class, commentId);
	}

	private Object hiddenAt(long commentId) {
		return jdbc.queryForObject("select hidden_at from resource_comment where id = ?", Object.class, commentId);
	}
}
