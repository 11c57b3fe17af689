package be.numedu.schools.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.numedu.schools.SchoolPageSection;
import be.numedu.schools.SchoolSummary;
import be.numedu.schools.SiteSummary;
import be.numedu.schools.domain.RegisterQueries;
import be.numedu.schools.domain.SchoolSearch;
import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import be.numedu.shared.geo.Municipalities;
import be.numedu.shared.geo.SvgMap;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.Htmx;
import be.numedu.shared.web.NotFoundException;
import be.numedu.shared.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The register's pages: search with filters, a school's page, and the way in by an implantation's FASE number. */
@Controller
class SchoolsController {

	private final SchoolSearch search;

	private final RegisterQueries queries;

	private final List<SchoolPageSection> sections;

	private final Municipalities municipalities;

	SchoolsController(SchoolSearch search, RegisterQueries queries, List<SchoolPageSection> sections,
			@Lazy Municipalities municipalities) {
		this.search = search;
		this.queries = queries;
		this.sections = sections;
		this.municipalities = municipalities;
	}

	@GetMapping("/etablissements")
	String search(SearchForm form, Model model, HttpServletRequest request) {
		SchoolSearch.Hits hits = search.search(form.toQuery(20));
		model.addAttribute("form", form);
		model.addAttribute("hits", hits);
		Map<String, Map<String, Long>> facets = new java.util.HashMap<>();
		facets.put("zone", hits.counts().get(SchoolSearch.Dimension.ZONE));
		facets.put("network", hits.counts().get(SchoolSearch.Dimension.NETWORK));
		facets.put("level", hits.counts().get(SchoolSearch.Dimension.LEVEL));
		facets.put("type", hits.counts().get(SchoolSearch.Dimension.TEACHING_TYPE));
		model.addAttribute("facets", facets);
		model.addAttribute("counts", queries.counts());
		model.addAttribute("zones", Zone.values());
		model.addAttribute("networks", Network.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("teachingTypes", TeachingType.values());
		model.addAttribute("selected", form.toQuery(20));
		model.addAttribute("pages", PageLinks.of(request, hits.page(), hits.pageCount()));
		model.addAttribute("breadcrumbs", List.of(Crumb.current("schools.title")));
		return Htmx.view(request, "schools/search", "results");
	}

	@GetMapping("/etablissements/{fase}")
	String school(@PathVariable String fase, Model model) {
		SchoolSummary school = queries.school(parseFase(fase))
			.orElseThrow(() -> new NotFoundException("school " + fase));
		List<SvgMap.Place> places = new ArrayList<>();
		// Each point bears the number of its implantation's row in the table, whether or not every row has a point.
		for (int row = 0; row < school.sites().size(); row++) {
			SiteSummary site = school.sites().get(row);
			if (site.hasCoordinates()) {
				places.add(new SvgMap.Place(row + 1, site.longitude(), site.latitude(),
						site.street() + ", " + site.postcode() + " " + site.locality()));
			}
		}
		model.addAttribute("school", school);
		model.addAttribute("map", SvgMap.around(places, municipalities, 400, 300));
		model.addAttribute("siblings", queries.schoolsOfOrganisingBody(school.organisingBodyFase()).stream()
			.filter(other -> other.fase() != school.fase())
			.toList());
		List<Map<String, Object>> contributed = new ArrayList<>();
		for (SchoolPageSection section : sections) {
			contributed.add(Map.of("template", section.template(), "selector", section.selector(), "model",
					section.model(school)));
		}
		model.addAttribute("sections", contributed);
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("schools.title", "/etablissements"), Crumb.currentText(school.name())));
		return "schools/school";
	}

	/** An implantation's FASE number leads to its school, or to the choice when several schools share it. */
	@GetMapping("/etablissements/implantations/{fase}")
	String site(@PathVariable String fase, Model model) {
		int number = parseFase(fase);
		List<SchoolSummary> schools = queries.schoolsAtSite(number);
		if (schools.isEmpty()) {
			throw new NotFoundException("site " + fase);
		}
		if (schools.size() == 1) {
			return "redirect:/etablissements/" + schools.get(0).fase();
		}
		model.addAttribute("siteFase", number);
		model.addAttribute("schools", schools);
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("schools.title", "/etablissements"), Crumb.current("schools.site.title")));
		return "schools/site";
	}

	static int parseFase(String text) {
		if (text == null || !text.matches("\\d{1,9}")) {
			throw new NotFoundException("not a FASE number");
		}
		return Integer.parseInt(text);
	}
}
