package be.numedu.resources.evaluation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The evaluation grid through its pages, the real security and the database: evaluating and evaluating again, who is
 * refused (the owner, resources not published, resources the person may not see), every kind of bad input (a missing
 * criterion, scores out of range or forged, hostile or oversized text), which gets a French message and stores
 * nothing, a stale form, experts counted apart, the ranking stored on the resource, and the administrators' pages.
 * Resources are imported by the ADMIN persona (their owner); the grid's criteria are read from the grid, whatever
 * other tests added to it.
 */
@NumeduTest
class EvaluationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	People people;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EvaluationGrid grid;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	ISpringTemplateEngine templates;

	@Test
	void aTeacherEvaluatesAndTheResourceIsRanked() throws Exception {
		long id = publish("Les fractions en images");

		String form = page(Persona.TEACHER, "/ressources/" + id + "/evaluation");
		for (Criterion criterion : grid.criteria()) {
			assertThat(form).contains("name=\"scores[" + criterion.getId() + "]\"")
				.contains("id=\"score-" + criterion.getId() + "-NA\"")
				.contains("name=\"comments[" + criterion.getId() + "]\"")
				.contains(criterion.getLabel().replace("'", "&#39;"));
			assertThat(form).contains("id=\"score-" + criterion.getId() + "-" + criterion.getScaleMax() + "\"")
				.doesNotContain("id=\"score-" + criterion.getId() + "-" + (criterion.getScaleMax() + 1) + "\"");
		}
		assertThat(form).contains("Évaluer « Les fractions en images »").contains("name=\"_csrf\"");

		Map<String, String> answers = answers("3");
		Criterion first = grid.criteria().get(0);
		answers.put("comments[" + first.getId() + "]", "Utilisable telle quelle en P3.");
		answers.put("comment", "Une bonne base pour introduire les fractions.");
		MockHttpServletResponse saved = send(Persona.TEACHER, id, answers);
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/ressources/" + id);

		assertThat(count("select count(*) from evaluation where resource_id = ?", id)).isEqualTo(1);
		assertThat(count("select count(*) from evaluation_score s join evaluation e on e.id = s.evaluation_id "
				+ "where e.resource_id = ? and s.score = 3", id)).isEqualTo(grid.criteria().size());
		assertThat(jdbc.queryForObject("select expert from evaluation where resource_id = ?", Boolean.class, id))
			.isFalse();

		// the ranking: one evaluation at 3 on 4 everywhere (2/3 of the way), shrunk towards 0.5 by 3 evaluations
		Resource ranked = catalogue.find(id).orElseThrow();
		assertThat(ranked.getEvaluationCount()).isEqualTo(1);
		assertThat(ranked.getRanking()).isCloseTo((1.5 + 2.0 / 3) / 4, within(1e-9));

		// the form comes back filled in with the evaluation
		String again = page(Persona.TEACHER, "/ressources/" + id + "/evaluation");
		assertThat(again).containsPattern("id=\"score-" + first.getId() + "-3\" value=\"3\"\\s+checked")
			.contains("Utilisable telle quelle en P3.")
			.contains("Une bonne base pour introduire les fractions.")
			.contains("name=\"version\" value=\"0\"")
			.contains("Vous avez évalué cette ressource le");

		// and the summary says it, on the resource's page too
		EvaluationSummary summary = grid.summary(id);
		assertThat(summary.evaluations()).isEqualTo(1);
		assertThat(summary.communityEvaluations()).isEqualTo(1);
		assertThat(summary.criteria().get(0).community().average()).isEqualTo(3.0);
		assertThat(summary.community().enough()).isFalse();
		String resourcePage = page(Persona.HEAD, "/ressources/" + id);
		assertThat(resourcePage).contains("id=\"evaluations\"").contains("1 évaluation : 1 de la communauté")
			.contains("Une bonne base pour introduire les fractions.").contains("3,0 sur 4")
			.contains("Évaluer cette ressource");
	}

	@Test
	void evaluatingAgainReplacesTheEvaluation() throws Exception {
		long id = publish("Le cycle de l'eau");
		assertThat(send(Persona.TEACHER, id, answers("2")).getStatus()).isEqualTo(302);
		long evaluationId = jdbc.queryForObject("select id from evaluation where resource_id = ?", Long.class, id);

		Map<String, String> changed = answers("4");
		changed.put("version", "0");
		changed.put("comment", "Revue après usage en classe.");
		assertThat(send(Persona.TEACHER, id, changed).getStatus()).isEqualTo(302);

		assertThat(count("select count(*) from evaluation where resource_id = ?", id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select id from evaluation where resource_id = ?", Long.class, id))
			.isEqualTo(evaluationId);
		assertThat(jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluationId))
			.isEqualTo(1);
		assertThat(count("select count(*) from evaluation_score where evaluation_id = ? and score = 4", evaluationId))
			.isEqualTo(grid.criteria().size());
		assertThat(count("select count(*) from evaluation_score where evaluation_id = ?", evaluationId))
			.isEqualTo(grid.criteria().size());
		Resource ranked = catalogue.find(id).orElseThrow();
		assertThat(ranked.getEvaluationCount()).isEqualTo(1);
		assertThat(ranked.getRanking()).isCloseTo(0.625, within(1e-9));
		EvaluationSummary.Review review = grid.summary(id).reviews().get(0);
		assertThat(review.edited()).isTrue();
		assertThat(review.comment()).isEqualTo("Revue après usage en classe.");

		// the service keeps one evaluation per person even when called without a version
		grid.evaluate(id, view(Persona.TEACHER), scores(3), Map.of(), null);
		assertThat(count("select count(*) from evaluation where resource_id = ?", id)).isEqualTo(1);
	}

	@Test
	void theOwnerIsRefusedWithAPageThatSaysWhy() throws Exception {
		long id = publish("Ma propre ressource");

		MockHttpServletResponse form = response(Persona.ADMIN, get("/ressources/" + id + "/evaluation"));
		assertThat(form.getStatus()).isEqualTo(403);
		assertThat(text(form)).contains("vous ne pouvez pas l'évaluer vous-même").doesNotContain("name=\"scores[");

		MockHttpServletResponse post = send(Persona.ADMIN, id, answers("4"));
		assertThat(post.getStatus()).isEqualTo(403);
		assertThat(text(post)).contains("vous ne pouvez pas l'évaluer vous-même");
		assertThat(count("select count(*) from evaluation where resource_id = ?", id)).isZero();
		assertThatThrownBy(() -> grid.evaluate(id, view(Persona.ADMIN), scores(4), Map.of(), null))
			.isInstanceOfSatisfying(EvaluationRefusal.class,
					r -> assertThat(r.kind()).isEqualTo(EvaluationRefusal.Kind.FORBIDDEN));

		// the summary on the resource's page does not offer the owner to evaluate
		assertThat(page(Persona.ADMIN, "/ressources/" + id)).contains("Vous ne pouvez pas évaluer votre propre ressource")
			.doesNotContain("Évaluer cette ressource");
	}

	@Test
	void resourcesNotPublishedAreRefusedAndHiddenOnesDoNotExist() throws Exception {
		// a teacher's draft: moderators see it but may not evaluate it; others do not see it at all
		long draft = catalogue.create(view(Persona.TEACHER), content("Brouillon d'une séquence"), List.of());
		MockHttpServletResponse moderator = response(Persona.ADMIN, get("/ressources/" + draft + "/evaluation"));
		assertThat(moderator.getStatus()).isEqualTo(409);
		assertThat(text(moderator)).contains("Seules les ressources publiées au catalogue peuvent être évaluées");
		assertThat(status(Persona.HEAD, "/ressources/" + draft + "/evaluation")).isEqualTo(404);
		assertThat(send(Persona.HEAD, draft, answers("3")).getStatus()).isEqualTo(404);
		assertThat(send(Persona.ADMIN, draft, answers("3")).getStatus()).isEqualTo(409);

		// a withdrawn resource: the same
		long withdrawn = publish("Une ressource retirée");
		Resource resource = catalogue.find(withdrawn).orElseThrow();
		catalogue.move(withdrawn, resource.getVersion(), view(Persona.ADMIN), Workflow.WITHDRAW, "Lien mort.", null);
		assertThat(status(Persona.TEACHER, "/ressources/" + withdrawn + "/evaluation")).isEqualTo(404);
		MockHttpServletResponse post = send(Persona.ADMIN_2, withdrawn, answers("3"));
		assertThat(post.getStatus()).isEqualTo(409);
		assertThat(text(post)).contains("ne l'est pas (ou plus)");
		assertThatThrownBy(() -> grid.evaluate(withdrawn, view(Persona.ADMIN_2), scores(3), Map.of(), null))
			.isInstanceOfSatisfying(EvaluationRefusal.class,
					r -> assertThat(r.kind()).isEqualTo(EvaluationRefusal.Kind.NOT_OPEN));

		// no such resource, and a forged address
		assertThat(status(Persona.TEACHER, "/ressources/999999999/evaluation")).isEqualTo(404);
		assertThat(status(Persona.TEACHER, "/ressources/abc/evaluation")).isEqualTo(404);
		assertThat(count("select count(*) from evaluation where resource_id in (?, ?)", draft, withdrawn)).isZero();
	}

	@Test
	void aMissingCriterionIsRefusedAndNothingIsStored() throws Exception {
		long id = publish("Les volcans");
		List<Criterion> criteria = grid.criteria();
		Criterion missing = criteria.get(criteria.size() - 1);
		Map<String, String> answers = answers("3");
		answers.remove("scores[" + missing.getId() + "]");
		answers.put("comments[" + missing.getId() + "]", "Commentaire gardé");
		answers.put("comment", "Commentaire général gardé");
		long scoresBefore = count("select count(*) from evaluation_score");

		MockHttpServletResponse refused = send(Persona.TEACHER, id, answers);

		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(text(refused)).contains("error-summary")
			.contains("Choisissez une note pour « " + missing.getLabel() + " », ou « Non applicable ».")
			.contains("href=\"#score-" + missing.getId() + "\"")
			.contains("Commentaire gardé").contains("Commentaire général gardé")
			// what was chosen elsewhere stays chosen
			.containsPattern("id=\"score-" + criteria.get(0).getId() + "-3\" value=\"3\"\\s+checked");
		assertThat(count("select count(*) from evaluation where resource_id = ?", id)).isZero();
		assertThat(count("select count(*) from evaluation_score")).isEqualTo(scoresBefore);
		assertThat(catalogue.find(id).orElseThrow().getEvaluationCount()).isZero();

		// "not applicable" is an answer
		answers.put("scores[" + missing.getId() + "]", "NA");
		assertThat(send(Persona.TEACHER, id, answers).getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select s.score from evaluation_score s join evaluation e on e.id = "
				+ "s.evaluation_id where e.resource_id = ? and s.criterion_id = ?", Integer.class, id, missing.getId()))
			.isNull();
		assertThat(grid.summary(id).criteria().get(criteria.size() - 1).community().notApplicable()).isEqualTo(1);
	}

	@Test
	void scoresOutOfRangeOrForgedAreRefusedAndNothingIsStored() throws Exception {
		long id = publish("La photosynthèse");
		Criterion first = grid.criteria().get(0);
		String field = "scores[" + first.getId() + "]";
		String outOfRange = "La note de « " + first.getLabel() + " » doit être un nombre de 1 à "
				+ first.getScaleMax();
		for (String forged : List.of(Integer.toString(first.getScaleMax() + 1), "0", "-1", "abc", "3.5",
				"99999999999", "NA; drop table evaluation")) {
			Map<String, String> answers = answers("3");
			answers.put(field, forged);
			MockHttpServletResponse refused = send(Persona.TEACHER, id, answers);
			assertThat(refused.getStatus()).as(forged).isEqualTo(422);
			assertThat(text(refused)).as(forged).contains(outOfRange);
		}
		// a criterion that is not in the grid, by id or by a garbled key
		for (String key : List.of("scores[999999999]", "scores[abc]", "comments[999999999]")) {
			Map<String, String> answers = answers("3");
			answers.put(key, "2");
			MockHttpServletResponse refused = send(Persona.TEACHER, id, answers);
			assertThat(refused.getStatus()).as(key).isEqualTo(422);
			assertThat(text(refused)).as(key).contains("un critère qui n'est pas (ou plus) dans la grille");
		}
		// the service refuses the same when called directly
		Map<Long, Integer> scores = scores(3);
		scores.put(first.getId(), first.getScaleMax() + 1);
		assertThatThrownBy(() -> grid.evaluate(id, view(Persona.TEACHER), scores, Map.of(), null))
			.isInstanceOfSatisfying(EvaluationRefusal.class, r -> {
				assertThat(r.kind()).isEqualTo(EvaluationRefusal.Kind.INVALID);
				assertThat(r.problems()).extracting(EvaluationRefusal.Problem::criterionId).containsExactly(first.getId());
			});
		assertThat(count("select count(*) from evaluation where resource_id = ?", id)).isZero();
	}

	@Test
	void hostileTextIsStoredAsTypedAndShownEscaped() throws Exception {
		long id = publish("Les circuits électriques");
		String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		Criterion first = grid.criteria().get(0);
		Map<String, String> answers = answers("4");
		answers.put("comments[" + first.getId() + "]", hostile);
		answers.put("comment", hostile + "\r\nDeuxième ligne");
		assertThat(send(Persona.TEACHER, id, answers).getStatus()).isEqualTo(302);

		assertThat(jdbc.queryForObject("select comment from evaluation where resource_id = ?", String.class, id))
			.isEqualTo(hostile + "\nDeuxième ligne");
		assertThat(jdbc.queryForObject("select s.comment from evaluation_score s join evaluation e on e.id = "
				+ "s.evaluation_id where e.resource_id = ? and s.criterion_id = ?", String.class, id, first.getId()))
			.isEqualTo(hostile);

		String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";
		String form = page(Persona.TEACHER, "/ressources/" + id + "/evaluation");
		assertThat(form).doesNotContain("<script>alert").doesNotContain("<img src=x").contains(escaped);
		String summary = render(grid.summary(id, view(Persona.HEAD)));
		assertThat(summary).doesNotContain("<script>alert").doesNotContain("<img src=x").contains(escaped)
			.contains("Deuxième ligne");
		assertThat(page(Persona.HEAD, "/ressources/" + id)).doesNotContain("<script>alert").contains(escaped);

		// control characters and oversized comments are refused, in French, and change nothing
		long version = jdbc.queryForObject("select version from evaluation where resource_id = ?", Long.class, id);
		Map<String, String> control = answers("1");
		control.put("version", Long.toString(version));
		control.put("comments[" + first.getId() + "]", "Texte\u0007 avec une sonnerie");
		MockHttpServletResponse bell = send(Persona.TEACHER, id, control);
		assertThat(bell.getStatus()).isEqualTo(422);
		assertThat(text(bell)).contains("contient des caractères de contrôle");
		Map<String, String> bidi = answers("1");
		bidi.put("version", Long.toString(version));
		bidi.put("comment", "Texte \u202Eesrevni");
		assertThat(send(Persona.TEACHER, id, bidi).getStatus()).isEqualTo(422);
		Map<String, String> tooLong = answers("1");
		tooLong.put("version", Long.toString(version));
		tooLong.put("comments[" + first.getId() + "]", "a".repeat(EvaluationGrid.MAX_COMMENT + 1));
		MockHttpServletResponse longer = send(Persona.TEACHER, id, tooLong);
		assertThat(longer.getStatus()).isEqualTo(422);
		// 2 000 written the French way
		assertThat(text(longer)).containsPattern("dépasse 2.000 caractères");
		// exactly the limit is accepted (line breaks sent as CR LF count once)
		Map<String, String> limit = answers("4");
		limit.put("version", Long.toString(version));
		limit.put("comments[" + first.getId() + "]", "a".repeat(EvaluationGrid.MAX_COMMENT - 3) + "\r\nbc");
		assertThat(send(Persona.TEACHER, id, limit).getStatus()).isEqualTo(302);
		assertThat(count("select count(*) from evaluation_score s join evaluation e on e.id = s.evaluation_id "
				+ "where e.resource_id = ? and s.score = 1", id)).isZero();
	}

	@Test
	void aStaleFormIsRefusedWith409AndKeepsWhatWasTyped() throws Exception {
		long id = publish("La Révolution belge");
		// two tabs show the empty form; the first one saves
		assertThat(send(Persona.TEACHER, id, answers("2")).getStatus()).isEqualTo(302);

		// the second, still without a version, would overwrite it unknowingly
		Map<String, String> second = answers("4");
		second.put("comment", "Écrit dans le second onglet");
		MockHttpServletResponse stale = send(Persona.TEACHER, id, second);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(text(stale)).contains("Vous avez déjà enregistré une évaluation de cette ressource ailleurs")
			.contains("Écrit dans le second onglet")
			// sending the page again now replaces the saved evaluation
			.contains("name=\"version\" value=\"0\"");
		assertThat(count("select count(*) from evaluation_score s join evaluation e on e.id = s.evaluation_id "
				+ "where e.resource_id = ? and s.score = 4", id)).isZero();

		second.put("version", "0");
		assertThat(send(Persona.TEACHER, id, second).getStatus()).isEqualTo(302);
		// a page that showed version 0 once version 1 is saved
		Map<String, String> third = answers("1");
		third.put("version", "0");
		MockHttpServletResponse older = send(Persona.TEACHER, id, third);
		assertThat(older.getStatus()).isEqualTo(409);
		assertThat(text(older)).contains("Votre évaluation a été modifiée ailleurs")
			.contains("name=\"version\" value=\"1\"");
		// a forged version is stale too
		third.put("version", "abc");
		assertThat(send(Persona.TEACHER, id, third).getStatus()).isEqualTo(409);
		assertThat(count("select count(*) from evaluation_score s join evaluation e on e.id = s.evaluation_id "
				+ "where e.resource_id = ? and s.score = 1", id)).isZero();
		assertThat(count("select count(*) from evaluation where resource_id = ?", id)).isEqualTo(1);
	}

	@Test
	void twoTabsSavingAtOnceMakeOneEvaluation() throws Exception {
		long id = publish("Les nombres décimaux");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> tab = () -> {
				start.await();
				return send(Persona.REFERENT, id, answers("3")).getStatus();
			};
			Future<Integer> a = pool.submit(tab);
			Future<Integer> b = pool.submit(tab);
			start.countDown();
			// one saves, the other is told the evaluation was made meanwhile (or, having waited for the first,
			// sees it and is refused as stale): never a second row, never an error
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(302, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("select count(*) from evaluation where resource_id = ?", id)).isEqualTo(1);
	}

	@Test
	void expertEvaluationsAreCountedApartAndWeighDoubleInTheRanking() throws Exception {
		long id = publish("Le corps humain");
		PersonView referent = view(Persona.REFERENT);
		MockHttpServletResponse designated = response(Persona.ADMIN,
				post("/ressources/experts").param("email", " " + Persona.REFERENT.email.toUpperCase(Locale.ROOT) + " "));
		assertThat(designated.getStatus()).as(designated.getContentAsString()).isEqualTo(302);
		try {
			assertThat(grid.isExpert(referent.id())).isTrue();
			assertThat(page(Persona.ADMIN, "/ressources/experts")).contains(referent.displayName())
				.contains(Persona.REFERENT.email);
			// designating again is refused
			MockHttpServletResponse twice = response(Persona.ADMIN,
					post("/ressources/experts").param("email", Persona.REFERENT.email));
			assertThat(twice.getStatus()).isEqualTo(422);
			assertThat(text(twice)).contains("est déjà désigné·e comme expert·e");

			assertThat(send(Persona.REFERENT, id, answers("4")).getStatus()).isEqualTo(302);
			assertThat(send(Persona.TEACHER, id, answers("2")).getStatus()).isEqualTo(302);
			assertThat(send(Persona.HEAD, id, answers("2")).getStatus()).isEqualTo(302);

			assertThat(jdbc.queryForObject("select expert from evaluation where resource_id = ? and reviewer_id = ?",
					Boolean.class, id, referent.id())).isTrue();
			EvaluationSummary summary = grid.summary(id);
			assertThat(summary.evaluations()).isEqualTo(3);
			assertThat(summary.communityEvaluations()).isEqualTo(2);
			assertThat(summary.expertEvaluations()).isEqualTo(1);
			EvaluationSummary.CriterionSummary first = summary.criteria().get(0);
			assertThat(first.community().scored()).isEqualTo(2);
			assertThat(first.community().average()).isEqualTo(2.0);
			assertThat(first.community().reading()).isEqualTo(EvaluationSummary.Reading.WEAKNESS);
			assertThat(first.experts().scored()).isEqualTo(1);
			assertThat(first.experts().average()).isEqualTo(4.0);
			assertThat(first.experts().reading()).isEqualTo(EvaluationSummary.Reading.TOO_FEW);
			assertThat(summary.community().weaknesses()).hasSize(grid.criteria().size());
			assertThat(summary.experts().enough()).isFalse();
			assertThat(summary.reviews()).filteredOn(EvaluationSummary.Review::expert).hasSize(1);

			// each criterion's average counts the expert twice: (2 + 2 + 2 × 4) / 4 = 3, i.e. 2/3 of the way;
			// 4 evaluations' worth against the prior's 3
			Resource ranked = catalogue.find(id).orElseThrow();
			assertThat(ranked.getEvaluationCount()).isEqualTo(3);
			assertThat(ranked.getRanking()).isCloseTo((1.5 + 4 * 2.0 / 3) / 7, within(1e-9));

			String shown = render(summary);
			assertThat(shown).contains("3 évaluations : 2 de la communauté, 1 d&#39;experts")
				.contains("Forces et faiblesses selon la communauté")
				.contains("Forces et faiblesses selon les experts")
				.contains("Pas assez d&#39;évaluations pour dégager des forces et des faiblesses")
				.contains("point faible").contains("expert·e");
		}
		finally {
			PersonView admin = view(Persona.ADMIN);
			MockHttpServletResponse revoked = response(Persona.ADMIN,
					post("/ressources/experts/" + referent.id() + "/retrait"));
			assertThat(revoked.getStatus()).isEqualTo(302);
			assertThat(grid.isExpert(referent.id())).isFalse();
			assertThatThrownBy(() -> grid.revoke(referent.id(), admin)).isInstanceOf(EvaluationRefusal.class);
		}
		// the evaluation keeps the standing its reviewer had when making it
		assertThat(grid.summary(id).expertEvaluations()).isEqualTo(1);
		// an unknown address and a forged id are refused in French
		MockHttpServletResponse unknown = response(Persona.ADMIN,
				post("/ressources/experts").param("email", "personne@nulle-part.example"));
		assertThat(unknown.getStatus()).isEqualTo(422);
		assertThat(text(unknown)).contains("Aucun compte ouvert n'a cette adresse.");
		assertThat(response(Persona.ADMIN, post("/ressources/experts/999999999/retrait")).getStatus()).isEqualTo(422);
		assertThatThrownBy(() -> grid.designate(referent.id(), view(Persona.TEACHER)))
			.isInstanceOfSatisfying(EvaluationRefusal.class,
					r -> assertThat(r.kind()).isEqualTo(EvaluationRefusal.Kind.FORBIDDEN));
	}

	@Test
	void fewEnthusiasticEvaluationsRankBelowManyGoodOnes() throws Exception {
		long one = publish("Une seule évaluation enthousiaste");
		long many = publish("Plusieurs bonnes évaluations");
		assertThat(send(Persona.TEACHER, one, answers("4")).getStatus()).isEqualTo(302);
		for (Persona reviewer : List.of(Persona.TEACHER, Persona.HEAD, Persona.CTP, Persona.AGENT, Persona.ADMIN_2)) {
			assertThat(send(reviewer, many, answers("4")).getStatus()).isEqualTo(302);
		}
		assertThat(catalogue.find(many).orElseThrow().getRanking())
			.isGreaterThan(catalogue.find(one).orElseThrow().getRanking());
		assertThat(catalogue.find(many).orElseThrow().getEvaluationCount()).isEqualTo(5);
	}

	@Test
	void theGridAndExpertsPagesAreForAdministrators() throws Exception {
		for (String path : List.of("/ressources/grille", "/ressources/experts")) {
			assertThat(status(Persona.TEACHER, path)).as(path).isEqualTo(403);
			assertThat(status(Persona.CTP, path)).as(path).isEqualTo(403);
			assertThat(response(Persona.TEACHER, post(path)).getStatus()).as(path).isEqualTo(403);
			assertThat(status(Persona.ADMIN, path)).as(path).isEqualTo(200);
			MockHttpServletResponse visitor = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(visitor.getRedirectedUrl()).as(path).contains("/connexion");
		}
		assertThat(response(Persona.TEACHER, post("/ressources/experts/1/retrait")).getStatus()).isEqualTo(403);
		MockHttpServletResponse visitor = mvc.perform(get("/ressources/1/evaluation")).andReturn().getResponse();
		assertThat(visitor.getRedirectedUrl()).contains("/connexion");
		assertThatThrownBy(() -> grid.update(view(Persona.TEACHER), grid.fingerprint(), Map.of()))
			.isInstanceOfSatisfying(EvaluationRefusal.class,
					r -> assertThat(r.kind()).isEqualTo(EvaluationRefusal.Kind.FORBIDDEN));
	}

	@Test
	void administratorsEditTheGridAndAScaleWithScoresCannotChange() throws Exception {
		String page = page(Persona.ADMIN, "/ressources/grille");
		for (Criterion criterion : grid.allCriteria()) {
			assertThat(page).contains("name=\"criteria[" + criterion.getId() + "].label\"");
		}
		String fingerprint = fingerprintOf(page);
		assertThat(fingerprint).isEqualTo(grid.fingerprint());

		// an empty form changes nothing
		assertThat(response(Persona.ADMIN, post("/ressources/grille")).getStatus()).isEqualTo(422);

		// a new criterion, inactive so that the other tests' forms stay as they are
		String code = "ESSAI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		MockHttpServletResponse added = response(Persona.ADMIN, post("/ressources/grille").param("action", "ajouter")
			.param("added.code", code).param("added.label", "Critère d'essai").param("added.scaleMax", "5")
			.param("added.weight", "1"));
		assertThat(added.getStatus()).as(text(added)).isEqualTo(302);
		Criterion trial = grid.allCriteria().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
		assertThat(trial.isActive()).isFalse();
		assertThat(trial.getScaleMax()).isEqualTo(5);
		assertThat(grid.criteria()).doesNotContain(trial);
		// its code is taken now, and codes are checked
		for (String[] bad : List.of(new String[] { code, "est déjà celui d'un critère" },
				new String[] { "minuscules", "lettres majuscules" }, new String[] { "", "Ce champ est obligatoire" })) {
			MockHttpServletResponse refused = response(Persona.ADMIN, post("/ressources/grille")
				.param("action", "ajouter").param("added.code", bad[0]).param("added.label", "Autre")
				.param("added.scaleMax", "4").param("added.weight", "1"));
			assertThat(refused.getStatus()).as(bad[0]).isEqualTo(422);
			assertThat(text(refused)).as(bad[0]).contains(bad[1]);
		}

		// a criterion nobody scored may change its scale
		fingerprint = grid.fingerprint();
		MockHttpServletResponse rescaled = response(Persona.ADMIN, update(fingerprint, trial, "Critère d'essai revu",
				"10", "2", false));
		assertThat(rescaled.getStatus()).as(text(rescaled)).isEqualTo(302);
		assertThat(criterion(trial.getId()).getScaleMax()).isEqualTo(10);
		assertThat(criterion(trial.getId()).getLabel()).isEqualTo("Critère d'essai revu");

		// a page shown before that change is stale: 409, and the grid as it now stands
		MockHttpServletResponse stale = response(Persona.ADMIN, update(fingerprint, trial, "Autre libellé", "10", "2",
				false));
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(text(stale)).contains("La grille a été modifiée par quelqu'un d'autre")
			.contains("Critère d'essai revu");
		assertThat(criterion(trial.getId()).getLabel()).isEqualTo("Critère d'essai revu");

		// a criterion with scores keeps its scale: neither smaller nor larger
		long id = publish("Une ressource notée");
		assertThat(send(Persona.TEACHER, id, answers("4")).getStatus()).isEqualTo(302);
		Criterion scored = grid.criteria().get(0);
		for (String scale : List.of("3", Integer.toString(scored.getScaleMax() + 1))) {
			MockHttpServletResponse locked = response(Persona.ADMIN,
					update(grid.fingerprint(), scored, scored.getLabel(), scale, Integer.toString(scored.getWeight()),
							true));
			assertThat(locked.getStatus()).as(scale).isEqualTo(422);
			assertThat(text(locked)).as(scale).contains("ne peut plus changer")
				.contains("ajoutez un nouveau critère et désactivez celui-ci");
			assertThat(criterion(scored.getId()).getScaleMax()).isEqualTo(scored.getScaleMax());
		}
		// out-of-range settings and garbled numbers, in French, beside their fields
		MockHttpServletResponse invalid = response(Persona.ADMIN,
				update(grid.fingerprint(), scored, "", "11", "-1", true));
		assertThat(invalid.getStatus()).isEqualTo(422);
		assertThat(text(invalid)).contains("Ce champ est obligatoire").contains("de 0 à 10")
			.contains("href=\"#criteria-" + scored.getId() + "-label\"");
		MockHttpServletResponse garbled = response(Persona.ADMIN,
				update(grid.fingerprint(), scored, scored.getLabel(), "quatre", "1", true));
		assertThat(garbled.getStatus()).isEqualTo(422);
		assertThat(text(garbled)).contains("Cette valeur n'est pas valide");
		// the grid keeps an active criterion
		MockHttpServletRequestBuilder allOff = post("/ressources/grille").param("action", "modifier")
			.param("fingerprint", grid.fingerprint());
		for (Criterion criterion : grid.allCriteria()) {
			allOff.param("criteria[" + criterion.getId() + "].label", criterion.getLabel())
				.param("criteria[" + criterion.getId() + "].scaleMax", Integer.toString(criterion.getScaleMax()))
				.param("criteria[" + criterion.getId() + "].weight", Integer.toString(criterion.getWeight()))
				.param("criteria[" + criterion.getId() + "].position", Integer.toString(criterion.getPosition()));
		}
		MockHttpServletResponse none = response(Persona.ADMIN, allOff);
		assertThat(none.getStatus()).isEqualTo(422);
		assertThat(text(none)).contains("au moins un critère actif");
		assertThat(grid.criteria()).isNotEmpty();

		// a change of weight ranks evaluated resources again
		double before = catalogue.find(id).orElseThrow().getRanking();
		MockHttpServletResponse reweighted = response(Persona.ADMIN, update(grid.fingerprint(), scored,
				scored.getLabel(), Integer.toString(scored.getScaleMax()), Integer.toString(scored.getWeight() + 1),
				true));
		assertThat(reweighted.getStatus()).as(text(reweighted)).isEqualTo(302);
		try {
			// one evaluation at the top everywhere: the ranking stays 0.625 whatever the weights
			assertThat(catalogue.find(id).orElseThrow().getRanking()).isCloseTo(before, within(1e-9));
		}
		finally {
			assertThat(response(Persona.ADMIN, update(grid.fingerprint(), scored, scored.getLabel(),
					Integer.toString(scored.getScaleMax()), Integer.toString(scored.getWeight()), true)).getStatus())
				.isEqualTo(302);
		}
	}

	// -------------------------------------------------------------------------------------------------- helpers

	private MockHttpServletRequestBuilder update(String fingerprint, Criterion criterion, String label, String scale,
			String weight, boolean active) {
		MockHttpServletRequestBuilder request = post("/ressources/grille").param("action", "modifier")
			.param("fingerprint", fingerprint)
			.param("criteria[" + criterion.getId() + "].label", label)
			.param("criteria[" + criterion.getId() + "].description",
					criterion.getDescription() == null ? "" : criterion.getDescription())
			.param("criteria[" + criterion.getId() + "].scaleMax", scale)
			.param("criteria[" + criterion.getId() + "].weight", weight)
			.param("criteria[" + criterion.getId() + "].position", Integer.toString(criterion.getPosition()));
		if (active) {
			request.param("criteria[" + criterion.getId() + "].active", "true");
		}
		return request;
	}

	private Criterion criterion(long id) {
		return grid.allCriteria().stream().filter(c -> c.getId() == id).findFirst().orElseThrow();
	}

	private static String fingerprintOf(String page) {
		Matcher matcher = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/** A published resource, imported by the ADMIN persona (its owner). */
	private long publish(String title) {
		return catalogue.importPublished(view(Persona.ADMIN), content(title), "Import de test");
	}

	static ResourceContent content(String title) {
		return new ResourceContent(title, "Une ressource pour les tests de l'évaluation.", null,
				ResourceType.EXERCISE, new TreeSet<>(Set.of(SchoolYear.P3)), new TreeSet<>(Set.of(Discipline.FLA)),
				"fr", List.of("Autrice de test"), null, Licence.CC_BY, "https://example.org/ressource", null,
				new TreeSet<>(Set.of(Audience.ENSEIGNANT)), null, null, null, null, null, null, null, List.of("test"),
				Provenance.CRP, List.of());
	}

	/** The same answer on every active criterion, as the form sends it. */
	private Map<String, String> answers(String value) {
		Map<String, String> answers = new LinkedHashMap<>();
		grid.criteria().forEach(c -> answers.put("scores[" + c.getId() + "]", value));
		return answers;
	}

	private Map<Long, Integer> scores(int value) {
		Map<Long, Integer> scores = new HashMap<>();
		grid.criteria().forEach(c -> scores.put(c.getId(), value));
		return scores;
	}

	private MockHttpServletResponse send(Persona persona, long id, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/ressources/" + id + "/evaluation");
		fields.forEach(request::param);
		return response(persona, request);
	}

	private MockHttpServletResponse response(Persona persona, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(personas.user(persona))).with(csrf())).andReturn().getResponse();
	}

	private String page(Persona persona, String path) throws Exception {
		MockHttpServletResponse response = response(persona, get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(Persona persona, String path) throws Exception {
		return response(persona, get(path)).getStatus();
	}

	private static String text(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString().replace("&#39;", "'");
	}

	private PersonView view(Persona persona) {
		personas.user(persona);
		return people.byEmail(persona.email).orElseThrow();
	}

	private long count(String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Long.class, arguments);
	}

	/** The summary fragment alone, rendered as the resource page renders it, in French. */
	private String render(EvaluationSummary summary) {
		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
		MockHttpServletResponse response = new MockHttpServletResponse();
		WebContext page = new WebContext(JakartaServletWebApplication.buildApplication(context.getServletContext())
			.buildExchange(request, response), Locale.FRENCH);
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		page.setVariable("summary", summary);
		return templates.process("resources/evaluation/summary", Set.of("summary"), page);
	}
}
