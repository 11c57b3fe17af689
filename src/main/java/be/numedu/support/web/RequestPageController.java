package be.numedu.support.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.directory.Directory;
import be.numedu.directory.OperatorCard;
import be.numedu.shared.files.FileVault;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import be.numedu.support.domain.Attachment;
import be.numedu.support.domain.AttachmentStore;
import be.numedu.support.domain.DeskRefusal;
import be.numedu.support.domain.RequestQueries;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportProperties;
import be.numedu.support.domain.Transition;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request's page: what was asked, who holds it and until when, why it went there, its timeline, and the forms of
 * what the person may do now. Every form posts to its own address; a refusal (an empty text, a refused file, a
 * status changed meanwhile by someone else) shows the page again as it now stands, with the reason next to the form
 * and what the person typed kept.
 */
@Controller
class RequestPageController {

	/** The kinds of message an operator writes from one form. */
	enum MessageKind {
		REPONSE, NOTE, QUESTION, SOLUTION
	}

	/** A form that was refused: which one, why, and what had been typed. */
	record Refused(String form, String message, String text, String operator) {
	}

	private final SupportDesk desk;

	private final RequestQueries queries;

	private final AttachmentStore files;

	private final People people;

	private final Directory directory;

	private final MessageSource messages;

	private final SupportProperties properties;

	RequestPageController(SupportDesk desk, RequestQueries queries, AttachmentStore files, People people,
			Directory directory, MessageSource messages, SupportProperties properties) {
		this.properties = properties;
		this.desk = desk;
		this.queries = queries;
		this.files = files;
		this.people = people;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/demandes/{reference}")
	String page(@PathVariable String reference, Model model) {
		return render(reference, model, null);
	}

	@PostMapping("/demandes/{reference}/prise-en-charge")
	String take(@PathVariable String reference, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(reference, "take", null, null, model, redirect, response, "support.done.taken",
				() -> desk.take(reference, me()));
	}

	@PostMapping("/demandes/{reference}/message")
	String message(@PathVariable String reference, @RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "texte", required = false) String text,
			@RequestParam(name = "fichiers", required = false) List<MultipartFile> uploads, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		MessageKind kind = kind(type);
		if (kind == null) {
			return refuse(reference, "message", "support.error.messageType", new Object[0], text, null, model, response,
					HttpStatus.UNPROCESSABLE_ENTITY);
		}
		String done = switch (kind) {
			case REPONSE -> "support.done.reply";
			case NOTE -> "support.done.note";
			case QUESTION -> "support.done.question";
			case SOLUTION -> "support.done.resolved";
		};
		return act(reference, "message", text, null, model, redirect, response, done, () -> {
			PersonView me = me();
			switch (kind) {
				case REPONSE, NOTE -> desk.write(reference, me, text, kind == MessageKind.NOTE, Uploads.of(uploads));
				case QUESTION -> desk.ask(reference, me, text, Uploads.of(uploads));
				case SOLUTION -> desk.resolve(reference, me, text, Uploads.of(uploads));
			}
		});
	}

	@PostMapping("/demandes/{reference}/information")
	String inform(@PathVariable String reference, @RequestParam(name = "texte", required = false) String text,
			@RequestParam(name = "fichiers", required = false) List<MultipartFile> uploads, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(reference, "inform", text, null, model, redirect, response, "support.done.information",
				() -> desk.inform(reference, me(), text, Uploads.of(uploads)));
	}

	@PostMapping("/demandes/{reference}/transmission")
	String handOver(@PathVariable String reference, @RequestParam(name = "operateur", required = false) String operator,
			@RequestParam(name = "motif", required = false) String reason, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(reference, "handOver", reason, operator, model, redirect, response, "support.done.handedOver",
				() -> desk.handOver(reference, me(), operator, reason));
	}

	@PostMapping("/demandes/{reference}/attribution")
	String assign(@PathVariable String reference, @RequestParam(name = "operateur", required = false) String operator,
			@RequestParam(name = "note", required = false) String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(reference, "assign", note, operator, model, redirect, response, "support.done.assigned",
				() -> desk.assign(reference, operator, note, me()));
	}

	@PostMapping("/demandes/{reference}/fermeture")
	String close(@PathVariable String reference, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(reference, "close", null, null, model, redirect, response, "support.done.closed",
				() -> desk.close(reference, me()));
	}

	@PostMapping("/demandes/{reference}/confirmation")
	String confirm(@PathVariable String reference, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(reference, "confirm", null, null, model, redirect, response, "support.done.confirmed",
				() -> desk.confirm(reference, me()));
	}

	@PostMapping("/demandes/{reference}/reouverture")
	String reopen(@PathVariable String reference, @RequestParam(name = "motif", required = false) String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return act(reference, "reopen", reason, null, model, redirect, response, "support.done.reopened",
				() -> desk.reopen(reference, me(), reason));
	}

	@PostMapping("/demandes/{reference}/retrait")
	String withdraw(@PathVariable String reference, @RequestParam(name = "motif", required = false) String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return act(reference, "withdraw", reason, null, model, redirect, response, "support.done.withdrawn",
				() -> desk.withdraw(reference, me(), reason));
	}

	@PostMapping("/demandes/{reference}/evaluation")
	String rate(@PathVariable String reference, @RequestParam(name = "note", required = false) String score,
			@RequestParam(name = "commentaire", required = false) String comment, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(reference, "rate", comment, null, model, redirect, response, "support.done.rated",
				() -> desk.rate(reference, me(), score != null && score.matches("[1-5]") ? Integer.parseInt(score) : 0,
						comment));
	}

	/** An attached file, for those who may see the request (and, for a file of an internal note, its operators). */
	@GetMapping("/demandes/{reference}/fichiers/{id}")
	ResponseEntity<Resource> file(@PathVariable String reference, @PathVariable String id) {
		if (!id.matches("\\d{1,18}")) {
			throw new NotFoundException("file " + id);
		}
		Attachment attachment = queries.attachment(reference, Long.parseLong(id), me())
			.orElseThrow(() -> new NotFoundException("file " + id));
		Path path = files.pathOf(attachment);
		if (!Files.isReadable(path)) {
			throw new NotFoundException("file content " + id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getMediaType()))
			.contentLength(attachment.getSizeBytes())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(FileVault.downloadName(attachment.getFileName(), attachment.getMediaType()),
						StandardCharsets.UTF_8)
				.build()
				.toString())
			// a file is never run as a page of numedu, whatever it holds
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("X-Content-Type-Options", "nosniff")
			.body(new PathResource(path));
	}

	/** Runs an action; on success goes back to the page with a notice, on refusal shows the page with the reason. */
	private String act(String reference, String form, String text, String operator, Model model,
			RedirectAttributes redirect, HttpServletResponse response, String done, Runnable action) {
		try {
			action.run();
		}
		catch (DeskRefusal refusal) {
			boolean conflict = refusal.messageKey().equals("support.error.alreadyTaken");
			return refuse(reference, form, refusal.messageKey(), refusal.arguments(), text, operator, model, response,
					conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
		}
		catch (Transition.NotAllowed stale) {
			// Someone else changed the request since the page was shown (or the same form was sent twice).
			String status = messages.getMessage("RequestStatus." + stale.status(), null, LocaleContextHolder.getLocale());
			return refuse(reference, form, "support.error.transition", new Object[] { status }, text, operator, model,
					response, HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/demandes/" + reference;
	}

	private String refuse(String reference, String form, String key, Object[] arguments, String text, String operator,
			Model model, HttpServletResponse response, HttpStatus status) {
		response.setStatus(status.value());
		String message = messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
		return render(reference, model, new Refused(form, message, text, operator));
	}

	private String render(String reference, Model model, Refused refused) {
		PersonView me = me();
		RequestQueries.Detail detail = queries.detail(reference, me)
			.orElseThrow(() -> new NotFoundException("request " + reference));
		Actions actions = Actions.of(detail, Instant.now());
		model.addAttribute("request", detail);
		model.addAttribute("summary", detail.summary());
		model.addAttribute("actions", actions);
		model.addAttribute("refused", refused);
		model.addAttribute("holder", detail.summary().operatorSlug() == null ? null
				: directory.card(detail.summary().operatorSlug()).orElse(null));
		if (actions.handOver() || actions.assign()) {
			model.addAttribute("operators", directory.cards().stream()
				.filter(card -> !card.retired() && !card.slug().equals(detail.summary().operatorSlug()))
				.sorted(Comparator.comparing(OperatorCard::shortName, String.CASE_INSENSITIVE_ORDER))
				.toList());
		}
		model.addAttribute("maxFiles", properties.maxAttachments());
		model.addAttribute("maxFileMegabytes", properties.maxAttachmentBytes() / (1024 * 1024));
		model.addAttribute("elapsed", Durations.hoursAndMinutes(detail.elapsed()));
		model.addAttribute("breadcrumbs", List.of(listCrumb(me),
				Crumb.currentText(reference)));
		return "support/request";
	}

	private static Crumb listCrumb(PersonView me) {
		return me.siteFase() != null ? Crumb.of("support.mine.title", "/demandes")
				: Crumb.of("support.queue.title", "/demandes/file");
	}

	private static MessageKind kind(String type) {
		for (MessageKind kind : MessageKind.values()) {
			if (kind.name().equals(type)) {
				return kind;
			}
		}
		return null;
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
