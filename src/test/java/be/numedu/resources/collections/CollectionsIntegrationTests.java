package be.numedu.resources.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.numedu.resources.catalogue.Workflow;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Collections through the real security, catalogue and database: making one, adding published resources from their
 * page, reordering, notes, who sees a private or a public collection, who may change it, stale pages, hostile text,
 * withdrawn resources and deletion. Every refusal says why in French and leaves the stored collections as they were.
 */
@NumeduTest
class CollectionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	ResourceSamples samples;

	@Autowired
	Collections collections;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePlatformTeamsSelectionsComeFirstAndOnlyItMakesThem() throws Exception {
		long resource = published("Le cycle de l'eau en images");
		long teachers = collections.create(samples.person(Persona.TEACHER), "L'eau en P3", null, Visibility.PUBLIC,
				resource);
		MockHttpServletResponse created = perform(Persona.ADMIN, post("/collections/nouvelle")
			.param("title", "Sélection : l'eau").param("visibility", "PLATFORM").param("resource", "" + resource));
		assertThat(created.getStatus()).isEqualTo(302);
		long selection = Long.parseLong(created.getRedirectedUrl().replace("/collections/", ""));
		// the teacher's collection changes later, yet the platform's selection stays first
		collections.edit(teachers, version(teachers), samples.person(Persona.TEACHER), "L'eau en P3 et P4", null,
				Visibility.PUBLIC);

		String list = mvc.perform(get("/collections")).andReturn().getResponse().getContentAsString();
		assertThat(list.indexOf("Sélection : l&#39;eau")).isPositive().isLessThan(list.indexOf("L&#39;eau en P3 et P4"));
		assertThat(list).contains("sélection de la plateforme");
		String page = mvc.perform(get("/ressources/" + resource)).andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("Sélection : l&#39;eau")).isPositive().isLessThan(page.indexOf("L&#39;eau en P3 et P4"));
		// the administrator's own selections are named as such where they may add the resource
		collections.create(samples.person(Persona.ADMIN), "Sélection à compléter", null, Visibility.PLATFORM, null);
		assertThat(page(Persona.ADMIN, "/ressources/" + resource)).containsPattern(
				"« Sélection à compléter »</span>\\s*<span class=\"tag tag--ok\">sélection de la plateforme</span>");
		// the administrator's form offers it; a teacher's does not, and a forged choice is refused in French
		assertThat(page(Persona.ADMIN, "/collections/nouvelle")).contains("value=\"PLATFORM\"");
		assertThat(page(Persona.TEACHER, "/collections/nouvelle")).doesNotContain("value=\"PLATFORM\"");
		long before = count();
		MockHttpServletResponse forged = perform(Persona.TEACHER, post("/collections/nouvelle")
			.param("title", "Fausse sélection").param("visibility", "PLATFORM"));
		assertThat(forged.getStatus()).isEqualTo(422);
		assertThat(forged.getContentAsString()).contains("Seule l&#39;équipe de la plateforme");
		assertThat(count()).isEqualTo(before);
		MockHttpServletResponse forgedEdit = perform(Persona.TEACHER, post("/collections/" + teachers + "/modifier")
			.param("title", "L'eau").param("visibility", "PLATFORM").param("version", "" + version(teachers)));
		assertThat(forgedEdit.getStatus()).isEqualTo(422);
		assertThat(jdbc.queryForObject("select platform_selection from resource_collection where id = ?",
				Boolean.class, teachers)).isFalse();
		// a selection made private is no longer one
		collections.edit(selection, version(selection), samples.person(Persona.ADMIN), "Sélection : l'eau", null,
				Visibility.PRIVATE);
		assertThat(jdbc.queryForObject("select platform_selection from resource_collection where id = ?",
				Boolean.class, selection)).isFalse();
	}

	@Test
	void aTeacherMakesACollectionAddsResourcesFromTheirPagesReordersAndWritesNotes() throws Exception {
		long first = published("Les fractions en 4e primaire");
		long second = published("Les fractions décimales");
		long third = published("Fractions et partages");
		MockHttpServletResponse created = perform(Persona.TEACHER, post("/collections/nouvelle")
			.param("title", "Séquence sur les fractions").param("description", "Pour la **P4**.")
			.param("visibility", "PUBLIC"));
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().replace("/collections/", ""));

		// the resource's page offers the teacher's collections
		String resourcePage = page(Persona.TEACHER, "/ressources/" + first);
		assertThat(resourcePage).contains("Ajouter à une collection").contains("Séquence sur les fractions")
			.contains("action=\"/collections/" + id + "/ressources\"");
		MockHttpServletResponse added = add(Persona.TEACHER, id, first, "Pour commencer");
		assertThat(added.getStatus()).isEqualTo(302);
		assertThat(added.getRedirectedUrl()).isEqualTo("/ressources/" + first);
		add(Persona.TEACHER, id, second, null);
		add(Persona.TEACHER, id, third, "");
		assertThat(order(id)).containsExactly(first, second, third);
		assertThat(positions(id)).containsExactly(1, 2, 3);
		assertThat(page(Persona.TEACHER, "/ressources/" + first)).contains("Déjà dans");

		// reordering, each from the page as it stands
		assertThat(item(Persona.TEACHER, id, third, "monter").getRedirectedUrl())
			.isEqualTo("/collections/" + id + "#element-" + third);
		assertThat(order(id)).containsExactly(first, third, second);
		item(Persona.TEACHER, id, first, "descendre");
		assertThat(order(id)).containsExactly(third, first, second);
		// the first cannot go up: refused, in French, nothing changes
		MockHttpServletResponse top = item(Persona.TEACHER, id, third, "monter");
		assertThat(top.getStatus()).isEqualTo(422);
		assertThat(top.getContentAsString()).contains("déjà la première");
		assertThat(order(id)).containsExactly(third, first, second);

		// removing keeps positions contiguous
		item(Persona.TEACHER, id, third, "retirer");
		assertThat(order(id)).containsExactly(first, second);
		assertThat(positions(id)).containsExactly(1, 2);

		// notes: written, changed, cleared
		assertThat(note(Persona.TEACHER, id, second, "À faire en groupe.").getStatus()).isEqualTo(302);
		assertThat(noteOf(id, second)).isEqualTo("À faire en groupe.");
		note(Persona.TEACHER, id, first, "   ");
		assertThat(noteOf(id, first)).isNull();
		MockHttpServletResponse tooLong = note(Persona.TEACHER, id, first, "x".repeat(1001));
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(tooLong.getContentAsString()).contains("dépasse 1").contains("x".repeat(1001));
		assertThat(noteOf(id, first)).isNull();

		// the public page shows them in order, with the description as Markdown and the notes
		String shown = mvc.perform(get("/collections/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("<strong>P4</strong>").contains("À faire en groupe.");
		assertThat(shown.indexOf("Les fractions en 4e primaire")).isLessThan(shown.indexOf("Les fractions décimales"));
		assertThat(shown).doesNotContain("Fractions et partages").doesNotContain("Monter");
		// the public list and the resource's page name it, for anyone
		assertThat(mvc.perform(get("/collections")).andReturn().getResponse().getContentAsString())
			.contains("Séquence sur les fractions");
		assertThat(mvc.perform(get("/ressources/" + second)).andReturn().getResponse().getContentAsString())
			.contains("Dans les collections publiques").contains("Séquence sur les fractions");
	}

	@Test
	void aPrivateCollectionExistsForItsOwnerAlone() throws Exception {
		long resource = published("Le cycle de l'eau");
		long id = collections.create(samples.person(Persona.TEACHER), "Mes idées secrètes", null, Visibility.PRIVATE,
				resource);
		assertThat(status(Persona.TEACHER, get("/collections/" + id))).isEqualTo(200);
		assertThat(mvc.perform(get("/collections/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(status(Persona.HEAD, get("/collections/" + id))).isEqualTo(404);
		assertThat(status(Persona.ADMIN, get("/collections/" + id))).isEqualTo(404);
		assertThat(status(Persona.HEAD, get("/collections/" + id + "/modifier"))).isEqualTo(404);
		long version = version(id);
		assertThat(status(Persona.HEAD, post("/collections/" + id + "/modifier").param("title", "Volée")
			.param("visibility", "PUBLIC").param("version", String.valueOf(version)))).isEqualTo(404);
		assertThat(status(Persona.HEAD, post("/collections/" + id + "/ressources/" + resource + "/retirer")
			.param("version", String.valueOf(version)))).isEqualTo(404);
		assertThat(status(Persona.ADMIN, post("/collections/" + id + "/rendre-privee")
			.param("version", String.valueOf(version)))).isEqualTo(404);
		// listed as the owner's, never among the public ones, nor on the resource's page for others
		assertThat(page(Persona.TEACHER, "/collections")).contains("Mes idées secrètes");
		assertThat(mvc.perform(get("/collections")).andReturn().getResponse().getContentAsString())
			.doesNotContain("Mes idées secrètes");
		assertThat(page(Persona.HEAD, "/ressources/" + resource)).doesNotContain("Mes idées secrètes");
		assertThat(title(id)).isEqualTo("Mes idées secrètes");
		assertThat(version(id)).isEqualTo(version);
	}

	@Test
	void someoneElsesPublicCollectionIsReadNotChanged() throws Exception {
		long resource = published("La photosynthèse");
		long other = published("Les saisons des plantes");
		long id = collections.create(samples.person(Persona.TEACHER), "Sciences en P5", null, Visibility.PUBLIC,
				resource);
		long version = version(id);
		assertThat(status(Persona.HEAD, get("/collections/" + id))).isEqualTo(200);
		MockHttpServletResponse edit = perform(Persona.HEAD, get("/collections/" + id + "/modifier"));
		assertThat(edit.getStatus()).isEqualTo(403);
		assertThat(edit.getContentAsString()).contains("Seule la personne qui a créé cette collection");
		assertThat(status(Persona.HEAD, post("/collections/" + id + "/modifier").param("title", "Volée")
			.param("visibility", "PUBLIC").param("version", String.valueOf(version)))).isEqualTo(403);
		assertThat(add(Persona.HEAD, id, other, null).getStatus()).isEqualTo(403);
		assertThat(status(Persona.HEAD, post("/collections/" + id + "/ressources/" + resource + "/retirer")
			.param("version", String.valueOf(version)))).isEqualTo(403);
		assertThat(status(Persona.HEAD, post("/collections/" + id + "/ressources/" + resource + "/note")
			.param("version", String.valueOf(version)).param("note", "Vandalisme"))).isEqualTo(403);
		assertThat(status(Persona.HEAD, post("/collections/" + id + "/supprimer")
			.param("version", String.valueOf(version)).param("confirmation", "oui"))).isEqualTo(403);
		// nothing changed
		assertThat(title(id)).isEqualTo("Sciences en P5");
		assertThat(order(id)).containsExactly(resource);
		assertThat(noteOf(id, resource)).isNull();
		assertThat(version(id)).isEqualTo(version);

		// only an administrator may make it private (abuse); then nobody but its owner sees it
		assertThat(status(Persona.HEAD, post("/collections/" + id + "/rendre-privee")
			.param("version", String.valueOf(version)))).isEqualTo(403);
		assertThat(page(Persona.ADMIN, "/collections/" + id)).contains("Rendre la collection privée");
		assertThat(perform(Persona.ADMIN, post("/collections/" + id + "/rendre-privee")
			.param("version", String.valueOf(version))).getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/collections/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(page(Persona.TEACHER, "/collections/" + id)).contains("Cette collection est privée");
	}

	@Test
	void aStalePageIsRefusedWithWhatWasTyped() throws Exception {
		long a = published("Géométrie : les angles");
		long b = published("Géométrie : les triangles");
		long id = collections.create(samples.person(Persona.TEACHER), "Géométrie", null, Visibility.PUBLIC, a);
		add(Persona.TEACHER, id, b, null);
		long seen = version(id);
		assertThat(perform(Persona.TEACHER, post("/collections/" + id + "/modifier").param("title", "Géométrie P6")
			.param("visibility", "PUBLIC").param("version", String.valueOf(seen))).getStatus()).isEqualTo(302);

		// a second tab still showing the old page
		MockHttpServletResponse stale = perform(Persona.TEACHER, post("/collections/" + id + "/modifier")
			.param("title", "Mon titre tapé ailleurs").param("description", "Ma description tapée")
			.param("visibility", "PRIVATE").param("version", String.valueOf(seen)));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("La collection a changé").contains("Mon titre tapé ailleurs")
			.contains("Ma description tapée");
		assertThat(title(id)).isEqualTo("Géométrie P6");
		// the refused form now stands on the saved version: sending it again replaces it
		assertThat(stale.getContentAsString()).contains("value=\"" + version(id) + "\"");

		// reordering and notes from an old page are refused too, and change nothing
		MockHttpServletResponse move = perform(Persona.TEACHER, post("/collections/" + id + "/ressources/" + b
				+ "/monter").param("version", String.valueOf(seen)));
		assertThat(move.getStatus()).isEqualTo(409);
		assertThat(order(id)).containsExactly(a, b);
		MockHttpServletResponse note = perform(Persona.TEACHER, post("/collections/" + id + "/ressources/" + b
				+ "/note").param("version", String.valueOf(seen)).param("note", "Ma note tapée"));
		assertThat(note.getStatus()).isEqualTo(409);
		assertThat(note.getContentAsString()).contains("Ma note tapée").contains("La collection a changé");
		assertThat(noteOf(id, b)).isNull();
		// a form without its version is stale as well
		assertThat(status(Persona.TEACHER, post("/collections/" + id + "/ressources/" + b + "/retirer")))
			.isEqualTo(409);
		assertThat(order(id)).containsExactly(a, b);
	}

	@Test
	void twoTabsReorderingAtOnceLeaveContiguousPositions() throws Exception {
		long a = published("Histoire : les Romains");
		long b = published("Histoire : les Gaulois");
		long c = published("Histoire : les Francs");
		var owner = samples.person(Persona.TEACHER);
		long id = collections.create(owner, "Histoire ancienne", null, Visibility.PRIVATE, a);
		collections.add(id, owner, b, null);
		collections.add(id, owner, c, null);
		long seen = version(id);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		// two tabs showing the same state: one moves the last up, the other the first down
		List<Callable<Boolean>> tabs = List.of(
				() -> attempt(start, () -> collections.move(id, seen, owner, c, Positions.Move.UP)),
				() -> attempt(start, () -> collections.move(id, seen, owner, a, Positions.Move.DOWN)));
		List<Future<Boolean>> results = new ArrayList<>();
		tabs.forEach(tab -> results.add(pool.submit(tab)));
		start.countDown();
		int succeeded = 0;
		for (Future<Boolean> result : results) {
			succeeded += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(succeeded).isEqualTo(1);
		assertThat(positions(id)).containsExactly(1, 2, 3);
		assertThat(order(id)).containsExactlyInAnyOrder(a, b, c);
		assertThat(version(id)).isEqualTo(seen + 1);
	}

	@Test
	void hostileTextIsShownAsText() throws Exception {
		long resource = published("Lecture suivie");
		MockHttpServletResponse created = perform(Persona.TEACHER, post("/collections/nouvelle")
			.param("title", "<script>alert(1)</script> Lecture")
			.param("description",
					"**Gras** <img src=x onerror=alert(2)> [lien](javascript:alert(3)) [site](https://example.org)")
			.param("visibility", "PUBLIC"));
		long id = Long.parseLong(created.getRedirectedUrl().replace("/collections/", ""));
		add(Persona.TEACHER, id, resource, "<b onmouseover=alert(4)>note</b>");
		for (String page : List.of(mvc.perform(get("/collections/" + id)).andReturn().getResponse().getContentAsString(),
				page(Persona.TEACHER, "/collections/" + id), page(Persona.TEACHER, "/collections"),
				page(Persona.HEAD, "/ressources/" + resource))) {
			assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Lecture").doesNotContain("<script>alert(1)")
				.doesNotContain("<img src=x").doesNotContain("javascript:").doesNotContain("<b onmouseover");
		}
		String shown = mvc.perform(get("/collections/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("<strong>Gras</strong>").contains("href=\"https://example.org\"")
			.contains("&lt;b onmouseover=alert(4)&gt;note&lt;/b&gt;");
	}

	@Test
	void onlyPublishedResourcesGoIntoACollection() throws Exception {
		long draft = samples.draft(Persona.TEACHER, ResourceSamples.content("Mon brouillon de grammaire", "Un brouillon."));
		long othersDraft = samples.draft(Persona.HEAD, ResourceSamples.content("Le brouillon d'un autre", "Un brouillon."));
		long published = published("La conjugaison au présent");
		long id = collections.create(samples.person(Persona.TEACHER), "Grammaire", null, Visibility.PUBLIC, null);

		MockHttpServletResponse own = add(Persona.TEACHER, id, draft, "Ma note gardée");
		assertThat(own.getStatus()).isEqualTo(422);
		assertThat(own.getContentAsString()).contains("Seules les ressources publiées").contains("Ma note gardée");
		MockHttpServletResponse others = add(Persona.TEACHER, id, othersDraft, null);
		assertThat(others.getStatus()).isEqualTo(422);
		assertThat(others.getContentAsString()).contains("Cette ressource n&#39;existe pas.")
			.doesNotContain("Le brouillon d&#39;un autre");
		assertThat(add(Persona.TEACHER, id, 999_999_999L, null).getStatus()).isEqualTo(422);
		assertThat(status(Persona.TEACHER, post("/collections/" + id + "/ressources").param("ressource", "abc")))
			.isEqualTo(422);
		// a new collection made with a draft is not made
		long before = count();
		assertThat(status(Persona.TEACHER, post("/collections/nouvelle").param("title", "Avec un brouillon")
			.param("visibility", "PRIVATE").param("resource", String.valueOf(draft)))).isEqualTo(422);
		assertThat(count()).isEqualTo(before);
		assertThat(order(id)).isEmpty();
		// a drafts's page offers no collection
		assertThat(page(Persona.TEACHER, "/ressources/" + draft)).doesNotContain("Ajouter à une collection");

		// a published one goes in once; a long note is refused with the note kept
		MockHttpServletResponse noteTooLong = add(Persona.TEACHER, id, published, "y".repeat(1001));
		assertThat(noteTooLong.getStatus()).isEqualTo(422);
		assertThat(noteTooLong.getContentAsString()).contains("y".repeat(1001));
		assertThat(order(id)).isEmpty();
		assertThat(add(Persona.TEACHER, id, published, null).getStatus()).isEqualTo(302);
		MockHttpServletResponse twice = add(Persona.TEACHER, id, published, null);
		assertThat(twice.getStatus()).isEqualTo(409);
		assertThat(twice.getContentAsString()).contains("déjà dans la collection");
		assertThat(order(id)).containsExactly(published);
	}

	@Test
	void aWithdrawnResourceIsShownAsWithdrawnToOthers() throws Exception {
		long kept = published("Les nombres jusqu'à 100");
		long withdrawn = published("Une ressource bientôt retirée");
		long id = collections.create(samples.person(Persona.TEACHER), "Nombres", null, Visibility.PUBLIC, kept);
		add(Persona.TEACHER, id, withdrawn, "Une note sur la ressource retirée");
		samples.move(withdrawn, Persona.ADMIN, Workflow.WITHDRAW, "Droits d'auteur non respectés.");

		String forOthers = mvc.perform(get("/collections/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(forOthers).contains("Ressource retirée").doesNotContain("Une ressource bientôt retirée")
			.doesNotContain("Une note sur la ressource retirée").doesNotContain("/ressources/" + withdrawn + "\"")
			.contains("/ressources/" + kept);
		assertThat(page(Persona.HEAD, "/collections/" + id)).doesNotContain("Une ressource bientôt retirée");
		// its owner sees which one it was, and may take it out
		String forOwner = page(Persona.TEACHER, "/collections/" + id);
		assertThat(forOwner).contains("Une ressource bientôt retirée").contains("Retirée du catalogue");
		// the public list counts the published ones
		assertThat(mvc.perform(get("/collections")).andReturn().getResponse().getContentAsString()).contains("1 ressource");
		item(Persona.TEACHER, id, withdrawn, "retirer");
		assertThat(order(id)).containsExactly(kept);
	}

	@Test
	void refusedFormsSayWhyInFrenchAndStoreNothing() throws Exception {
		long before = count();
		MockHttpServletResponse empty = perform(Persona.TEACHER, post("/collections/nouvelle"));
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(empty.getContentAsString()).contains("Ce champ est obligatoire.")
			.contains("Choisissez si la collection est privée ou publique.");
		MockHttpServletResponse tooLong = perform(Persona.TEACHER, post("/collections/nouvelle")
			.param("title", "t".repeat(201)).param("description", "d".repeat(2001)).param("visibility", "SECRETE"));
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(tooLong.getContentAsString()).contains("Ce texte dépasse 200 caractères.")
			.contains("Ce texte dépasse 2").contains("d".repeat(2001));
		assertThat(count()).isEqualTo(before);
		// the form of a visitor goes to sign-in
		assertThat(mvc.perform(post("/collections/nouvelle").with(csrf()).param("title", "x")).andReturn()
			.getResponse().getRedirectedUrl()).contains("/connexion");
		assertThat(count()).isEqualTo(before);
		// an address that is not a collection's
		assertThat(status(Persona.TEACHER, get("/collections/abc"))).isEqualTo(404);
		assertThat(mvc.perform(get("/collections/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aDeletedCollectionIsGone() throws Exception {
		long resource = published("L'alimentation équilibrée");
		long id = collections.create(samples.person(Persona.TEACHER), "Santé", "À supprimer", Visibility.PUBLIC,
				resource);
		long version = version(id);
		MockHttpServletResponse unconfirmed = perform(Persona.TEACHER, post("/collections/" + id + "/supprimer")
			.param("version", String.valueOf(version)));
		assertThat(unconfirmed.getStatus()).isEqualTo(422);
		assertThat(unconfirmed.getContentAsString()).contains("Cochez la case");
		assertThat(status(Persona.TEACHER, post("/collections/" + id + "/supprimer")
			.param("version", String.valueOf(version - 1)).param("confirmation", "oui"))).isEqualTo(409);
		assertThat(count(id)).isEqualTo(1);

		MockHttpServletResponse deleted = perform(Persona.TEACHER, post("/collections/" + id + "/supprimer")
			.param("version", String.valueOf(version)).param("confirmation", "oui"));
		assertThat(deleted.getStatus()).isEqualTo(302);
		assertThat(deleted.getRedirectedUrl()).isEqualTo("/collections");
		assertThat(count(id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from collection_item where collection_id = ?", Long.class, id))
			.isZero();
		assertThat(status(Persona.TEACHER, get("/collections/" + id))).isEqualTo(404);
		assertThat(mvc.perform(get("/ressources/" + resource)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Santé");
		// the resource itself stays
		assertThat(samples.resource(resource).getTitle()).isEqualTo("L'alimentation équilibrée");
	}

	private static boolean attempt(CountDownLatch start, Runnable change) throws InterruptedException {
		start.await();
		try {
			change.run();
			return true;
		}
		catch (CollectionRefusal | org.springframework.dao.ConcurrencyFailureException refused) {
			return false;
		}
	}

	private long published(String title) {
		return samples.published(Persona.TEACHER, ResourceSamples.content(title, "Une ressource pour les tests."));
	}

	private MockHttpServletResponse add(Persona who, long collection, long resource, String note) throws Exception {
		MockHttpServletRequestBuilder request = post("/collections/" + collection + "/ressources")
			.param("ressource", String.valueOf(resource));
		if (note != null) {
			request.param("note", note);
		}
		return perform(who, request);
	}

	private MockHttpServletResponse item(Persona who, long collection, long resource, String action) throws Exception {
		return perform(who, post("/collections/" + collection + "/ressources/" + resource + "/" + action)
			.param("version", String.valueOf(version(collection))));
	}

	private MockHttpServletResponse note(Persona who, long collection, long resource, String note) throws Exception {
		return perform(who, post("/collections/" + collection + "/ressources/" + resource + "/note")
			.param("version", String.valueOf(version(collection))).param("note", note));
	}

	private MockHttpServletResponse perform(Persona who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(personas.user(who))).with(csrf())).andReturn().getResponse();
	}

	private int status(Persona who, MockHttpServletRequestBuilder request) throws Exception {
		return perform(who, request).getStatus();
	}

	private String page(Persona who, String path) throws Exception {
		MockHttpServletResponse response = perform(who, get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private List<Long> order(long collection) {
		return jdbc.queryForList("select resource_id from collection_item where collection_id = ? order by position",
				Long.class, collection);
	}

	private List<Integer> positions(long collection) {
		return jdbc.queryForList("select position from collection_item where collection_id = ? order by position",
				Integer.class, collection);
	}

	private String noteOf(long collection, long resource) {
		return jdbc.queryForObject("select note from collection_item where collection_id = ? and resource_id = ?",
				String.class, collection, resource);
	}

	private long version(long collection) {
		return jdbc.queryForObject("select version from resource_collection where id = ?", Long.class, collection);
	}

	private String title(long collection) {
		return jdbc.queryForObject("select title from resource_collection where id = ?", String.class, collection);
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from resource_collection", Long.class);
	}

	private long count(long collection) {
		return jdbc.queryForObject("select count(*) from resource_collection where id = ?", Long.class, collection);
	}
}
