package be.numedu.shared.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the pages every public service owes its users: accessibility statement and privacy. */
@Controller
class PagesController {

	@GetMapping("/")
	String home() {
		return "shared/home";
	}

	@GetMapping("/accessibilite")
	String accessibility(Model model) {
		model.addAttribute("breadcrumbs", List.of(Crumb.current("accessibility.title")));
		return "shared/accessibility";
	}

	@GetMapping("/vie-privee")
	String privacy(Model model) {
		model.addAttribute("breadcrumbs", List.of(Crumb.current("privacy.title")));
		return "shared/privacy";
	}
}
