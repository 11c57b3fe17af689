package be.numedu.support.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.directory.Directory;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.schools.SchoolRegistry;
import be.numedu.schools.SchoolSummary;
import be.numedu.shared.web.Crumb;
import be.numedu.support.domain.DeskRefusal;
import be.numedu.support.domain.Filing;
import be.numedu.support.domain.PreferredContact;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportRequest;
import be.numedu.support.domain.SupportProperties;
import be.numedu.support.domain.Urgency;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Filing a request for one's implantation. Coming from the finder ({@code ?besoin=…&operateur=…}) fills in the nature
 * of the need, proposes the operator the person chose, and starts the description with that operator's "what to
 * prepare" list, for the person to complete. A refused form comes back with everything typed (files must be chosen
 * again: browsers do not allow a page to fill in a file field).
 */
@Controller
class FilingController {

	private final SupportDesk desk;

	private final People people;

	private final SchoolRegistry schools;

	private final Directory directory;

	private final SupportProperties properties;

	private final MessageSource messages;

	FilingController(SupportDesk desk, People people, SchoolRegistry schools, Directory directory,
			SupportProperties properties, MessageSource messages) {
		this.messages = messages;
		this.desk = desk;
		this.people = people;
		this.schools = schools;
		this.directory = directory;
		this.properties = properties;
	}

	@GetMapping("/demandes/nouvelle")
	String form(@RequestParam(name = "besoin", required = false) String needCode,
			@RequestParam(name = "operateur", required = false) String operatorSlug, Model model) {
		RequestForm form = new RequestForm();
		Optional<Need> need = Arrays.stream(Need.values()).filter(n -> n.name().equals(needCode)).findFirst();
		need.ifPresent(form::setNeed);
		Optional<OperatorCard> proposed = activeCard(operatorSlug);
		proposed.ifPresent(card -> {
			form.setProposedOperator(card.slug());
			if (!card.toPrepare().isEmpty()) {
				// Each point of the operator's list becomes a line the person completes.
				StringBuilder start = new StringBuilder();
				card.toPrepare().forEach(item -> start.append("– ").append(item).append(" : \n"));
				form.setDescription(start.append('\n').toString());
			}
		});
		return page(model, form);
	}

	@PostMapping("/demandes/nouvelle")
	String file(@Valid @ModelAttribute("form") RequestForm form, BindingResult errors,
			@RequestParam(name = "fichiers", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		// A refused form cannot give the chosen files back: the page says how many are to be chosen again.
		model.addAttribute("filesNotSent",
				files == null ? 0 : files.stream().filter(file -> file != null && !file.isEmpty()).count());
		PersonView me = me();
		List<SchoolSummary> here = schoolsHere(me);
		SchoolSummary school = here.size() == 1 ? here.get(0)
				: here.stream().filter(s -> form.getSchoolFase() != null && s.fase() == form.getSchoolFase())
					.findFirst().orElse(null);
		if (school == null && !errors.hasFieldErrors("schoolFase")) {
			errors.rejectValue("schoolFase", "support.form.school.required");
		}
		if (form.getPreferredContact() == PreferredContact.TELEPHONE
				&& (form.getContactPhone() == null || form.getContactPhone().isBlank())
				&& !errors.hasFieldErrors("contactPhone")) {
			errors.rejectValue("contactPhone", "support.form.phone.required");
		}
		if (errors.hasErrors()) {
			return page(model, form);
		}
		String proposed = activeCard(form.getProposedOperator()).map(OperatorCard::slug).orElse(null);
		try {
			SupportRequest request = desk.file(new Filing(me, me.siteFase(), school, form.getNeed(),
					form.getTitle().strip(), form.getDescription().strip(), form.getUrgency(),
					form.getPreferredContact(), blankToNull(form.getContactPhone()), proposed, Uploads.of(files)));
			redirect.addFlashAttribute("notice", "support.filed");
			return "redirect:/demandes/" + request.getReference();
		}
		catch (DeskRefusal refusal) {
			if (refusal.messageKey().startsWith("support.form.phone")) {
				errors.rejectValue("contactPhone", refusal.messageKey(), refusal.arguments(), null);
			}
			else {
				errors.reject(refusal.messageKey(), refusal.arguments(), null);
				if (refusal.messageKey().startsWith("support.error.attachment")) {
					// the file field has no property on the form: its message is shown beside it as well
					model.addAttribute("filesError", messages.getMessage(refusal.messageKey(), refusal.arguments(),
							LocaleContextHolder.getLocale()));
				}
			}
			return page(model, form);
		}
	}

	private String page(Model model, RequestForm form) {
		PersonView me = me();
		model.addAttribute("form", form);
		model.addAttribute("site", schools.schoolsAtSite(me.siteFase()).stream().flatMap(s -> s.sites().stream())
			.filter(site -> site.fase() == me.siteFase()).findFirst().orElse(null));
		model.addAttribute("schools", schoolsHere(me));
		model.addAttribute("needs", Need.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("contacts", PreferredContact.values());
		model.addAttribute("proposed", activeCard(form.getProposedOperator()).orElse(null));
		model.addAttribute("maxFiles", properties.maxAttachments());
		model.addAttribute("maxFileMegabytes", properties.maxAttachmentBytes() / (1024 * 1024));
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("support.mine.title", "/demandes"), Crumb.current("support.new.title")));
		return "support/new";
	}

	private List<SchoolSummary> schoolsHere(PersonView me) {
		return schools.schoolsAtSite(me.siteFase()).stream().filter(s -> !s.retired()).toList();
	}

	private Optional<OperatorCard> activeCard(String slug) {
		return slug == null || slug.isBlank() ? Optional.empty()
				: directory.card(slug).filter(card -> !card.retired());
	}

	private PersonView me() {
		PersonView me = people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
		if (me.siteFase() == null) {
			throw new AccessDeniedException("no implantation");
		}
		return me;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
