package be.numedu.directory.web;

import java.util.List;
import java.util.Optional;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.directory.Need;
import be.numedu.shared.Codes;
import be.numedu.directory.domain.Finder;
import be.numedu.schools.SchoolRegistry;
import be.numedu.schools.SchoolSummary;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The interactive diagram, one question at a time: the nature of the need, the school (by name or FASE number, so
 * that network, zone and teaching types come from the register), the organising body's affiliation when the register
 * cannot tell it, then the operators that can help. Every step is a plain GET form whose answers travel in the
 * address, so it works without JavaScript, can be bookmarked, and htmx only swaps the finder in place.
 */
@Controller
class FinderController {

	static final String NO_SCHOOL = "aucune";

	enum Step {
		NEED, SCHOOL, AFFILIATION, RESULT
	}

	private final Finder finder;

	private final SchoolRegistry schools;

	private final People people;

	FinderController(Finder finder, SchoolRegistry schools, People people) {
		this.finder = finder;
		this.schools = schools;
		this.people = people;
	}

	@GetMapping("/cartographie/trouver")
	String find(@RequestParam(name = "besoin", required = false) String needParam,
			@RequestParam(name = "ecole", required = false) String schoolParam,
			@RequestParam(name = "recherche", required = false) String searchParam,
			@RequestParam(name = "affiliation", required = false) String affiliation, Model model,
			HttpServletRequest request) {
		model.addAttribute("needs", Need.values());
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("directory.title", "/cartographie"), Crumb.current("finder.title")));
		Optional<Need> need = Codes.named(Need.class, needParam);
		model.addAttribute("need", need.orElse(null));
		if (need.isEmpty()) {
			model.addAttribute("invalidNeed", needParam != null);
			return show(Step.NEED, model, request);
		}
		model.addAttribute("changeNeed", link(null, schoolParam, null));

		String search = searchParam == null ? "" : searchParam.strip();
		if (search.length() > 200) {
			search = search.substring(0, 200);
		}
		model.addAttribute("search", search);
		SchoolSummary school = null;
		if (schoolParam == null || schoolParam.isBlank()) {
			return askSchool(need.get(), search, null, model, request);
		}
		if (!NO_SCHOOL.equals(schoolParam)) {
			Optional<SchoolSummary> found = schoolParam.matches("\\d{1,9}")
					? schools.school(Integer.parseInt(schoolParam)).filter(s -> !s.retired()) : Optional.empty();
			if (found.isEmpty()) {
				return askSchool(need.get(), search, "finder.school.unknown", model, request);
			}
			school = found.get();
		}
		model.addAttribute("school", school);
		model.addAttribute("changeSchool", link(need.get(), null, null));

		Finder.Result result = finder.find(need.get(), school,
				affiliation == null || affiliation.isBlank() ? null : affiliation);
		model.addAttribute("result", result);
		if (result.outcome() == Finder.Outcome.ASK_AFFILIATION) {
			model.addAttribute("invalidAffiliation", affiliation != null && !affiliation.isBlank());
			return show(Step.AFFILIATION, model, request);
		}
		if (!result.affiliationChoices().isEmpty() || (affiliation != null && !affiliation.isBlank())) {
			model.addAttribute("changeAffiliation", link(need.get(), schoolParam, null));
		}
		return show(Step.RESULT, model, request);
	}

	private String askSchool(Need need, String search, String error, Model model, HttpServletRequest request) {
		model.addAttribute("schoolError", error);
		model.addAttribute("candidates", search.isEmpty() ? List.of() : schools.find(search, 10));
		model.addAttribute("mine", people.current()
			.map(PersonView::siteFase)
			.map(schools::schoolsAtSite)
			.orElse(List.of()));
		return show(Step.SCHOOL, model, request);
	}

	private static String show(Step step, Model model, HttpServletRequest request) {
		model.addAttribute("step", step);
		model.addAttribute("allSteps", Step.values());
		return Htmx.view(request, "directory/finder", "finder");
	}


	/** An address of the finder with these answers (a {@code null} answer is left out, so its step is asked again). */
	static String link(Need need, String school, String affiliation) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/cartographie/trouver");
		if (need != null) {
			builder.queryParam("besoin", need.name());
		}
		if (school != null && (school.equals(NO_SCHOOL) || school.matches("\\d{1,9}"))) {
			builder.queryParam("ecole", school);
		}
		if (affiliation != null) {
			builder.queryParam("affiliation", affiliation);
		}
		return builder.build().encode().toUriString();
	}
}
