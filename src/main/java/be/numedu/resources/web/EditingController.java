package be.numedu.resources.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.AccessMode;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.AccessibilityHazard;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.CatalogueRefusal;
import be.numedu.resources.catalogue.ContentRules;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.InvalidContent;
import be.numedu.resources.catalogue.Languages;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.ResourcesProperties;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.catalogue.Upload;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.resources.proposals.Proposals;
import be.numedu.shared.Codes;
import be.numedu.shared.files.FileVault;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import be.numedu.shared.web.PageLinks;
import be.numedu.shared.web.UploadLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposing and editing resources, and moving them through the workflow: any signed-in member of the educational
 * community proposes (a draft, then submitted); its author edits it while it is a draft or returned; the moderators
 * examine the queue, publish with the checklist, return with requests or refuse with reasons. A refused form comes
 * back with everything typed and each problem beside its field (422); a page overtaken by another change is refused
 * with where the resource now stands (409), keeping what was typed.
 */
@Controller
class EditingController {

	private final Catalogue catalogue;

	private final People people;

	private final Frameworks frameworks;

	private final ResourcesProperties properties;

	private final MessageSource messages;

	private final ContentRules rules;

	private final Proposals proposals;

	private final UploadLimit uploadLimit;

	EditingController(Catalogue catalogue, People people, Frameworks frameworks, ResourcesProperties properties,
			MessageSource messages, ContentRules rules, Proposals proposals, UploadLimit uploadLimit) {
		this.uploadLimit = uploadLimit;
		this.rules = rules;
		this.proposals = proposals;
		this.catalogue = catalogue;
		this.people = people;
		this.frameworks = frameworks;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/ressources/nouvelle")
	String newForm(UploadLimit.SentBack sentBack, Model model) {
		ResourceForm form = new ResourceForm();
		form.setAudiences(new java.util.ArrayList<>(List.of(Audience.ENSEIGNANT.name())));
		return formPage(model, form, null, Mode.CREATE, sentBack);
	}

	@PostMapping("/ressources/nouvelle")
	String create(@ModelAttribute("form") ResourceForm form, BindingResult errors,
			@RequestParam(name = "fichiers", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PersonView me = me();
		ResourceContent content = form.toContent(errors, Workflow.isModerator(me));
		model.addAttribute("filesNotSent", countOf(files));
		if (errors.hasErrors()) {
			// Every problem at once: the content's own rules too, beside the unreadable values.
			reject(errors, rules.check(content, false));
			return refused(model, form, null, response, 422);
		}
		try {
			long id = catalogue.create(me, content, uploads(files));
			redirect.addFlashAttribute("notice", "resources.created");
			return "redirect:/ressources/" + id;
		}
		catch (InvalidContent invalid) {
			reject(errors, invalid);
		}
		catch (CatalogueRefusal refusal) {
			rejectFiles(errors, model, refusal);
		}
		return refused(model, form, null, response, 422);
	}

	@GetMapping("/ressources/{id:\\d{1,18}}/modifier")
	String editForm(@PathVariable long id, UploadLimit.SentBack sentBack, Model model, RedirectAttributes redirect) {
		Resource resource = editable(id);
		if (!Catalogue.editable(resource, me())) {
			// A refused or withdrawn resource: said on its page rather than with a form that could not be saved.
			redirect.addFlashAttribute("moveError", "resources.error.notEditable");
			return "redirect:/ressources/" + id;
		}
		return formPage(model, ResourceForm.of(catalogue.contentOf(resource), resource.getVersion()), resource,
				Mode.EDIT, sentBack);
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/modifier")
	String edit(@PathVariable long id, @ModelAttribute("form") ResourceForm form, BindingResult errors,
			@RequestParam(name = "fichiers", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PersonView me = me();
		Resource resource = editable(id);
		ResourceContent content = form.toContent(errors, Workflow.isModerator(me));
		if (!Workflow.isModerator(me)) {
			// Only the platform team says where a resource comes from; an author's edit keeps it.
			content = content.withProvenance(resource.getProvenance());
		}
		model.addAttribute("filesNotSent", countOf(files));
		if (form.getVersion() == null) {
			errors.reject("resources.error.stale");
			return refused(model, form, resource, response, 409);
		}
		if (errors.hasErrors()) {
			reject(errors, rules.check(content, false));
			return refused(model, form, resource, response, 422);
		}
		try {
			catalogue.edit(id, form.getVersion(), me, content, uploads(files), form.getRemovedFiles(), form.getNote());
			redirect.addFlashAttribute("notice", "resources.saved");
			return "redirect:/ressources/" + id;
		}
		catch (InvalidContent invalid) {
			reject(errors, invalid);
			return refused(model, form, resource, response, 422);
		}
		catch (CatalogueRefusal refusal) {
			rejectFiles(errors, model, refusal);
			return refused(model, form, resource, response, refusal.isConflict() ? 409 : 422);
		}
	}

	/** A move in the workflow, from the resource's page. */
	@PostMapping("/ressources/{id:\\d{1,18}}/etape")
	String move(@PathVariable long id, @RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "message", required = false) String message,
			@RequestParam(name = "criteres", required = false) List<String> checks, RedirectAttributes redirect) {
		PersonView me = me();
		Resource resource = catalogue.find(id).filter(r -> Catalogue.visibleTo(r, me))
			.orElseThrow(() -> new NotFoundException("resource " + id));
		Workflow move = Codes.named(Workflow.class, action).orElse(null);
		if (move == null || version == null || !version.matches("\\d{1,18}")) {
			redirect.addFlashAttribute("moveError", "resources.error.move");
			return "redirect:/ressources/" + id;
		}
		if (!move.allowedTo(me, resource.getOwnerId())) {
			throw new AccessDeniedException("not allowed");
		}
		try {
			catalogue.move(id, Long.parseLong(version), me, move, message, checks);
			redirect.addFlashAttribute("notice", "resources.moved." + move.name());
		}
		catch (InvalidContent invalid) {
			// Said field by field, so the author knows what to complete before submitting again.
			redirect.addFlashAttribute("moveError", "resources.error.incomplete");
			Locale locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("moveProblems", invalid.problems().stream()
				.map(p -> messages.getMessage("resources.field." + p.field(), null, p.field(), locale) + " : "
						+ messages.getMessage(p.messageKey(), p.arguments(), locale))
				.distinct()
				.toList());
		}
		catch (CatalogueRefusal refusal) {
			redirect.addFlashAttribute("moveError", refusal.messageKey());
			redirect.addFlashAttribute("moveErrorArguments", refusal.arguments());
			// What was typed and ticked comes back in the form it was sent from, and there only.
			redirect.addFlashAttribute("typedMove", move);
			redirect.addFlashAttribute("typedMessage", message);
			redirect.addFlashAttribute("typedChecks", checks == null ? List.of() : checks);
		}
		return "redirect:/ressources/" + id;
	}

	@GetMapping("/ressources/{id:\\d{1,18}}/ameliorations/nouvelle")
	String proposalForm(@PathVariable long id, UploadLimit.SentBack sentBack, Model model) {
		Resource resource = proposable(id);
		ResourceForm form = ResourceForm.of(catalogue.contentOf(resource), resource.getVersion());
		return formPage(model, form, resource, Mode.PROPOSE, sentBack);
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/ameliorations/nouvelle")
	String propose(@PathVariable long id, @ModelAttribute("form") ResourceForm form, BindingResult errors,
			@RequestParam(name = "fichiers", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PersonView me = me();
		Resource resource = proposable(id);
		ResourceContent content = form.toContent(errors, false);
		model.addAttribute("filesNotSent", countOf(files));
		if (form.getReason() == null || form.getReason().isBlank()) {
			errors.rejectValue("reason", "proposals.error.reason");
		}
		if (!errors.hasErrors()) {
			try {
				long proposal = proposals.propose(id, me, content, form.getRemovedFiles(), uploads(files),
						form.getReason());
				redirect.addFlashAttribute("notice", "proposals.sent");
				return "redirect:/ressources/" + id + "/ameliorations/" + proposal;
			}
			catch (InvalidContent invalid) {
				reject(errors, invalid);
			}
			catch (CatalogueRefusal refusal) {
				rejectFiles(errors, model, refusal);
			}
		}
		else {
			reject(errors, rules.check(content, true));
		}
		response.setStatus(422);
		return formPage(model, form, resource, Mode.PROPOSE);
	}

	private Resource proposable(long id) {
		PersonView me = me();
		Resource resource = catalogue.find(id)
			.filter(r -> r.getStatus() == be.numedu.resources.catalogue.ResourceStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("resource " + id));
		if (resource.getOwnerId() == me.id()) {
			// the author edits directly: a proposal is for the others
			throw new AccessDeniedException("own resource");
		}
		return resource;
	}

	@GetMapping("/ressources/miennes")
	String mine(@RequestParam(name = "page", required = false) String page, HttpServletRequest request, Model model) {
		PersonView me = me();
		Page<Resource> resources = catalogue.ownedBy(me.id(), PageRequest.of(PageLinks.index(page), 20));
		model.addAttribute("resources", resources);
		model.addAttribute("pages", PageLinks.of(request, resources.getNumber(), Math.max(1, resources.getTotalPages())));
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("resources.title", "/ressources"), Crumb.current("resources.mine.title")));
		return "resources/mine";
	}

	@GetMapping("/ressources/moderation")
	String moderation(@RequestParam(name = "page", required = false) String page, HttpServletRequest request,
			Model model) {
		Page<Resource> resources = catalogue.awaitingModeration(PageRequest.of(PageLinks.index(page), 20));
		model.addAttribute("resources", resources);
		model.addAttribute("owners", resources.getContent().stream().map(Resource::getOwnerId).distinct()
			.collect(java.util.stream.Collectors.toMap(ownerId -> ownerId,
					ownerId -> people.find(ownerId).map(PersonView::displayName).orElse("—"))));
		model.addAttribute("pages", PageLinks.of(request, resources.getNumber(), Math.max(1, resources.getTotalPages())));
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("resources.title", "/ressources"), Crumb.current("resources.moderation.title")));
		return "resources/moderation";
	}

	private String refused(Model model, ResourceForm form, Resource resource, HttpServletResponse response,
			int status) {
		response.setStatus(status);
		return formPage(model, form, resource, resource == null ? Mode.CREATE : Mode.EDIT);
	}

	/** What the resource form is for. */
	enum Mode {
		CREATE, EDIT, PROPOSE
	}

	private String formPage(Model model, ResourceForm form, Resource resource, Mode mode) {
		return formPage(model, form, resource, mode, null);
	}

	/**
	 * The form's page, said refused when it comes back from a request UploadLimitFilter turned away before anything
	 * read it ({@code sentBack}). What was typed could not be read; the page's script keeps it by refusing files too
	 * heavy for one request before sending.
	 */
	private String formPage(Model model, ResourceForm form, Resource resource, Mode mode,
			UploadLimit.SentBack sentBack) {
		PersonView me = me();
		boolean published = resource != null
				&& resource.getStatus() == be.numedu.resources.catalogue.ResourceStatus.PUBLISHED;
		model.addAttribute("proposing", mode == Mode.PROPOSE);
		model.addAttribute("heading", switch (mode) {
			case CREATE -> "resources.new.title";
			case EDIT -> "resources.edit.title";
			case PROPOSE -> "proposals.new.title";
		});
		model.addAttribute("intro", switch (mode) {
			case CREATE -> "resources.new.intro";
			case EDIT -> published ? "resources.edit.published" : null;
			case PROPOSE -> "proposals.new.intro";
		});
		model.addAttribute("submitLabel", switch (mode) {
			case CREATE -> "resources.new.submit";
			case EDIT -> "resources.edit.submit";
			case PROPOSE -> "proposals.new.submit";
		});
		model.addAttribute("formAction", switch (mode) {
			case CREATE -> "/ressources/nouvelle";
			case EDIT -> "/ressources/" + resource.getId() + "/modifier";
			case PROPOSE -> "/ressources/" + resource.getId() + "/ameliorations/nouvelle";
		});
		model.addAttribute("form", form);
		if (sentBack != null) {
			BindingResult errors = new BeanPropertyBindingResult(form, "form");
			rejectFiles(errors, model, switch (sentBack) {
				case TOO_LARGE -> "resources.error.files.request";
				case UNREADABLE -> "resources.error.files.unreadable";
			}, uploadLimit.maxRequest().toMegabytes(), properties.maxFileBytes() / (1024 * 1024));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		model.addAttribute("resource", resource);
		model.addAttribute("files", resource == null ? List.of() : catalogue.currentFiles(resource.getId()));
		model.addAttribute("types", ResourceType.values());
		model.addAttribute("years", Arrays.stream(SchoolYear.values()).map(Enum::name).toList());
		model.addAttribute("disciplines", Arrays.stream(Discipline.values()).map(Enum::name).toList());
		model.addAttribute("languages", Languages.CODES);
		model.addAttribute("licences", Licence.values());
		model.addAttribute("audiences", Arrays.stream(Audience.values()).map(Enum::name).toList());
		model.addAttribute("features", Arrays.stream(AccessibilityFeature.values()).map(Enum::name).toList());
		model.addAttribute("accessModes", Arrays.stream(AccessMode.values()).map(Enum::name).toList());
		model.addAttribute("hazards", Arrays.stream(AccessibilityHazard.values()).map(Enum::name).toList());
		model.addAttribute("accommodations", Arrays.stream(Accommodation.values()).map(Enum::name).toList());
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("chooseProvenance", Workflow.isModerator(me) && mode != Mode.PROPOSE);
		model.addAttribute("frameworks", frameworks.all());
		model.addAttribute("maxFiles", properties.maxFiles());
		model.addAttribute("maxFileMegabytes", properties.maxFileBytes() / (1024 * 1024));
		model.addAttribute("maxRequestBytes", uploadLimit.maxRequest().toBytes());
		model.addAttribute("maxRequestMegabytes", uploadLimit.maxRequest().toMegabytes());
		model.addAttribute("published", published);
		model.addAttribute("breadcrumbs", resource == null
				? List.of(Crumb.of("resources.title", "/ressources"), Crumb.current("resources.new.title"))
				: List.of(Crumb.of("resources.title", "/ressources"),
						Crumb.text(resource.getTitle(), "/ressources/" + resource.getId()),
						Crumb.current(mode == Mode.PROPOSE ? "proposals.new.title" : "resources.edit.title")));
		return "resources/form";
	}

	private Resource editable(long id) {
		PersonView me = me();
		Resource resource = catalogue.find(id).filter(r -> Catalogue.visibleTo(r, me))
			.orElseThrow(() -> new NotFoundException("resource " + id));
		if (resource.getOwnerId() != me.id() && !Workflow.isModerator(me)) {
			throw new AccessDeniedException("not the author");
		}
		return resource;
	}

	private static void reject(BindingResult errors, InvalidContent invalid) {
		reject(errors, invalid.problems());
	}

	private static void reject(BindingResult errors, List<ContentRules.Problem> problems) {
		for (ContentRules.Problem problem : problems) {
			if (!errors.hasFieldErrors(problem.field())) {
				errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
		}
	}

	private void rejectFiles(BindingResult errors, Model model, CatalogueRefusal refusal) {
		rejectFiles(errors, model, refusal.messageKey(), refusal.arguments());
	}

	private void rejectFiles(BindingResult errors, Model model, String key, Object... arguments) {
		errors.reject(key, arguments, null);
		if (key.startsWith("resources.error.files")) {
			model.addAttribute("filesError", messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
		}
	}

	private static long countOf(List<MultipartFile> files) {
		return files == null ? 0 : files.stream().filter(f -> f != null && !f.isEmpty()).count();
	}

	/**
	 * The files sent. A file input left empty is no file; an empty file chosen keeps its name, and is refused by the
	 * catalogue's checks.
	 */
	static List<Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(file -> file != null).map(file -> {
			try {
				return new Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).filter(upload -> FileVault.chosen(upload.fileName(), upload.content())).toList();
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
