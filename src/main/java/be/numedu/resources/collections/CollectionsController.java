package be.numedu.resources.collections;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.resources.collections.CollectionRefusal.Kind;
import be.numedu.resources.web.Markdown;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import be.numedu.shared.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
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
 * The collections' pages: the public collections (and the person's own), each collection with its resources in
 * order, the form to make or change one, and the actions on its items. A private collection exists only for its
 * owner (404 for anyone else); someone else's public collection cannot be changed (403). A refused form comes back
 * with what was typed and why, in French: 422 for what cannot be accepted, 409 when the page was no longer current
 * (the collection changed in another tab) or the resource is already there.
 */
@Controller
class CollectionsController {

	static final int PAGE_SIZE = 20;

	private static final String PATH = "/collections";

	private final Collections collections;

	private final Catalogue catalogue;

	private final People people;

	private final Markdown markdown;

	private final MessageSource messages;

	CollectionsController(Collections collections, Catalogue catalogue, People people, Markdown markdown,
			MessageSource messages) {
		this.collections = collections;
		this.catalogue = catalogue;
		this.people = people;
		this.markdown = markdown;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String list(@RequestParam(name = "page", required = false) String page, HttpServletRequest request, Model model) {
		PersonView me = people.current().orElse(null);
		Page<Collections.Listed> found = collections.publicCollections(PageLinks.index(page), PAGE_SIZE);
		List<Collections.Listed> mine = me == null ? List.of() : collections.ownedBy(me.id());
		Map<Long, String> owners = new HashMap<>();
		found.getContent().forEach(l -> owners.computeIfAbsent(l.collection().getOwnerId(), this::ownerName));
		model.addAttribute("collections", found);
		model.addAttribute("owners", owners);
		model.addAttribute("mine", mine);
		model.addAttribute("signedIn", me != null);
		model.addAttribute("maxPerPerson", Collections.MAX_PER_PERSON);
		model.addAttribute("pages", PageLinks.of(request, found.getNumber(), Math.max(1, found.getTotalPages())));
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("collections.crumb.resources", "/ressources"), Crumb.current("collections.title")));
		return "resources/collections/list";
	}

	@GetMapping(PATH + "/{id}")
	String show(@PathVariable String id, Model model) {
		PersonView me = people.current().orElse(null);
		return collectionPage(visible(id(id), me), me, model);
	}

	@GetMapping(PATH + "/nouvelle")
	String newForm(@RequestParam(name = "ressource", required = false) String resource, Model model) {
		CollectionForm form = new CollectionForm();
		form.setVisibility(Visibility.PRIVATE.name());
		form.setResource(resource);
		return formPage(form, null, model);
	}

	@PostMapping(PATH + "/nouvelle")
	String create(@ModelAttribute("form") CollectionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PersonView me = me();
		Long resourceId = resourceId(form.getResource());
		try {
			long id = attempt(() -> collections.create(me, form.getTitle(), form.getDescription(), form.visibility(),
					resourceId));
			redirect.addFlashAttribute("notice",
					resourceId == null ? "collections.created" : "collections.createdWithResource");
			return "redirect:" + PATH + "/" + id;
		}
		catch (CollectionRefusal refusal) {
			reject(errors, refusal);
			response.setStatus(refusal.kind().status());
			return formPage(form, null, model);
		}
	}

	@GetMapping(PATH + "/{id}/modifier")
	String editForm(@PathVariable String id, Model model, HttpServletResponse response) {
		PersonView me = me();
		ResourceCollection collection = visible(id(id), me);
		if (collection.getOwnerId() != me.id()) {
			return refusedPage(collection, "collections.error.notYours", model, response);
		}
		return formPage(CollectionForm.of(collection), collection, model);
	}

	@PostMapping(PATH + "/{id}/modifier")
	String edit(@PathVariable String id, @ModelAttribute("form") CollectionForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PersonView me = me();
		long collectionId = id(id);
		try {
			attempt(() -> {
				collections.edit(collectionId, version(form.getVersion()), me, form.getTitle(), form.getDescription(),
						form.visibility());
				return null;
			});
			redirect.addFlashAttribute("notice", "collections.saved");
			return "redirect:" + PATH + "/" + collectionId;
		}
		catch (CollectionRefusal refusal) {
			ResourceCollection collection = refusedAs404(refusal, collectionId, me);
			if (refusal.kind() == Kind.FORBIDDEN) {
				return refusedPage(collection, refusal.messageKey(), model, response);
			}
			if (refusal.kind() == Kind.STALE) {
				// The form now stands on the collection as saved: sending it again replaces that one.
				form.setVersion(Long.toString(collection.getVersion()));
				errors.reject("collections.error.staleForm");
			}
			else {
				reject(errors, refusal);
			}
			response.setStatus(refusal.kind().status());
			return formPage(form, collection, model);
		}
	}

	@PostMapping(PATH + "/{id}/supprimer")
	String delete(@PathVariable String id, @RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "confirmation", required = false) String confirmation, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PersonView me = me();
		long collectionId = id(id);
		try {
			attempt(() -> {
				collections.delete(collectionId, version(version), me, "oui".equals(confirmation));
				return null;
			});
			redirect.addFlashAttribute("notice", "collections.deleted");
			return "redirect:" + PATH;
		}
		catch (CollectionRefusal refusal) {
			ResourceCollection collection = refusedAs404(refusal, collectionId, me);
			if (refusal.kind() == Kind.FORBIDDEN) {
				return refusedPage(collection, refusal.messageKey(), model, response);
			}
			model.addAttribute("deleteError", refusal.kind() == Kind.STALE ? message("collections.error.staleDelete", null)
					: message(refusal.messageKey(), refusal.arguments()));
			model.addAttribute("confirmError", "confirm".equals(refusal.problems().get(0).field()));
			response.setStatus(refusal.kind().status());
			return formPage(CollectionForm.of(collection), collection, model);
		}
	}

	/** Adds a resource, from the resource's page; a refusal gets a page of its own, with the note kept. */
	@PostMapping(PATH + "/{id}/ressources")
	String add(@PathVariable String id, @RequestParam(name = "ressource", required = false) String resource,
			@RequestParam(name = "note", required = false) String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		long collectionId = id(id);
		Long resourceId = resourceId(resource);
		try {
			attempt(() -> {
				collections.add(collectionId, me, resourceId, note);
				return null;
			});
			redirect.addFlashAttribute("notice", "collections.added");
			return "redirect:/ressources/" + resourceId;
		}
		catch (CollectionRefusal refusal) {
			ResourceCollection collection = refusedAs404(refusal, collectionId, me);
			if (refusal.kind() == Kind.FORBIDDEN) {
				return refusedPage(collection, refusal.messageKey(), model, response);
			}
			Resource shown = resourceId == null ? null
					: catalogue.find(resourceId).filter(r -> Catalogue.visibleTo(r, me)).orElse(null);
			model.addAttribute("collection", collection);
			model.addAttribute("resource", shown);
			model.addAttribute("resourceId", resourceId);
			model.addAttribute("note", note);
			model.addAttribute("problem", message(refusal.messageKey(), refusal.arguments()));
			model.addAttribute("noteError", "note".equals(refusal.problems().get(0).field()));
			model.addAttribute("maxNote", Collections.MAX_NOTE);
			model.addAttribute("breadcrumbs", List.of(Crumb.of("collections.title", PATH),
					Crumb.text(collection.getTitle(), PATH + "/" + collectionId), Crumb.current("collections.add.title")));
			response.setStatus(refusal.kind().status());
			return "resources/collections/add";
		}
	}

	@PostMapping(PATH + "/{id}/ressources/{resourceId}/retirer")
	String remove(@PathVariable String id, @PathVariable String resourceId,
			@RequestParam(name = "version", required = false) String version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		long collectionId = id(id);
		long item = id(resourceId);
		return itemAction(collectionId, me, model, response, redirect, "collections.removed", "#ressources", false,
				() -> {
					collections.remove(collectionId, version(version), me, item);
					return null;
				});
	}

	@PostMapping(PATH + "/{id}/ressources/{resourceId}/monter")
	String up(@PathVariable String id, @PathVariable String resourceId,
			@RequestParam(name = "version", required = false) String version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return move(id, resourceId, version, Positions.Move.UP, model, response, redirect);
	}

	@PostMapping(PATH + "/{id}/ressources/{resourceId}/descendre")
	String down(@PathVariable String id, @PathVariable String resourceId,
			@RequestParam(name = "version", required = false) String version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return move(id, resourceId, version, Positions.Move.DOWN, model, response, redirect);
	}

	private String move(String id, String resourceId, String version, Positions.Move move, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PersonView me = me();
		long collectionId = id(id);
		long item = id(resourceId);
		return itemAction(collectionId, me, model, response, redirect, "collections.moved", "#element-" + item, false,
				() -> {
					collections.move(collectionId, version(version), me, item, move);
					return null;
				});
	}

	@PostMapping(PATH + "/{id}/ressources/{resourceId}/note")
	String note(@PathVariable String id, @PathVariable String resourceId,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "note", required = false) String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		long collectionId = id(id);
		long item = id(resourceId);
		// What was typed comes back beside the item, whatever the refusal.
		model.addAttribute("typedNoteFor", item);
		model.addAttribute("typedNote", note);
		return itemAction(collectionId, me, model, response, redirect, "collections.noteSaved", "#element-" + item, true,
				() -> {
					collections.note(collectionId, version(version), me, item, note);
					return null;
				});
	}

	/** Makes someone's public collection private, for abuse (SGNE administrators). */
	@PostMapping(PATH + "/{id}/rendre-privee")
	String makePrivate(@PathVariable String id, @RequestParam(name = "version", required = false) String version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PersonView me = me();
		long collectionId = id(id);
		try {
			attempt(() -> {
				collections.makePrivate(collectionId, version(version), me);
				return null;
			});
			redirect.addFlashAttribute("notice", "collections.madePrivate");
			return "redirect:" + PATH;
		}
		catch (CollectionRefusal refusal) {
			if (refusal.kind() == Kind.FORBIDDEN) {
				throw new AccessDeniedException("not an administrator");
			}
			ResourceCollection collection = refusedAs404(refusal, collectionId, me);
			model.addAttribute("problem", message(refusal.messageKey(), refusal.arguments()));
			response.setStatus(refusal.kind().status());
			return collectionPage(collection, me, model);
		}
	}

	/** An action on an item from the collection's page: back to the page, or the page again with why not. */
	private String itemAction(long collectionId, PersonView me, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String notice, String anchor, boolean typed, Supplier<Void> action) {
		try {
			attempt(action);
			redirect.addFlashAttribute("notice", notice);
			return "redirect:" + PATH + "/" + collectionId + anchor;
		}
		catch (CollectionRefusal refusal) {
			ResourceCollection collection = refusedAs404(refusal, collectionId, me);
			if (refusal.kind() == Kind.FORBIDDEN) {
				return refusedPage(collection, refusal.messageKey(), model, response);
			}
			String text = refusal.kind() == Kind.STALE && typed ? message("collections.error.staleForm", null)
					: message(refusal.messageKey(), refusal.arguments());
			if ("note".equals(refusal.problems().get(0).field())) {
				model.addAttribute("noteError", text);
			}
			model.addAttribute("problem", text);
			response.setStatus(refusal.kind().status());
			return collectionPage(collection, me, model);
		}
	}

	private String collectionPage(ResourceCollection collection, PersonView me, Model model) {
		boolean mine = me != null && me.id() == collection.getOwnerId();
		model.addAttribute("collection", collection);
		model.addAttribute("owner", ownerName(collection.getOwnerId()));
		model.addAttribute("descriptionHtml", markdown.html(collection.getDescription()));
		model.addAttribute("entries", collections.entries(collection, me));
		model.addAttribute("mine", mine);
		model.addAttribute("moderate", !mine && collection.isPublic() && Workflow.isModerator(me));
		model.addAttribute("maxNote", Collections.MAX_NOTE);
		model.addAttribute("breadcrumbs", List.of(Crumb.of("collections.crumb.resources", "/ressources"),
				Crumb.of("collections.title", PATH), Crumb.currentText(collection.getTitle())));
		return "resources/collections/collection";
	}

	private String formPage(CollectionForm form, ResourceCollection collection, Model model) {
		Long resourceId = collection == null ? resourceId(form.getResource()) : null;
		PersonView me = me();
		Resource resource = resourceId == null ? null
				: catalogue.find(resourceId).filter(r -> Catalogue.visibleTo(r, me)).orElse(null);
		if (collection == null) {
			// A resource that cannot go into the collection is not carried along (the form would only be refused).
			form.setResource(resource == null ? null : Long.toString(resource.getId()));
		}
		model.addAttribute("form", form);
		model.addAttribute("collection", collection);
		model.addAttribute("resource", resource);
		model.addAttribute("maxTitle", Collections.MAX_TITLE);
		model.addAttribute("maxDescription", Collections.MAX_DESCRIPTION);
		model.addAttribute("platformAllowed", Workflow.isModerator(me));
		model.addAttribute("breadcrumbs", collection == null
				? List.of(Crumb.of("collections.title", PATH), Crumb.current("collections.new.title"))
				: List.of(Crumb.of("collections.title", PATH),
						Crumb.text(collection.getTitle(), PATH + "/" + collection.getId()),
						Crumb.current("collections.edit.title")));
		return "resources/collections/form";
	}

	private String refusedPage(ResourceCollection collection, String messageKey, Model model,
			HttpServletResponse response) {
		response.setStatus(Kind.FORBIDDEN.status());
		model.addAttribute("collection", collection);
		model.addAttribute("reason", messageKey);
		model.addAttribute("breadcrumbs", List.of(Crumb.of("collections.title", PATH),
				Crumb.text(collection.getTitle(), PATH + "/" + collection.getId()),
				Crumb.current("collections.refused.title")));
		return "resources/collections/refused";
	}

	/**
	 * The collection a refusal is shown against, as it now stands; a refusal because it does not exist (for this
	 * person) becomes the 404 page.
	 */
	private ResourceCollection refusedAs404(CollectionRefusal refusal, long collectionId, PersonView me) {
		if (refusal.kind() == Kind.NOT_FOUND) {
			throw new NotFoundException("collection " + collectionId + ": " + refusal.messageKey());
		}
		return visible(collectionId, me);
	}

	private void reject(BindingResult errors, CollectionRefusal refusal) {
		for (CollectionRefusal.Problem problem : refusal.problems()) {
			String field = problem.field();
			if (field != null && !field.equals("resource") && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, problem.messageKey(), problem.arguments(), null);
			}
			else if (field == null || field.equals("resource")) {
				errors.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
	}

	/** Runs a change; a lock another request held too long counts as a page no longer current. */
	private static <T> T attempt(Supplier<T> change) {
		try {
			return change.get();
		}
		catch (ConcurrencyFailureException busy) {
			throw CollectionRefusal.of(Kind.STALE, "collections.error.busy");
		}
	}

	private ResourceCollection visible(long id, PersonView me) {
		return collections.visible(id, me).orElseThrow(() -> new NotFoundException("collection " + id));
	}

	private String ownerName(long ownerId) {
		return people.find(ownerId).map(PersonView::displayName)
			.orElseGet(() -> message("collections.closedAccount", new Object[0]));
	}

	private String message(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/** An id from an address: anything but a number is a page that does not exist. */
	private static long id(String text) {
		if (text == null || !text.matches("\\d{1,18}")) {
			throw new NotFoundException("not an id: " + text);
		}
		return Long.parseLong(text);
	}

	private static Long resourceId(String text) {
		return text != null && text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : null;
	}

	/** The version the page showed: none when empty; a garbled one matches no collection (stale). */
	private static Long version(String sent) {
		if (sent == null || sent.isBlank()) {
			return null;
		}
		return sent.strip().matches("\\d{1,18}") ? Long.valueOf(sent.strip()) : Long.valueOf(-1);
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
