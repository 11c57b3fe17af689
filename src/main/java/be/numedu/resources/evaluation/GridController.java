package be.numedu.resources.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.evaluation.EvaluationRefusal.Kind;
import be.numedu.shared.web.Crumb;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation grid's settings, for the SGNE administrators: every criterion (active or not) with its label,
 * description, scale, weight, position and state, editable together; and a form to add a criterion. A grid changed
 * by someone else since the page was shown is not overwritten (409, the page showing the grid as it now is).
 */
@Controller
class GridController {

	/** A criterion of the page: what is stored, what the form holds for it, and its problems by field. */
	record RowView(Criterion criterion, GridForm.Row values, long scored, Map<String, String> errors) {
	}

	private final EvaluationGrid grid;

	private final People people;

	private final MessageSource messages;

	GridController(EvaluationGrid grid, People people, MessageSource messages) {
		this.grid = grid;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/ressources/grille")
	String page(Model model) {
		return render(current(), new FormProblems(messages), model);
	}

	@PostMapping("/ressources/grille")
	String save(@ModelAttribute("form") GridForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PersonView me = me();
		String action = form.getAction() == null ? "" : form.getAction();
		FormProblems problems = new FormProblems(messages);
		if (!action.equals(GridForm.UPDATE) && !action.equals(GridForm.ADD)) {
			response.setStatus(Kind.INVALID.status());
			problems.add(null, "evaluations.grid.error.action");
			return render(keepTyped(form), problems, model);
		}
		if (binding.hasErrors()) {
			for (FieldError error : binding.getFieldErrors()) {
				problems.add(anchor(error.getField()), "typeMismatch");
			}
			response.setStatus(Kind.INVALID.status());
			return render(keepTyped(form), problems, model);
		}
		try {
			if (action.equals(GridForm.UPDATE)) {
				Map<Long, EvaluationGrid.CriterionSettings> changes = new LinkedHashMap<>();
				form.getCriteria().forEach((key, row) -> changes.put(
						key != null && key.matches("\\d{1,18}") ? Long.valueOf(key) : Long.valueOf(-1), row.settings()));
				grid.update(me, form.getFingerprint(), changes);
				redirect.addFlashAttribute("notice", "evaluations.grid.saved");
			}
			else {
				grid.add(me, form.getAdded().getCode(), form.getAdded().settings());
				redirect.addFlashAttribute("notice", "evaluations.grid.added");
			}
			return "redirect:/ressources/grille";
		}
		catch (EvaluationRefusal refusal) {
			response.setStatus(refusal.kind().status());
			for (EvaluationRefusal.Problem problem : refusal.problems()) {
				String anchor = problem.field() == null ? null
						: action.equals(GridForm.ADD) ? "added-" + problem.field()
								: "criteria-" + problem.criterionId() + "-" + problem.field();
				problems.add(anchor, problem.messageKey(), problem.arguments());
			}
			// A stale page is shown again as the grid now stands; otherwise with what was typed.
			return render(refusal.kind() == Kind.STALE ? current() : keepTyped(form), problems, model);
		}
		catch (RuntimeException e) {
			if (!Contention.is(e)) {
				throw e;
			}
			response.setStatus(Kind.STALE.status());
			problems.add(null, "evaluations.grid.error.busy");
			return render(keepTyped(form), problems, model);
		}
	}

	/** The form's field name ({@code criteria[12].label}, {@code added.code}) as the id of its input. */
	private static String anchor(String field) {
		return field.replace("].", "-").replace("[", "-").replace(".", "-");
	}

	/** The grid's form as the grid stands. */
	private GridForm current() {
		GridForm form = new GridForm();
		form.setAdded(GridForm.Row.blank());
		form.setFingerprint(grid.fingerprint());
		grid.allCriteria().forEach(c -> form.getCriteria().put(Long.toString(c.getId()), GridForm.Row.of(c)));
		return form;
	}

	/** The typed form, completed with stored values for criteria it did not send. */
	private GridForm keepTyped(GridForm form) {
		for (Criterion criterion : grid.allCriteria()) {
			form.getCriteria().putIfAbsent(Long.toString(criterion.getId()), GridForm.Row.of(criterion));
		}
		if (form.getFingerprint() == null) {
			form.setFingerprint(grid.fingerprint());
		}
		return form;
	}

	private String render(GridForm form, FormProblems problems, Model model) {
		Map<Long, Long> scored = grid.scoredCounts();
		Map<String, String> errors = problems.getByAnchor();
		List<RowView> rows = new ArrayList<>();
		for (Criterion criterion : grid.allCriteria()) {
			String prefix = "criteria-" + criterion.getId() + "-";
			Map<String, String> mine = new LinkedHashMap<>();
			errors.forEach((anchor, message) -> {
				if (anchor.startsWith(prefix)) {
					mine.put(anchor.substring(prefix.length()), message);
				}
			});
			rows.add(new RowView(criterion, form.getCriteria().getOrDefault(Long.toString(criterion.getId()),
					GridForm.Row.of(criterion)), scored.getOrDefault(criterion.getId(), 0L), mine));
		}
		Map<String, String> addedErrors = new LinkedHashMap<>();
		errors.forEach((anchor, message) -> {
			if (anchor.startsWith("added-")) {
				addedErrors.put(anchor.substring("added-".length()), message);
			}
		});
		model.addAttribute("form", form);
		model.addAttribute("rows", rows);
		model.addAttribute("added", form.getAdded() == null ? GridForm.Row.blank() : form.getAdded());
		model.addAttribute("addedErrors", addedErrors);
		model.addAttribute("problems", problems);
		model.addAttribute("minScale", EvaluationGrid.MIN_SCALE);
		model.addAttribute("maxScale", EvaluationGrid.MAX_SCALE);
		model.addAttribute("maxWeight", EvaluationGrid.MAX_WEIGHT);
		model.addAttribute("maxPosition", EvaluationGrid.MAX_POSITION);
		model.addAttribute("breadcrumbs", List.of(Crumb.of("evaluations.crumb.resources", "/ressources"),
				Crumb.current("evaluations.grid.title")));
		return "resources/evaluation/grid";
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
