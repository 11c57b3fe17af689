package be.numedu.support.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.notifications.Inbox;
import be.numedu.notifications.Notice;
import be.numedu.directory.Directory;
import be.numedu.directory.OperatorCard;
import be.numedu.support.RequestChanged;
import be.numedu.support.domain.EntryKind;
import be.numedu.support.domain.RequestEntry;
import be.numedu.support.domain.SupportRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The notifications of support requests: each change of a request ({@link RequestChanged}, one entry of its
 * timeline) tells the people it matters to, in the application (the page {@code /notifications} and the badge in
 * the header) and, when an SMTP server is configured, by e-mail, in French.
 *
 * <p>Who is told what:
 * <ul>
 * <li>routed to an operator ({@code ROUTED}): the operator's staff;</li>
 * <li>sent to the SGNE's triage ({@code TRIAGE}): the SGNE administrators;</li>
 * <li>assigned by the triage ({@code ASSIGNED}) or handed over ({@code HANDED_OVER}): the receiving operator's staff,
 * and the requester, who learns who now holds the request;</li>
 * <li>taken in charge, a public reply, a question, resolved, closed (by an agent or automatically once the reopening
 * time has passed), a reminder of a question still unanswered: the requester;</li>
 * <li>an internal note: the agent handling the request, if someone else wrote it;</li>
 * <li>information added, reopened, withdrawn, resolution confirmed, rated, near its due date: the agent handling the
 * request; if nobody has taken it, the operator's staff; if no operator holds it (triage), the SGNE administrators;</li>
 * <li>past its due date ({@code ESCALATED}): the SGNE administrators and the operator's staff;</li>
 * <li>filed ({@code FILED}): nobody, as the routing that follows at once is what is announced.</li>
 * </ul>
 * The author of a change is never told of it. Internal entries (notes, near due dates) reach only the staff of the
 * operator holding the request and the SGNE administrators, whatever the rules above say. Closed accounts are never
 * told. Texts name the request, its title and who acted, never what an entry says: the reader opens the request,
 * where the access rules decide what they see.
 *
 * <p>It runs after the change is committed, on its own thread and in its own transaction, and the event publication
 * registry keeps the event until it succeeds: a slow or failing mail server never slows or fails the change. The
 * notifications are committed before any e-mail is sent, so an e-mail that fails loses nothing in the application.
 */
@Component
class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	/** Who a kind of change concerns. */
	enum Party {
		/** The person who filed the request. */
		REQUESTER,
		/** The agent who took the request in charge, if any. */
		ASSIGNEE,
		/** The assignee; if none, the staff of the operator holding it; if none holds it, the SGNE administrators. */
		HANDLER,
		/** The staff of the operator the entry names (the receiving operator of a routing or a hand-over). */
		STAFF,
		/** The SGNE administrators. */
		SGNE;

		/** Which wording of a message this party reads. */
		Audience audience() {
			return switch (this) {
				case REQUESTER -> Audience.REQUESTER;
				case SGNE -> Audience.SGNE;
				case ASSIGNEE, HANDLER, STAFF -> Audience.OPERATOR;
			};
		}
	}

	/** The wordings of a message: to the requester, to an operator's staff, to the SGNE. */
	enum Audience {
		REQUESTER("requester"), OPERATOR("operator"), SGNE("sgne");

		final String key;

		Audience(String key) {
			this.key = key;
		}
	}

	/**
	 * Who each kind of change concerns. The switch names every kind, so that a new kind cannot be added without
	 * deciding who hears of it.
	 */
	static Set<Party> told(EntryKind kind) {
		return switch (kind) {
			case FILED -> EnumSet.noneOf(Party.class);
			case ROUTED -> EnumSet.of(Party.STAFF);
			case TRIAGE -> EnumSet.of(Party.SGNE);
			case ASSIGNED, HANDED_OVER -> EnumSet.of(Party.STAFF, Party.REQUESTER);
			case TAKEN, REPLY, QUESTION, RESOLVED, CLOSED, REMINDED -> EnumSet.of(Party.REQUESTER);
			case NOTE -> EnumSet.of(Party.ASSIGNEE);
			case INFORMATION, REOPENED, WITHDRAWN, CONFIRMED, RATED, NEAR_DUE -> EnumSet.of(Party.HANDLER);
			case ESCALATED -> EnumSet.of(Party.SGNE, Party.STAFF);
		};
	}

	/** The bundle key of a message: {@code notification.<KIND>.<audience>}, its subject line under {@code .subject}. */
	static String messageKey(EntryKind kind, Audience audience) {
		return "notification." + kind.name() + "." + audience.key;
	}

	@PersistenceContext
	private EntityManager entities;

	private final People people;

	private final Directory directory;

	private final Inbox inbox;

	private final MessageSource messages;

	Notifier(People people, Directory directory, Inbox inbox, MessageSource messages) {
		this.people = people;
		this.directory = directory;
		this.inbox = inbox;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(RequestChanged event) {
		SupportRequest request = entities.find(SupportRequest.class, event.requestId());
		RequestEntry entry = entities.find(RequestEntry.class, event.entryId());
		if (request == null || entry == null || !entry.getRequestId().equals(request.getId())) {
			log.warn("Notification abandonnée : la demande {} ou son entrée {} est introuvable", event.requestId(),
					event.entryId());
			return;
		}
		Map<Long, Recipient> recipients = recipients(request, entry);
		if (recipients.isEmpty()) {
			return;
		}
		String operator = operatorOf(request, entry);
		String title = Notice.oneLine(request.getTitle());
		Object[] arguments = { request.getReference(), title, operatorName(operator),
				Notice.oneLine(entry.getAuthorName()) };
		String link = "/demandes/" + request.getReference();
		String about = messages.getMessage("notification.about", new Object[] { request.getReference(), title },
				Locale.FRENCH);
		List<Notice> notices = new ArrayList<>();
		for (Recipient recipient : recipients.values()) {
			String key = messageKey(entry.getKind(), recipient.audience());
			String text = messages.getMessage(key, arguments, Locale.FRENCH);
			String subject = messages.getMessage(key + ".subject", arguments, Locale.FRENCH);
			notices.add(new Notice(recipient.person(), text, link, request.getReference(), about, subject));
		}
		inbox.tell(notices);
	}

	private record Recipient(PersonView person, Audience audience) {
	}

	/** The people told of the entry, each once, with the wording they read. */
	private Map<Long, Recipient> recipients(SupportRequest request, RequestEntry entry) {
		String operator = operatorOf(request, entry);
		Map<Long, Recipient> recipients = new LinkedHashMap<>();
		for (Party party : told(entry.getKind())) {
			Audience audience = party.audience();
			switch (party) {
				case REQUESTER -> people.find(request.getRequesterId()).ifPresent(p -> add(recipients, p, audience));
				case ASSIGNEE -> assignee(request).ifPresent(p -> add(recipients, p, audience));
				case STAFF -> staff(operator).forEach(p -> add(recipients, p, audience));
				case SGNE -> people.administrators().forEach(p -> add(recipients, p, audience));
				case HANDLER -> {
					Optional<PersonView> assignee = assignee(request);
					if (assignee.isPresent()) {
						add(recipients, assignee.get(), audience);
					}
					else if (operator != null) {
						staff(operator).forEach(p -> add(recipients, p, audience));
					}
					else {
						people.administrators().forEach(p -> add(recipients, p, audience));
					}
				}
			}
		}
		if (entry.getAuthorId() != null) {
			recipients.remove(entry.getAuthorId());
		}
		if (entry.isInternal()) {
			// operators' business: their staff and the SGNE only, whoever the rules named
			recipients.values().removeIf(r -> !r.person().actsFor(operator));
		}
		return recipients;
	}

	private static void add(Map<Long, Recipient> recipients, PersonView person, Audience audience) {
		recipients.putIfAbsent(person.id(), new Recipient(person, audience));
	}

	/** The agent holding the request, while they still act for its operator. */
	private Optional<PersonView> assignee(SupportRequest request) {
		if (request.getAssigneeId() == null) {
			return Optional.empty();
		}
		return people.find(request.getAssigneeId()).filter(p -> p.actsFor(request.getOperatorSlug()));
	}

	private List<PersonView> staff(String operator) {
		return operator == null ? List.of() : people.staffOf(operator);
	}

	/**
	 * The operator the entry concerns: the one it names (the receiving operator of a routing or a hand-over, even if
	 * the request has moved on since), else the one holding the request.
	 */
	private static String operatorOf(SupportRequest request, RequestEntry entry) {
		return entry.getOperatorSlug() != null ? entry.getOperatorSlug() : request.getOperatorSlug();
	}

	private String operatorName(String slug) {
		if (slug == null) {
			return messages.getMessage("notification.operator.triage", null, Locale.FRENCH);
		}
		return directory.card(slug).map(OperatorCard::shortName).orElse(slug);
	}
}
