package be.numedu.resources.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import be.numedu.shared.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing, reporting, deleting and moderating comments, and the moderators' queue of reports.
 * <p>
 * What needs a reason or a confirmation (reporting, hiding, deleting) has its own page at the action's address, with
 * the comment and the form: the resource's page links to it, so that no form hides in a collapsed block and everything
 * works without script. Every action goes back to the resource's page, on the page of comments that shows the
 * comment, at the comment, with a notice (the queue's actions back to the queue). A refused action shows the action's
 * page again with why in French and what the person typed: 422 for what cannot be accepted, 429 for too many
 * comments at once, 409 when the comment's state does not allow it (already hidden, already reported), 403 for what
 * the person may not do; a resource not published, or a comment that is not the resource's, does not exist (404).
 */
@Controller
class CommentsController {

	static final String QUEUE = "/ressources/signalements";

	/** The value of the {@code retour} parameter that sends a moderator back to the queue. */
	static final String BACK_TO_QUEUE = "signalements";

	/**
	 * An action's form, as its page shows it.
	 *
	 * @param form {@code comment}, {@code report}, {@code hide}, {@code delete}, or {@code null} for an action without
	 * a form (restoring, dismissing)
	 * @param field the id of the field a problem concerns
	 */
	record Form(String form, long resourceId, Long commentId, String kind, String text, String field,
			boolean fromQueue) {
	}

	/** A reported comment in the queue, with its resource and its open reports. */
	record QueueItem(CommentLine comment, long resourceId, String resourceTitle, String resourceStatus, String link,
			List<ReportLine> reports) {
	}

	/** An open report, as the queue shows it. */
	record ReportLine(String reporter, Instant at, String reason) {
	}

	private final Community community;

	private final CommentLines lines;

	private final Catalogue catalogue;

	private final People people;

	CommentsController(Community community, CommentLines lines, Catalogue catalogue, People people) {
		this.community = community;
		this.lines = lines;
		this.catalogue = catalogue;
		this.people = people;
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/commentaires")
	String post(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String body, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		Form form = new Form("comment", id, null, kind, body, "comment-body", false);
		try {
			long commentId = community.post(id, me, kind, body);
			redirect.addFlashAttribute("notice", "community.notice.posted");
			return "redirect:/ressources/" + id + "#commentaire-" + commentId;
		}
		catch (CommentRefusal refusal) {
			return page(form, refusal, null, me, model, response);
		}
	}

	@GetMapping("/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/signalement")
	String reportForm(@PathVariable long id, @PathVariable long commentId, Model model, HttpServletResponse response) {
		PersonView me = me();
		Form form = new Form("report", id, commentId, null, "", "report-reason-" + commentId, false);
		return show(form, () -> community.reportable(id, commentId, me), me, model, response);
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/signalement")
	String report(@PathVariable long id, @PathVariable long commentId, @RequestParam(required = false) String reason,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PersonView me = me();
		Form form = new Form("report", id, commentId, null, reason, "report-reason-" + commentId, false);
		try {
			Community.Reported reported = community.report(id, commentId, me, reason);
			redirect.addFlashAttribute("notice", reported == Community.Reported.HIDDEN_PENDING_REVIEW
					? "community.notice.reportedHidden" : "community.notice.reported");
			return toComment(id, commentId);
		}
		catch (CommentRefusal refusal) {
			return page(form, refusal, null, me, model, response);
		}
	}

	@GetMapping("/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/masquer")
	String hideForm(@PathVariable long id, @PathVariable long commentId,
			@RequestParam(name = "retour", required = false) String back, Model model, HttpServletResponse response) {
		PersonView me = me();
		Form form = new Form("hide", id, commentId, null, "", "hide-reason-" + commentId, BACK_TO_QUEUE.equals(back));
		return show(form, () -> community.hideable(id, commentId, me), me, model, response);
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/masquer")
	String hide(@PathVariable long id, @PathVariable long commentId, @RequestParam(required = false) String reason,
			@RequestParam(name = "retour", required = false) String back, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		boolean fromQueue = BACK_TO_QUEUE.equals(back);
		Form form = new Form("hide", id, commentId, null, reason, "hide-reason-" + commentId, fromQueue);
		try {
			community.hide(id, commentId, me, reason);
			redirect.addFlashAttribute("notice", "community.notice.hidden");
			return fromQueue ? "redirect:" + QUEUE : toComment(id, commentId);
		}
		catch (CommentRefusal refusal) {
			return page(form, refusal, null, me, model, response);
		}
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/retablir")
	String restore(@PathVariable long id, @PathVariable long commentId,
			@RequestParam(name = "retour", required = false) String back, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		boolean fromQueue = BACK_TO_QUEUE.equals(back);
		try {
			community.restore(id, commentId, me);
			redirect.addFlashAttribute("notice", "community.notice.restored");
			return fromQueue ? "redirect:" + QUEUE : toComment(id, commentId);
		}
		catch (CommentRefusal refusal) {
			return page(new Form(null, id, commentId, null, null, null, fromQueue), refusal, null, me, model, response);
		}
	}

	@GetMapping("/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/supprimer")
	String deleteForm(@PathVariable long id, @PathVariable long commentId, Model model, HttpServletResponse response) {
		PersonView me = me();
		Form form = new Form("delete", id, commentId, null, null, null, false);
		return show(form, () -> community.deletable(id, commentId, me), me, model, response);
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/supprimer")
	String delete(@PathVariable long id, @PathVariable long commentId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		try {
			community.delete(id, commentId, me);
			redirect.addFlashAttribute("notice", "community.notice.deleted");
			return toComment(id, commentId);
		}
		catch (CommentRefusal refusal) {
			return page(new Form("delete", id, commentId, null, null, null, false), refusal, null, me, model,
					response);
		}
	}

	@PostMapping("/ressources/signalements/{commentId:\\d{1,18}}/classer")
	String dismiss(@PathVariable long commentId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PersonView me = me();
		try {
			community.dismiss(commentId, me);
			redirect.addFlashAttribute("notice", "community.notice.dismissed");
			return "redirect:" + QUEUE;
		}
		catch (CommentRefusal refusal) {
			if (refusal.kind() == CommentRefusal.Kind.NOT_FOUND) {
				throw new NotFoundException("comment " + commentId);
			}
			long resourceId = community.byIds(List.of(commentId)).values().stream().findFirst()
				.map(Comment::getResourceId).orElseThrow(() -> new NotFoundException("comment " + commentId));
			return page(new Form(null, resourceId, commentId, null, null, null, true), refusal, null, me, model,
					response);
		}
	}

	/** The moderators' queue: reported comments, the one waiting longest first, with their open reports. */
	@GetMapping(QUEUE)
	String queue(@RequestParam(required = false) String page, HttpServletRequest request, Model model) {
		PersonView me = me();
		Page<OpenReports> open = community.queue(PageLinks.index(page));
		List<Long> ids = open.getContent().stream().map(OpenReports::commentId).toList();
		Map<Long, Comment> comments = community.byIds(ids);
		List<Comment> ordered = ids.stream().map(comments::get).filter(c -> c != null).toList();
		Map<Long, CommentLine> shown = new LinkedHashMap<>();
		lines.of(ordered, me).forEach(line -> shown.put(line.id(), line));
		Map<Long, List<ReportLine>> reports = new LinkedHashMap<>();
		CommentLines.Names names = lines.names();
		for (CommentReport report : community.openReports(ids)) {
			reports.computeIfAbsent(report.getCommentId(), k -> new ArrayList<>())
				.add(new ReportLine(names.of(report.getReporterId()), report.getCreatedAt(), report.getReason()));
		}
		Map<Long, Resource> resources = new LinkedHashMap<>();
		List<QueueItem> items = new ArrayList<>();
		for (Comment comment : ordered) {
			Resource resource = resources.computeIfAbsent(comment.getResourceId(),
					rid -> catalogue.find(rid).orElse(null));
			items.add(new QueueItem(shown.get(comment.getId()), comment.getResourceId(),
					resource == null ? null : resource.getTitle(),
					resource == null ? null : resource.getStatus().name(),
					address(comment.getResourceId(), comment.getId()),
					reports.getOrDefault(comment.getId(), List.of())));
		}
		model.addAttribute("items", items);
		model.addAttribute("total", open.getTotalElements());
		model.addAttribute("pages", PageLinks.of(request, open.getNumber(), open.getTotalPages()));
		model.addAttribute("threshold", Community.HIDING_THRESHOLD);
		model.addAttribute("breadcrumbs", List.of(Crumb.of("community.crumb.resources", "/ressources"),
				Crumb.current("community.queue.title")));
		return "resources/community/reports";
	}

	/** An action's page, if the person may take the action now; else the page that says why. */
	private String show(Form form, Supplier<Comment> check, PersonView me, Model model,
			HttpServletResponse response) {
		Comment comment;
		try {
			comment = check.get();
		}
		catch (CommentRefusal refusal) {
			return page(form, refusal, null, me, model, response);
		}
		return page(form, null, comment, me, model, response);
	}

	/**
	 * An action's page: its form (with what was typed, and the problem beside its field), the comment it concerns,
	 * or, when the action is not possible at all, why.
	 */
	private String page(Form form, CommentRefusal refusal, Comment comment, PersonView me, Model model,
			HttpServletResponse response) {
		if (refusal != null && refusal.kind() == CommentRefusal.Kind.NOT_FOUND) {
			throw new NotFoundException("resource " + form.resourceId() + " or comment " + form.commentId());
		}
		Resource resource = catalogue.find(form.resourceId())
			.orElseThrow(() -> new NotFoundException("resource " + form.resourceId()));
		boolean withForm = form.form() != null && (refusal == null || refusal.kind() == CommentRefusal.Kind.INVALID
				|| refusal.kind() == CommentRefusal.Kind.TOO_MANY);
		if (withForm && comment == null && form.commentId() != null) {
			comment = community.byIds(List.of(form.commentId())).get(form.commentId());
		}
		if (refusal != null) {
			response.setStatus(refusal.kind().status());
		}
		model.addAttribute("form", form);
		model.addAttribute("withForm", withForm);
		model.addAttribute("refusal", refusal);
		model.addAttribute("resource", resource);
		model.addAttribute("comment", withForm && comment != null ? lines.of(List.of(comment), me).get(0) : null);
		model.addAttribute("kinds", List.of(CommentKind.values()));
		model.addAttribute("typedKind", CommentKind.EXPERIENCE.name().equals(form.kind()) ? CommentKind.EXPERIENCE.name()
				: CommentKind.COMMENT.name());
		model.addAttribute("maxBody", Community.MAX_BODY);
		model.addAttribute("maxReason", Community.MAX_REASON);
		model.addAttribute("back", form.commentId() != null ? address(resource.getId(), form.commentId())
				: "/ressources/" + resource.getId() + "#commentaires");
		String title = withForm ? "community.action." + form.form() : "community.refused.title";
		model.addAttribute("titleKey", title);
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(Crumb.of("community.crumb.resources", "/ressources"));
		if (form.fromQueue()) {
			crumbs.add(Crumb.of("community.queue.title", QUEUE));
		}
		crumbs.add(Crumb.text(resource.getTitle(), "/ressources/" + resource.getId()));
		crumbs.add(Crumb.current(title));
		model.addAttribute("breadcrumbs", crumbs);
		return "resources/community/action";
	}

	/** The resource's page, on the page of its comments that shows this one, at the comment. */
	private String toComment(long resourceId, long commentId) {
		return "redirect:" + address(resourceId, commentId);
	}

	private String address(long resourceId, long commentId) {
		int page = community.pageOf(commentId);
		return "/ressources/" + resourceId + (page > 0 ? "?" + CommentsSection.PAGE_PARAMETER + "=" + (page + 1) : "")
				+ "#commentaire-" + commentId;
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
