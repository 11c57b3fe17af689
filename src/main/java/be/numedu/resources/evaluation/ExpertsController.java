package be.numedu.resources.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.shared.web.Crumb;
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
 * The designated experts, for the SGNE administrators: the list, with a button to end each designation, and a form
 * to designate the holder of an open account by its e-mail address.
 */
@Controller
class ExpertsController {

	private final EvaluationGrid grid;

	private final People people;

	private final MessageSource messages;

	ExpertsController(EvaluationGrid grid, People people, MessageSource messages) {
		this.grid = grid;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/ressources/experts")
	String page(Model model) {
		return render(new ExpertForm(), new FormProblems(messages), model);
	}

	@PostMapping("/ressources/experts")
	String designate(@ModelAttribute("form") ExpertForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		String email = form.getEmail() == null ? "" : form.getEmail().strip();
		FormProblems problems = new FormProblems(messages);
		if (email.isEmpty()) {
			problems.add("email", "evaluations.experts.error.email");
		}
		else if (email.length() > 254 || email.chars().anyMatch(Character::isISOControl)) {
			problems.add("email", "evaluations.experts.error.noAccount");
		}
		else {
			Optional<PersonView> person = people.byEmail(email.toLowerCase(Locale.ROOT)).or(() -> people.byEmail(email));
			if (person.isEmpty()) {
				problems.add("email", "evaluations.experts.error.noAccount");
			}
			else {
				try {
					grid.designate(person.get().id(), me);
					redirect.addFlashAttribute("notice", "evaluations.experts.designated");
					return "redirect:/ressources/experts";
				}
				catch (EvaluationRefusal refusal) {
					response.setStatus(refusal.kind().status());
					problems.add("email", refusal.messageKey(), refusal.problems().get(0).arguments());
					return render(form, problems, model);
				}
			}
		}
		response.setStatus(EvaluationRefusal.Kind.INVALID.status());
		return render(form, problems, model);
	}

	@PostMapping("/ressources/experts/{personId:\\d{1,18}}/retrait")
	String revoke(@PathVariable long personId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			grid.revoke(personId, me());
		}
		catch (EvaluationRefusal refusal) {
			response.setStatus(refusal.kind().status());
			FormProblems problems = new FormProblems(messages);
			problems.add(null, refusal.messageKey(), refusal.problems().get(0).arguments());
			return render(new ExpertForm(), problems, model);
		}
		redirect.addFlashAttribute("notice", "evaluations.experts.revoked");
		return "redirect:/ressources/experts";
	}

	private String render(ExpertForm form, FormProblems problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("experts", grid.experts());
		model.addAttribute("problems", problems);
		model.addAttribute("breadcrumbs", List.of(Crumb.of("evaluations.crumb.resources", "/ressources"),
				Crumb.current("evaluations.experts.title")));
		return "resources/evaluation/experts";
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
