package be.numedu.resources.standards;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import be.numedu.accounts.People;
import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.AccessMode;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.AccessibilityHazard;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Languages;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.shared.files.FileVault;
import be.numedu.shared.web.Crumb;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The SGNE administrators' import page: a LOM XML or CSV file sent, the report shown at once (the file is read and
 * imported while the page waits: at most {@value ResourceImports#MAX_RECORDS} records). A file refused whole comes back
 * to the form with the reason, with HTTP 422.
 */
@Controller
class ResourceImportController {

	private final ResourceImports imports;

	private final People people;

	private final Frameworks frameworks;

	ResourceImportController(ResourceImports imports, People people, Frameworks frameworks) {
		this.imports = imports;
		this.people = people;
		this.frameworks = frameworks;
	}

	@GetMapping("/ressources/import")
	String form(@RequestParam(name = "trop-volumineux", required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			model.addAttribute("importError", "standards.import.error.request");
		}
		return form(model, null, null);
	}

	@PostMapping("/ressources/import")
	String upload(@RequestParam(name = "fichier", required = false) MultipartFile file,
			@RequestParam(name = "provenance", required = false) String provenance,
			@RequestParam(name = "note", required = false) String note, Model model, HttpServletResponse response)
			throws IOException {
		Provenance chosen = Arrays.stream(Provenance.values()).filter(p -> p.name().equals(provenance)).findFirst()
			.orElse(null);
		if (file == null || file.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("importError", "standards.import.error.noFile");
			return form(model, chosen, note);
		}
		String name = originalName(file);
		try {
			ResourceImports.Report report = imports.importFile(people.current().orElseThrow(), name, file.getBytes(),
					chosen, note);
			model.addAttribute("report", report);
			model.addAttribute("breadcrumbs", List.of(Crumb.of("resources.title", "/ressources"),
					Crumb.of("standards.import.title", "/ressources/import"),
					Crumb.current("standards.import.report.title")));
			return "resources/standards/import-report";
		}
		catch (ImportRefused e) {
			response.setStatus(422);
			model.addAttribute("importRefusal", e.getMessage());
			model.addAttribute("fileName", name);
			return form(model, chosen, note);
		}
	}

	private String form(Model model, Provenance provenance, String note) {
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("chosenProvenance", provenance == null ? "" : provenance.name());
		model.addAttribute("note", note);
		model.addAttribute("columns", Arrays.stream(CsvRecords.Column.values())
			.map(c -> Map.<String, Object>of("header", c.header, "required", c.required)).toList());
		model.addAttribute("maxRecords", ResourceImports.MAX_RECORDS);
		model.addAttribute("maxMegabytes", ResourceImports.MAX_BYTES / (1024 * 1024));
		model.addAttribute("codes", List.of(codes("type", "ResourceType", names(ResourceType.values())),
				codes("annees", "SchoolYear", names(SchoolYear.values())),
				codes("disciplines", "Discipline", names(Discipline.values())),
				codes("langue", "Language", Languages.CODES),
				codes("licence", "Licence", names(Licence.values())),
				codes("publics", "Audience", names(Audience.values())),
				codes("accessibilite", "AccessibilityFeature", names(AccessibilityFeature.values())),
				codes("modes_acces", "AccessMode", names(AccessMode.values())),
				codes("dangers", "AccessibilityHazard", names(AccessibilityHazard.values())),
				codes("amenagements", "Accommodation", names(Accommodation.values())),
				codes("provenance", "Provenance", names(Provenance.values()))));
		model.addAttribute("frameworks", frameworks.all().stream()
			.map(f -> Map.of("id", f.id(), "name", f.shortName())).toList());
		model.addAttribute("breadcrumbs", List.of(Crumb.of("resources.title", "/ressources"),
				Crumb.current("standards.import.title")));
		return "resources/standards/import";
	}

	/** A column's codes, with the bundle prefix of their French names. */
	private static Map<String, Object> codes(String column, String prefix, List<String> codes) {
		return Map.of("column", column, "prefix", prefix, "codes", codes);
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	/** The name the report and the versions' note give the file: without path or control characters. */
	private static String originalName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "fichier sans nom" : FileVault.cleanName(name);
	}
}
