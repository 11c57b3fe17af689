package be.numedu.frameworks.web;

import java.util.List;

import be.numedu.frameworks.Competence;
import be.numedu.frameworks.Framework;
import be.numedu.frameworks.FrameworkArea;
import be.numedu.frameworks.Frameworks;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The frameworks' public pages: the list, one framework with its areas and competences, and one competence, whose
 * address is its stable URI. An unknown framework or competence gets the French 404 page.
 */
@Controller
class FrameworksController {

	private final Frameworks frameworks;

	FrameworksController(Frameworks frameworks) {
		this.frameworks = frameworks;
	}

	@GetMapping(Frameworks.PATH)
	String index(Model model) {
		model.addAttribute("frameworks", frameworks.all());
		model.addAttribute("exampleUriParts", breakable(frameworks.uri(frameworks.all().get(0).competences().get(0))));
		model.addAttribute("breadcrumbs", List.of(Crumb.current("frameworks.title")));
		return "frameworks/index";
	}

	@GetMapping(Frameworks.PATH + "/{id}")
	String framework(@PathVariable String id, Model model) {
		Framework framework = frameworks.framework(id).orElseThrow(() -> new NotFoundException("unknown framework"));
		model.addAttribute("framework", framework);
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("frameworks.title", Frameworks.PATH), Crumb.currentText(framework.shortName())));
		return "frameworks/framework";
	}

	@GetMapping(Frameworks.PATH + "/{id}/{code}")
	String competence(@PathVariable String id, @PathVariable String code, Model model) {
		Competence competence = frameworks.competence(id, code)
			.orElseThrow(() -> new NotFoundException("unknown competence"));
		Framework framework = frameworks.framework(id).orElseThrow();
		FrameworkArea area = framework.areas()
			.stream()
			.filter(candidate -> candidate.code().equals(competence.areaCode()))
			.findFirst()
			.orElseThrow();
		model.addAttribute("framework", framework);
		model.addAttribute("area", area);
		model.addAttribute("competence", competence);
		model.addAttribute("uriParts", breakable(frameworks.uri(competence)));
		model.addAttribute("breadcrumbs", List.of(Crumb.of("frameworks.title", Frameworks.PATH),
				Crumb.text(framework.shortName(), Frameworks.PATH + "/" + framework.id()),
				Crumb.currentText(competence.code())));
		return "frameworks/competence";
	}

	/** A URI in parts ending with a slash: pages put a {@code <wbr>} after each, so that it wraps on a phone. */
	private static List<String> breakable(String uri) {
		return List.of(uri.split("(?<=/)"));
	}
}
