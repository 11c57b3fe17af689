package be.numedu.directory.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import be.numedu.accounts.People;
import be.numedu.directory.CardPageSection;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.OperatorCategory;
import be.numedu.directory.domain.CardSearch;
import be.numedu.directory.domain.Cards;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.Htmx;
import be.numedu.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory's pages: the cards by category with the landscape map and full-text search, a card, its print. */
@Controller
class DirectoryController {

	private final Cards cards;

	private final CardSearch search;

	private final People people;

	private final List<CardPageSection> sections;

	DirectoryController(Cards cards, CardSearch search, People people, List<CardPageSection> sections) {
		this.cards = cards;
		this.search = search;
		this.people = people;
		this.sections = sections;
	}

	@GetMapping("/cartographie")
	String index(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "retirees", defaultValue = "false") boolean includeRetired, Model model,
			HttpServletRequest request) {
		boolean admin = people.current().map(p -> p.isAdmin()).orElse(false);
		boolean showRetired = includeRetired && admin;
		List<OperatorCard> all = cards.all(showRetired);
		Map<OperatorCategory, List<OperatorCard>> byCategory = new EnumMap<>(OperatorCategory.class);
		for (OperatorCategory category : OperatorCategory.values()) {
			byCategory.put(category, new ArrayList<>());
		}
		all.forEach(card -> byCategory.get(card.category()).add(card));
		String text = query == null ? "" : query.strip();
		model.addAttribute("query", text);
		model.addAttribute("found", text.isEmpty() ? null : search.search(text, showRetired));
		model.addAttribute("byCategory", byCategory);
		model.addAttribute("landscape", Landscape.of(cards.all(false)));
		model.addAttribute("admin", admin);
		model.addAttribute("showRetired", showRetired);
		model.addAttribute("breadcrumbs", List.of(Crumb.current("directory.title")));
		return Htmx.view(request, "directory/index", "search-results");
	}

	@GetMapping("/cartographie/operateurs/{slug}")
	String card(@PathVariable String slug, Model model) {
		OperatorCard card = cards.find(slug).orElseThrow(() -> new NotFoundException("operator " + slug));
		model.addAttribute("card", card);
		model.addAttribute("history", cards.history(slug));
		model.addAttribute("mayEdit", people.current().map(p -> cards.mayEdit(p, slug)).orElse(false));
		model.addAttribute("admin", people.current().map(p -> p.isAdmin()).orElse(false));
		List<Map<String, Object>> contributed = new ArrayList<>();
		for (CardPageSection section : sections) {
			contributed.add(Map.of("template", section.template(), "selector", section.selector(), "model",
					section.model(card)));
		}
		model.addAttribute("cardSections", contributed);
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("directory.title", "/cartographie"), Crumb.currentText(card.shortName())));
		return "directory/card";
	}

	@GetMapping("/cartographie/operateurs/{slug}/imprimer")
	String print(@PathVariable String slug, Model model) {
		OperatorCard card = cards.find(slug).orElseThrow(() -> new NotFoundException("operator " + slug));
		model.addAttribute("card", card);
		model.addAttribute("printedAt", java.time.Instant.now());
		return "directory/print";
	}
}
