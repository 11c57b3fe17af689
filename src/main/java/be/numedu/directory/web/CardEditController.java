package be.numedu.directory.web;

import java.util.List;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.directory.DelayUnit;
import be.numedu.directory.InterventionMode;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.OperatorCategory;
import be.numedu.directory.domain.Cards;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating, editing, retiring and bringing back cards. A refused save (invalid field, or a card changed by someone
 * else meanwhile) shows the form again with everything the person typed, the messages next to the fields and, for a
 * concurrent change, who changed what.
 */
@Controller
class CardEditController {

	private final Cards cards;

	private final People people;

	CardEditController(Cards cards, People people) {
		this.cards = cards;
		this.people = people;
	}

	@GetMapping("/cartographie/operateurs/nouveau")
	String newCard(Model model) {
		return form(model, CardForm.empty(), null);
	}

	@PostMapping("/cartographie/operateurs/nouveau")
	String create(@Valid @ModelAttribute("form") CardForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		checkPreparation(form, errors);
		checkServiceLevel(form, errors);
		if (errors.hasErrors()) {
			return form(model, form, null);
		}
		OperatorCard created = cards.create(form.toCard(null), me());
		redirect.addFlashAttribute("notice", "card.created");
		return "redirect:/cartographie/operateurs/" + created.slug();
	}

	@GetMapping("/cartographie/operateurs/{slug}/modifier")
	String edit(@PathVariable String slug, Model model) {
		OperatorCard card = load(slug);
		requireEditor(slug);
		return form(model, CardForm.of(card), card);
	}

	@PostMapping("/cartographie/operateurs/{slug}/modifier")
	String update(@PathVariable String slug, @Valid @ModelAttribute("form") CardForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		OperatorCard card = load(slug);
		requireEditor(slug);
		checkPreparation(form, errors);
		checkServiceLevel(form, errors);
		if (form.getVersion() == null) {
			errors.reject("card.error.version");
		}
		if (errors.hasErrors()) {
			return form(model, form, card);
		}
		try {
			cards.update(slug, form.getVersion(), form.toCard(slug), me());
		}
		catch (Cards.StaleCard stale) {
			model.addAttribute("stale", stale);
			// Where the person's version and the current one differ: the current value is shown beside each field.
			model.addAttribute("staleFields", Cards.changedFields(stale.current(), form.toCard(slug)));
			// The form keeps what the person typed; saving again now starts from the current version.
			form.setVersion(stale.current().version());
			return form(model, form, stale.current());
		}
		redirect.addFlashAttribute("notice", "card.saved");
		return "redirect:/cartographie/operateurs/" + slug;
	}

	@PostMapping("/cartographie/operateurs/{slug}/retirer")
	String retire(@PathVariable String slug, @RequestParam(name = "version", required = false) Long version,
			RedirectAttributes redirect) {
		return changeState(slug, version, true, redirect);
	}

	@PostMapping("/cartographie/operateurs/{slug}/reactiver")
	String reactivate(@PathVariable String slug, @RequestParam(name = "version", required = false) Long version,
			RedirectAttributes redirect) {
		return changeState(slug, version, false, redirect);
	}

	private String changeState(String slug, Long version, boolean retire, RedirectAttributes redirect) {
		load(slug);
		if (version == null) {
			redirect.addFlashAttribute("notice", "card.stateStale");
			return "redirect:/cartographie/operateurs/" + slug;
		}
		try {
			if (retire) {
				cards.retire(slug, version, me());
			}
			else {
				cards.reactivate(slug, version, me());
			}
			redirect.addFlashAttribute("notice", retire ? "card.retired" : "card.reactivated");
		}
		catch (Cards.StaleCard stale) {
			redirect.addFlashAttribute("notice", "card.stateStale");
		}
		return "redirect:/cartographie/operateurs/" + slug;
	}

	private String form(Model model, CardForm form, OperatorCard card) {
		model.addAttribute("form", form);
		model.addAttribute("card", card);
		model.addAttribute("admin", me().isAdmin());
		model.addAttribute("categories", OperatorCategory.values());
		model.addAttribute("allNeeds", Need.values());
		model.addAttribute("allNetworks", Network.values());
		model.addAttribute("allZones", Zone.values());
		model.addAttribute("allTeachingTypes", TeachingType.values());
		model.addAttribute("allModes", InterventionMode.values());
		model.addAttribute("delayUnits", DelayUnit.values());
		model.addAttribute("breadcrumbs", card == null
				? List.of(Crumb.of("directory.title", "/cartographie"), Crumb.current("card.new.title"))
				: List.of(Crumb.of("directory.title", "/cartographie"),
						Crumb.text(card.shortName(), "/cartographie/operateurs/" + card.slug()),
						Crumb.current("card.edit.title")));
		return "directory/edit";
	}

	/** A delay needs its unit, and opening hours both ends, the opening before the closing. */
	private static void checkServiceLevel(CardForm form, BindingResult errors) {
		if (form.getTakeChargeDelay() != null && form.getTakeChargeUnit() == null) {
			errors.rejectValue("takeChargeUnit", "card.error.unit");
		}
		if (form.getResolveDelay() != null && form.getResolveUnit() == null) {
			errors.rejectValue("resolveUnit", "card.error.unit");
		}
		if ((form.getOpensAt() == null) != (form.getClosesAt() == null)) {
			errors.rejectValue(form.getOpensAt() == null ? "opensAt" : "closesAt", "card.error.hours.both");
		}
		else if (form.getOpensAt() != null && !form.getOpensAt().isBefore(form.getClosesAt())) {
			errors.rejectValue("closesAt", "card.error.hours.order");
		}
	}

	private void checkPreparation(CardForm form, BindingResult errors) {
		List<String> items = form.preparationItems();
		if (items.size() > CardForm.MAX_PREPARATION_ITEMS) {
			errors.rejectValue("toPrepare", "card.error.prepare.count", new Object[] { CardForm.MAX_PREPARATION_ITEMS },
					null);
		}
		else if (items.stream().anyMatch(item -> item.length() > CardForm.MAX_PREPARATION_LENGTH)) {
			errors.rejectValue("toPrepare", "card.error.prepare.length",
					new Object[] { CardForm.MAX_PREPARATION_LENGTH }, null);
		}
	}

	private OperatorCard load(String slug) {
		return cards.find(slug).orElseThrow(() -> new NotFoundException("operator " + slug));
	}

	private void requireEditor(String slug) {
		if (!cards.mayEdit(me(), slug)) {
			throw new AccessDeniedException("not this operator's staff");
		}
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
