package be.numedu.schools.web;

import java.io.IOException;
import java.util.List;

import be.numedu.accounts.People;
import be.numedu.schools.domain.ImportStatus;
import be.numedu.schools.domain.RecordKind;
import be.numedu.schools.domain.RegisterImport;
import be.numedu.schools.domain.RegisterImports;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.Htmx;
import be.numedu.shared.web.NotFoundException;
import be.numedu.shared.web.UploadLimit;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's import page: upload a FASE file, follow the import's progress (htmx polls the status fragment;
 * without JavaScript a button reloads it), read its report.
 */
@Controller
class ImportController {

	private final RegisterImports imports;

	private final People people;

	ImportController(RegisterImports imports, People people) {
		this.imports = imports;
		this.people = people;
	}

	@GetMapping("/etablissements/import")
	String form(UploadLimit.SentBack sentBack, Model model) {
		if (sentBack == UploadLimit.SentBack.TOO_LARGE) {
			model.addAttribute("uploadError", "import.error.tooLarge");
		}
		model.addAttribute("recent", imports.recent(10));
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("schools.title", "/etablissements"), Crumb.current("import.title")));
		return "schools/import";
	}

	@PostMapping("/etablissements/import")
	String upload(@RequestParam(name = "fichier", required = false) MultipartFile file,
			@RequestParam(name = "retraitsMassifs", defaultValue = "false") boolean allowMassRetirement,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadError", "import.error.noFile");
			return "redirect:/etablissements/import";
		}
		try {
			String by = people.current().orElseThrow().email();
			long id = imports.start(originalName(file), file.getBytes(), by, allowMassRetirement);
			return "redirect:/etablissements/import/" + id;
		}
		catch (RegisterImports.AlreadyRunning e) {
			redirect.addFlashAttribute("uploadError", "import.error.running");
			return "redirect:/etablissements/import";
		}
	}

	@GetMapping("/etablissements/import/{id}")
	String status(@PathVariable String id, Model model, HttpServletRequest request) {
		if (!id.matches("\\d{1,18}")) {
			throw new NotFoundException("import " + id);
		}
		RegisterImport record = imports.find(Long.parseLong(id)).orElseThrow(() -> new NotFoundException("import " + id));
		model.addAttribute("record", record);
		model.addAttribute("running", record.getStatus() == ImportStatus.RUNNING);
		model.addAttribute("kinds", RecordKind.values());
		model.addAttribute("breadcrumbs", List.of(Crumb.of("schools.title", "/etablissements"),
				Crumb.of("import.title", "/etablissements/import"), Crumb.current("import.report.title")));
		return Htmx.view(request, "schools/import-report", "status");
	}

	private static String originalName(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "fichier sans nom";
		}
		// Only the file's own name, whatever path a browser sends.
		name = name.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}
}
