package be.numedu.resources.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.evaluation.EvaluationRefusal.Kind;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's evaluation of a resource: the grid as a form, a radio group per criterion (its scale's values and "not
 * applicable") with a comment, and an overall comment; filled with their evaluation when they made one. Their own
 * resources and resources not published get a page that says why (403, 409); resources they may not see do not
 * exist (404). A refused form comes back with what was typed (422; 409 when their evaluation changed meanwhile in
 * another tab, the page then saying that sending it again replaces the other).
 */
@Controller
class EvaluationController {

	/** One criterion of the form, with what the person chose and wrote, and the problems to show beside it. */
	record Question(long id, String label, String description, int scale, List<Integer> values, String selected,
			String comment, String scoreError, String commentError) {
	}

	private final EvaluationGrid grid;

	private final Catalogue catalogue;

	private final People people;

	private final MessageSource messages;

	EvaluationController(EvaluationGrid grid, Catalogue catalogue, People people, MessageSource messages) {
		this.grid = grid;
		this.catalogue = catalogue;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/ressources/{id:\\d{1,18}}/evaluation")
	String form(@PathVariable long id, Model model, HttpServletResponse response) {
		PersonView me = me();
		Resource resource = visible(id, me);
		String refused = refusal(resource, me, model, response);
		if (refused != null) {
			return refused;
		}
		EvaluationForm form = new EvaluationForm();
		grid.evaluationOf(id, me.id()).ifPresent(own -> fill(form, own));
		return page(resource, me, form, new FormProblems(messages), model);
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/evaluation")
	String evaluate(@PathVariable long id, @ModelAttribute("form") EvaluationForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PersonView me = me();
		Resource resource = visible(id, me);
		String refused = refusal(resource, me, model, response);
		if (refused != null) {
			return refused;
		}
		try {
			grid.evaluate(id, me, scores(form.getScores()), comments(form.getComments()), form.getComment(),
					version(form.getVersion()));
		}
		catch (EvaluationRefusal refusal) {
			if (refusal.kind() == Kind.NOT_FOUND) {
				throw new NotFoundException("resource " + id);
			}
			if (refusal.kind() == Kind.FORBIDDEN || refusal.kind() == Kind.NOT_OPEN) {
				// The resource changed hands or was withdrawn between the page and the post.
				return refusedPage(resource, refusal.kind(), refusal.messageKey(), model, response);
			}
			FormProblems problems = new FormProblems(messages);
			for (EvaluationRefusal.Problem problem : refusal.problems()) {
				problems.add(anchor(problem), problem.messageKey(), problem.arguments());
			}
			if (refusal.kind() == Kind.STALE) {
				// The page now stands on the evaluation as saved: sending it again replaces that one.
				form.setVersion(grid.evaluationOf(id, me.id()).map(own -> Long.toString(own.version())).orElse(""));
			}
			response.setStatus(refusal.kind().status());
			return page(resource, me, form, problems, model);
		}
		catch (RuntimeException e) {
			if (!Contention.is(e)) {
				throw e;
			}
			response.setStatus(Kind.STALE.status());
			return page(resource, me, form, new FormProblems(messages).add(null, "evaluations.error.busy"), model);
		}
		redirect.addFlashAttribute("notice", "evaluations.saved");
		return "redirect:/ressources/" + id;
	}

	private static String anchor(EvaluationRefusal.Problem problem) {
		if (problem.field() == null) {
			return null;
		}
		if (problem.criterionId() == null) {
			return "comment";
		}
		return ("score".equals(problem.field()) ? "score-" : "comment-") + problem.criterionId();
	}

	/** The page that says why the person cannot evaluate the resource, or {@code null} when they can. */
	private String refusal(Resource resource, PersonView me, Model model, HttpServletResponse response) {
		if (resource.getOwnerId() == me.id()) {
			return refusedPage(resource, Kind.FORBIDDEN, "evaluations.error.own", model, response);
		}
		if (resource.getStatus() != ResourceStatus.PUBLISHED) {
			return refusedPage(resource, Kind.NOT_OPEN, "evaluations.error.notPublished", model, response);
		}
		return null;
	}

	private String refusedPage(Resource resource, Kind kind, String messageKey, Model model,
			HttpServletResponse response) {
		response.setStatus(kind.status());
		model.addAttribute("resource", resource);
		model.addAttribute("reason", messageKey);
		model.addAttribute("breadcrumbs", crumbs(resource));
		return "resources/evaluation/refused";
	}

	private String page(Resource resource, PersonView me, EvaluationForm form, FormProblems problems, Model model) {
		List<Question> questions = new ArrayList<>();
		Map<String, String> errors = problems.getByAnchor();
		for (Criterion criterion : grid.criteria()) {
			String key = Long.toString(criterion.getId());
			questions.add(new Question(criterion.getId(), criterion.getLabel(), criterion.getDescription(),
					criterion.getScaleMax(), IntStream.rangeClosed(1, criterion.getScaleMax()).boxed().toList(),
					form.getScores().get(key), form.getComments().get(key), errors.get("score-" + key),
					errors.get("comment-" + key)));
		}
		model.addAttribute("resource", resource);
		model.addAttribute("form", form);
		model.addAttribute("questions", questions);
		model.addAttribute("problems", problems);
		model.addAttribute("own", grid.evaluationOf(resource.getId(), me.id()).orElse(null));
		model.addAttribute("expert", grid.isExpert(me.id()));
		model.addAttribute("maxComment", EvaluationGrid.MAX_COMMENT);
		model.addAttribute("maxOverallComment", EvaluationGrid.MAX_OVERALL_COMMENT);
		model.addAttribute("breadcrumbs", crumbs(resource));
		return "resources/evaluation/form";
	}

	private static List<Crumb> crumbs(Resource resource) {
		return List.of(Crumb.of("evaluations.crumb.resources", "/ressources"),
				Crumb.text(resource.getTitle(), "/ressources/" + resource.getId()),
				Crumb.current("evaluations.form.title"));
	}

	private static void fill(EvaluationForm form, EvaluationGrid.OwnEvaluation own) {
		own.scores().forEach((criterion, score) -> form.getScores().put(Long.toString(criterion),
				score == null ? EvaluationForm.NOT_APPLICABLE : Integer.toString(score)));
		own.comments().forEach((criterion, comment) -> form.getComments().put(Long.toString(criterion), comment));
		form.setComment(own.comment());
		form.setVersion(Long.toString(own.version()));
	}

	/**
	 * The scores as the grid takes them. What is not a criterion's id becomes an id no criterion has, and what is not
	 * a score a value out of every scale: the grid then refuses them with its own messages.
	 */
	static Map<Long, Integer> scores(Map<String, String> sent) {
		Map<Long, Integer> scores = new HashMap<>();
		if (sent == null) {
			return scores;
		}
		sent.forEach((key, value) -> {
			if (value == null || value.isBlank()) {
				return;
			}
			String text = value.strip();
			Integer score = EvaluationForm.NOT_APPLICABLE.equals(text) ? null
					: text.matches("\\d{1,2}") ? Integer.valueOf(text) : Integer.valueOf(0);
			scores.put(id(key), score);
		});
		return scores;
	}

	static Map<Long, String> comments(Map<String, String> sent) {
		Map<Long, String> comments = new HashMap<>();
		if (sent != null) {
			sent.forEach((key, value) -> comments.merge(id(key), value == null ? "" : value, (a, b) -> a + b));
		}
		return comments;
	}

	private static long id(String key) {
		return key != null && key.matches("\\d{1,18}") ? Long.parseLong(key) : -1;
	}

	/** The version the page showed: none when empty; a garbled one matches no evaluation (stale). */
	private static Long version(String sent) {
		if (sent == null || sent.isBlank()) {
			return null;
		}
		return sent.strip().matches("\\d{1,18}") ? Long.valueOf(sent.strip()) : Long.valueOf(-1);
	}

	private Resource visible(long id, PersonView me) {
		return catalogue.find(id).filter(r -> Catalogue.visibleTo(r, me))
			.orElseThrow(() -> new NotFoundException("resource " + id));
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
