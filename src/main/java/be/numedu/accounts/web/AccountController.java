package be.numedu.accounts.web;

import java.util.List;

import be.numedu.accounts.Attachments;
import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.accounts.domain.Accounts;
import be.numedu.shared.web.Crumb;
import be.numedu.accounts.domain.NumeduUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page, and the signed-in person's account: who they are, what they belong to, their password. */
@Controller
class AccountController {

	private final People people;

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final Attachments.Sites sites;

	private final Attachments.Operators operators;

	private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

	AccountController(People people, Accounts accounts, PasswordEncoder encoder, Attachments.Sites sites,
			Attachments.Operators operators) {
		this.people = people;
		this.accounts = accounts;
		this.encoder = encoder;
		this.sites = sites;
		this.operators = operators;
	}

	@GetMapping(SecurityConfig.LOGIN)
	String login(Model model) {
		model.addAttribute("breadcrumbs", List.of(Crumb.current("login.title")));
		return "accounts/login";
	}

	@GetMapping("/compte")
	String account(Model model) {
		model.addAttribute("passwordForm", new PasswordForm(null, null, null));
		return account(model, people.current().orElseThrow());
	}

	@PostMapping("/compte/mot-de-passe")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		PersonView me = people.current().orElseThrow();
		var person = accounts.find(me.email()).orElseThrow();
		if (!errors.hasFieldErrors("current") && !encoder.matches(form.current(), person.getPasswordHash())) {
			errors.rejectValue("current", "account.password.current.wrong");
		}
		if (!errors.hasFieldErrors("replacement") && !form.replacement().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "account.password.confirmation.different");
		}
		if (errors.hasErrors()) {
			return account(model, me);
		}
		accounts.changePassword(person, form.replacement());
		// Other sessions of the person end with the old password; this one goes on with the new principal.
		NumeduUser renewed = accounts.principal(me.id());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		sessionContexts.saveContext(context, request, response);
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/compte";
	}

	private String account(Model model, PersonView me) {
		model.addAttribute("me", me);
		model.addAttribute("siteName", me.siteFase() == null ? null : sites.describe(me.siteFase()).orElse(null));
		model.addAttribute("operatorName",
				me.operatorSlug() == null ? null : operators.describe(me.operatorSlug()).orElse(null));
		model.addAttribute("breadcrumbs", List.of(Crumb.current("account.title")));
		return "accounts/account";
	}

	/** The password change form; never bound to the entity. */
	record PasswordForm(@NotBlank String current, @NotBlank @Size(min = 12, max = 200) String replacement,
			String confirmation) {
	}
}
