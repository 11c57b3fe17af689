package be.numedu.accounts.web;

import java.util.ArrayList;
import java.util.List;

import be.numedu.accounts.Attachments;
import be.numedu.accounts.People;
import be.numedu.accounts.Role;
import be.numedu.accounts.domain.Accounts;
import be.numedu.accounts.domain.Person;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SGNE administrators' management of accounts: the list of people, opening an account (its password is
 * generated and shown once, to be handed over), closing and reopening one, and giving a new password.
 */
@Controller
class PeopleController {

	static final String SGNE = "sgne";

	private final Accounts accounts;

	private final People people;

	private final Attachments.Sites sites;

	private final Attachments.Operators operators;

	PeopleController(Accounts accounts, People people, Attachments.Sites sites, Attachments.Operators operators) {
		this.accounts = accounts;
		this.people = people;
		this.sites = sites;
		this.operators = operators;
	}

	/** A person as the list shows them. */
	record Row(long id, String email, String displayName, Role role, String attachedTo, boolean enabled, boolean demo,
			boolean me) {
	}

	@GetMapping("/compte/personnes")
	String list(Model model) {
		long me = people.current().orElseThrow().id();
		List<Row> rows = new ArrayList<>();
		for (Person person : accounts.all()) {
			rows.add(new Row(person.getId(), person.getEmail(), person.getDisplayName(), person.getRole(),
					attachedTo(person), person.isEnabled(), person.isDemo(), person.getId() == me));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("account.title", "/compte"), Crumb.current("people.title")));
		return "accounts/people";
	}

	@GetMapping("/compte/personnes/nouvelle")
	String newPerson(Model model) {
		return form(model, new PersonForm());
	}

	@PostMapping("/compte/personnes/nouvelle")
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Integer siteFase = null;
		String operator = null;
		if (form.getRole() != null) {
			if (form.getRole().attachment() == Role.Attachment.IMPLANTATION) {
				String fase = form.getSiteFase() == null ? "" : form.getSiteFase().strip();
				if (!fase.matches("\\d{1,9}") || sites.describe(Integer.parseInt(fase)).isEmpty()) {
					errors.rejectValue("siteFase", "people.error.site");
				}
				else {
					siteFase = Integer.parseInt(fase);
				}
			}
			else {
				operator = form.getRole() == Role.ADMIN_SGNE ? SGNE : form.getOperatorSlug();
				if (operator == null || operators.describe(operator).isEmpty()) {
					errors.rejectValue("operatorSlug", "people.error.operator");
				}
			}
		}
		if (errors.hasErrors()) {
			return form(model, form);
		}
		String password = accounts.generatePassword();
		try {
			accounts.create(form.getEmail(), form.getDisplayName().strip(), password, form.getRole(), siteFase, operator,
					false);
		}
		catch (Accounts.EmailTaken taken) {
			errors.rejectValue("email", "people.error.emailTaken");
			return form(model, form);
		}
		redirect.addFlashAttribute("generatedFor", form.getEmail().strip().toLowerCase(java.util.Locale.ROOT));
		redirect.addFlashAttribute("generatedPassword", password);
		return "redirect:/compte/personnes";
	}

	@PostMapping("/compte/personnes/{id}/desactiver")
	String disable(@PathVariable String id, RedirectAttributes redirect) {
		Person person = load(id);
		if (person.getId() == people.current().orElseThrow().id()) {
			redirect.addFlashAttribute("notice", "people.error.self");
			return "redirect:/compte/personnes";
		}
		accounts.enable(person.getId(), false);
		redirect.addFlashAttribute("notice", "people.disabled");
		return "redirect:/compte/personnes";
	}

	@PostMapping("/compte/personnes/{id}/reactiver")
	String enable(@PathVariable String id, RedirectAttributes redirect) {
		accounts.enable(load(id).getId(), true);
		redirect.addFlashAttribute("notice", "people.enabled");
		return "redirect:/compte/personnes";
	}

	@PostMapping("/compte/personnes/{id}/mot-de-passe")
	String resetPassword(@PathVariable String id, RedirectAttributes redirect) {
		Person person = load(id);
		redirect.addFlashAttribute("generatedFor", person.getEmail());
		redirect.addFlashAttribute("generatedPassword", accounts.resetPassword(person.getId()));
		return "redirect:/compte/personnes";
	}

	private String form(Model model, PersonForm form) {
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("operators", operators.choices());
		model.addAttribute("breadcrumbs", List.of(Crumb.of("account.title", "/compte"),
				Crumb.of("people.title", "/compte/personnes"), Crumb.current("people.new.title")));
		return "accounts/person-new";
	}

	private String attachedTo(Person person) {
		if (person.getSiteFase() != null) {
			return "FASE " + person.getSiteFase() + sites.describe(person.getSiteFase()).map(d -> " – " + d).orElse("");
		}
		return operators.describe(person.getOperatorSlug()).orElse(person.getOperatorSlug());
	}

	private Person load(String id) {
		if (!id.matches("\\d{1,18}")) {
			throw new NotFoundException("person " + id);
		}
		return accounts.find(Long.parseLong(id)).orElseThrow(() -> new NotFoundException("person " + id));
	}
}
