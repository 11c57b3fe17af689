package be.numedu.support.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import be.numedu.accounts.PersonView;
import be.numedu.directory.Directory;
import be.numedu.directory.OperatorCard;
import be.numedu.support.RequestChanged;
import be.numedu.support.RequestStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens to a support request goes through here: filing and routing, taking in charge, replies and
 * notes, questions to the requester and their answers, hand-overs, resolution, confirmation, reopening, closing,
 * withdrawal, rating, and the SGNE's triage. Each change locks the request (two changes to one request happen one
 * after the other, so two agents taking it at once leave one winner and tell the other), follows the status machine
 * ({@link Transition}), keeps the clocks, writes a timeline entry and publishes {@link RequestChanged} for the
 * notifications.
 */
@Service
public class SupportDesk {

	private static final Duration NEAR_DUE_HORIZON = Duration.ofDays(60);

	private final SupportRequestRepository requests;

	private final RequestEntryRepository entries;

	private final AssignmentRepository assignments;

	private final Routing routing;

	private final ServiceClock clock;

	private final RequestAccess access;

	private final AttachmentStore files;

	private final Directory directory;

	private final SupportProperties properties;

	private final ApplicationEventPublisher events;

	SupportDesk(SupportRequestRepository requests, RequestEntryRepository entries, AssignmentRepository assignments,
			Routing routing, ServiceClock clock, RequestAccess access, AttachmentStore files, Directory directory,
			SupportProperties properties, ApplicationEventPublisher events) {
		this.requests = requests;
		this.entries = entries;
		this.assignments = assignments;
		this.routing = routing;
		this.clock = clock;
		this.access = access;
		this.files = files;
		this.directory = directory;
		this.properties = properties;
		this.events = events;
	}

	/** Files a request for the requester's implantation and routes it. */
	@Transactional
	public SupportRequest file(Filing filing) {
		if (!access.mayFile(filing.requester()) || filing.requester().siteFase() != filing.siteFase()
				|| filing.school().sites().stream().noneMatch(site -> site.fase() == filing.siteFase())) {
			throw new AccessDeniedException("not this person's implantation");
		}
		requireFiling(filing);
		List<AttachmentStore.Checked> checked = files.check(filing.files());
		Instant now = Instant.now();
		Routing.Decision decision = routing.decide(filing.need(), filing.school(), filing.proposedOperator());
		SupportRequest request = new SupportRequest(filing, now);
		request.route(decision.operatorSlug(), decision.routing(), decision.reason());
		// The sequence gives the id at persist: the reference derives from it before the row is written.
		request = requests.save(request);
		request.numbered();
		RequestEntry filed = entry(request, now, EntryKind.FILED, false, filing.requester(), null, null,
				RequestStatus.NEW);
		files.store(checked, request.getId(), filed.getId(), filing.requester().id(), now);
		if (decision.operatorSlug() != null) {
			startAssignment(request, decision.operatorSlug(), now, decision.reason());
			publish(entry(request, now, EntryKind.ROUTED, false, null, decision.operatorSlug(), decision.reason(), null));
		}
		else {
			publish(entry(request, now, EntryKind.TRIAGE, false, null, null, decision.reason(), null));
		}
		return request;
	}

	/** The SGNE's triage gives a request in its queue (or any open request) to an operator. */
	@Transactional
	public SupportRequest assign(String reference, String operatorSlug, String note, PersonView admin) {
		if (admin == null || !admin.isAdmin()) {
			throw new AccessDeniedException("SGNE administrators only");
		}
		SupportRequest request = lock(reference);
		OperatorCard target = activeOperator(operatorSlug);
		if (request.getOperatorSlug() != null) {
			throw new DeskRefusal("support.error.notInTriage");
		}
		Instant now = Instant.now();
		String reason = "Attribuée par le SGNE à " + target.shortName() + (blank(note) ? "." : " : " + note.strip());
		request.route(target.slug(), SupportRequest.Routing.ASSIGNED, reason);
		startAssignment(request, target.slug(), now, reason);
		request.moveTo(Transition.ASSIGN.apply(request.getStatus()), now);
		publish(entry(request, now, EntryKind.ASSIGNED, false, admin, target.slug(), reason, RequestStatus.NEW));
		return request;
	}

	/** An agent of the operator holding the request takes it in charge. */
	@Transactional
	public SupportRequest take(String reference, PersonView agent) {
		SupportRequest request = lock(reference);
		requireHandler(agent, request);
		if (request.getStatus() == RequestStatus.TAKEN) {
			throw new DeskRefusal("support.error.alreadyTaken", request.getAssigneeName());
		}
		RequestStatus from = request.getStatus();
		Instant now = Instant.now();
		request.moveTo(Transition.TAKE.apply(from), now);
		request.assignTo(agent.id(), agent.displayName());
		clock.taken(request.currentAssignment().orElseThrow(), now);
		publish(entry(request, now, EntryKind.TAKEN, false, agent, request.getOperatorSlug(), null, request.getStatus(),
				from));
		return request;
	}

	/** A public reply (seen by the requester) or an internal note (seen by the operators only), with files. */
	@Transactional
	public SupportRequest write(String reference, PersonView author, String text, boolean internal,
			List<Upload> uploads) {
		SupportRequest request = lock(reference);
		requireHandler(author, request);
		requireText(text);
		if (request.getStatus() == RequestStatus.CLOSED || request.getStatus() == RequestStatus.WITHDRAWN) {
			throw new DeskRefusal("support.error.notOpen");
		}
		List<AttachmentStore.Checked> checked = files.check(uploads);
		Instant now = Instant.now();
		request.touch(now);
		RequestEntry entry = entry(request, now, internal ? EntryKind.NOTE : EntryKind.REPLY, internal, author,
				request.getOperatorSlug(), text.strip(), null);
		files.store(checked, request.getId(), entry.getId(), author.id(), now);
		publish(entry);
		return request;
	}

	/** The operator asks the requester for information: its clock stops until the requester answers. */
	@Transactional
	public SupportRequest ask(String reference, PersonView agent, String question, List<Upload> uploads) {
		SupportRequest request = lock(reference);
		requireHandler(agent, request);
		requireText(question);
		RequestStatus from = request.getStatus();
		RequestStatus to = Transition.ASK.apply(from);
		List<AttachmentStore.Checked> checked = files.check(uploads);
		Instant now = Instant.now();
		request.moveTo(to, now);
		clock.pause(request, now);
		RequestEntry entry = entry(request, now, EntryKind.QUESTION, false, agent, request.getOperatorSlug(),
				question.strip(), to, from);
		files.store(checked, request.getId(), entry.getId(), agent.id(), now);
		publish(entry);
		return request;
	}

	/**
	 * The requester adds information, with files: an answer to a question starts the clocks again; at any other time
	 * it is added to the request as it stands.
	 */
	@Transactional
	public SupportRequest inform(String reference, PersonView requester, String text, List<Upload> uploads) {
		SupportRequest request = lock(reference);
		requireRequester(requester, request);
		requireText(text);
		if (!request.getStatus().open()) {
			throw new DeskRefusal("support.error.notOpen");
		}
		List<AttachmentStore.Checked> checked = files.check(uploads);
		RequestStatus from = request.getStatus();
		Instant now = Instant.now();
		if (from == RequestStatus.WAITING_FOR_REQUESTER) {
			clock.resume(request, now);
			request.moveTo(Transition.ANSWER.apply(from), now);
		}
		else {
			request.touch(now);
		}
		RequestEntry entry = entry(request, now, EntryKind.INFORMATION, false, requester, null, text.strip(),
				request.getStatus(), from);
		files.store(checked, request.getId(), entry.getId(), requester.id(), now);
		publish(entry);
		return request;
	}

	/**
	 * The operator holding the request hands it over to another, with the reason. The receiving operator's clock
	 * starts; the requester's overall clock keeps running.
	 */
	@Transactional
	public SupportRequest handOver(String reference, PersonView agent, String operatorSlug, String reason) {
		SupportRequest request = lock(reference);
		requireHandler(agent, request);
		requireText(reason);
		OperatorCard target = activeOperator(operatorSlug);
		if (target.slug().equals(request.getOperatorSlug())) {
			throw new DeskRefusal("support.error.sameOperator");
		}
		RequestStatus from = request.getStatus();
		Instant now = Instant.now();
		RequestStatus to = Transition.HAND_OVER.apply(from);
		clock.resume(request, now);
		request.currentAssignment().ifPresent(assignment -> assignment.end(now));
		String why = "Transmise par " + operatorName(request.getOperatorSlug()) + " à " + target.shortName() + " : "
				+ reason.strip();
		request.route(target.slug(), request.getRouting(), why);
		request.assignTo(null, null);
		startAssignment(request, target.slug(), now, why);
		request.moveTo(to, now);
		publish(entry(request, now, EntryKind.HANDED_OVER, false, agent, target.slug(), why, to, from));
		return request;
	}

	/** The operator says the need is met: the requester may confirm, or reopen within the reopening time. */
	@Transactional
	public SupportRequest resolve(String reference, PersonView agent, String text, List<Upload> uploads) {
		SupportRequest request = lock(reference);
		requireHandler(agent, request);
		requireText(text);
		RequestStatus from = request.getStatus();
		RequestStatus to = Transition.RESOLVE.apply(from);
		List<AttachmentStore.Checked> checked = files.check(uploads);
		Instant now = Instant.now();
		clock.resume(request, now);
		Assignment current = request.currentAssignment().orElseThrow();
		if (current.getTakenAt() == null) {
			clock.taken(current, now);
		}
		clock.resolved(current, now);
		request.resolved(now, now.plus(properties.reopenDays(), ChronoUnit.DAYS));
		request.moveTo(to, now);
		RequestEntry entry = entry(request, now, EntryKind.RESOLVED, false, agent, request.getOperatorSlug(),
				text.strip(), to, from);
		files.store(checked, request.getId(), entry.getId(), agent.id(), now);
		publish(entry);
		return request;
	}

	/** The requester confirms the request is solved: it is closed. */
	@Transactional
	public SupportRequest confirm(String reference, PersonView requester) {
		SupportRequest request = lock(reference);
		requireRequester(requester, request);
		return close(request, EntryKind.CONFIRMED, Transition.CONFIRM, requester, null);
	}

	/** The operator closes a resolved request. */
	@Transactional
	public SupportRequest close(String reference, PersonView agent) {
		SupportRequest request = lock(reference);
		requireHandler(agent, request);
		return close(request, EntryKind.CLOSED, Transition.CLOSE, agent, null);
	}

	/** The requester reopens a resolved request within the reopening time: back with the same operator. */
	@Transactional
	public SupportRequest reopen(String reference, PersonView requester, String reason) {
		SupportRequest request = lock(reference);
		requireRequester(requester, request);
		requireText(reason);
		Instant now = Instant.now();
		if (request.getReopenUntil() != null && now.isAfter(request.getReopenUntil())) {
			throw new DeskRefusal("support.error.reopenTooLate");
		}
		RequestStatus from = request.getStatus();
		RequestStatus to = Transition.REOPEN.apply(from);
		String operator = request.getOperatorSlug();
		request.currentAssignment().ifPresent(assignment -> assignment.end(now));
		request.reopened();
		startAssignment(request, operator, now, "Rouverte par le demandeur : " + reason.strip());
		request.moveTo(to, now);
		publish(entry(request, now, EntryKind.REOPENED, false, requester, operator, reason.strip(), to, from));
		return request;
	}

	/** The requester withdraws a request that is still open. */
	@Transactional
	public SupportRequest withdraw(String reference, PersonView requester, String reason) {
		SupportRequest request = lock(reference);
		requireRequester(requester, request);
		RequestStatus from = request.getStatus();
		Instant now = Instant.now();
		RequestStatus to = Transition.WITHDRAW.apply(from);
		clock.resume(request, now);
		request.currentAssignment().ifPresent(assignment -> assignment.end(now));
		request.closed(now);
		request.moveTo(to, now);
		publish(entry(request, now, EntryKind.WITHDRAWN, false, requester, request.getOperatorSlug(),
				blank(reason) ? null : reason.strip(), to, from));
		return request;
	}

	/** The requester rates the help received, once the request is resolved or closed. */
	@Transactional
	public SupportRequest rate(String reference, PersonView requester, int score, String comment) {
		SupportRequest request = lock(reference);
		requireRequester(requester, request);
		if (request.getStatus() != RequestStatus.RESOLVED && request.getStatus() != RequestStatus.CLOSED) {
			throw new DeskRefusal("support.error.rateNotYet");
		}
		if (score < 1 || score > 5) {
			throw new DeskRefusal("support.error.score");
		}
		Instant now = Instant.now();
		request.rate(score, blank(comment) ? null : comment.strip());
		request.touch(now);
		publish(entry(request, now, EntryKind.RATED, false, requester, request.getOperatorSlug(),
				score + "/5" + (blank(comment) ? "" : " – " + comment.strip()), null));
		return request;
	}

	/**
	 * The scheduled check: resolved requests past their reopening time are closed; requesters who leave a question
	 * unanswered for {@code reminderDays} are reminded of it, once per question; open requests near their due date
	 * are flagged to their operator, and those past it escalated to the SGNE, once each.
	 *
	 * @return how many requests changed
	 */
	@Transactional
	public int checkDueDates(Instant now) {
		int changed = 0;
		for (SupportRequest request : requests.findResolvedPast(now)) {
			close(request, EntryKind.CLOSED, Transition.CLOSE, null, "Fermée d'office : le délai pour la rouvrir est passé.");
			changed++;
		}
		for (SupportRequest request : requests.findAwaitingReminder(now.minus(Duration.ofDays(properties.reminderDays())))) {
			request.reminded(now);
			publish(entry(request, now, EntryKind.REMINDED, false, null, request.getOperatorSlug(),
					"Rappel : une question attend la réponse du demandeur depuis " + properties.reminderDays()
							+ " jours ou plus ; le traitement reste en pause jusque-là.",
					null));
			changed++;
		}
		// No delay is longer than a few weeks: a request due later cannot be near its due date yet.
		for (SupportRequest request : requests.findDueCandidates(List.of(RequestStatus.NEW, RequestStatus.TAKEN,
				RequestStatus.REOPENED), now, now.plus(NEAR_DUE_HORIZON))) {
			ServiceClock.DueState state = clock.state(request, now);
			if (state == ServiceClock.DueState.LATE && request.getEscalatedAt() == null) {
				request.escalated(now);
				publish(entry(request, now, EntryKind.ESCALATED, false, null, request.getOperatorSlug(),
						"Échéance dépassée (" + dueLabel(request) + ") : la demande est signalée au SGNE.", null));
				changed++;
			}
			else if (state == ServiceClock.DueState.SOON && request.getNearDueNotifiedAt() == null) {
				request.nearDueNotified(now);
				publish(entry(request, now, EntryKind.NEAR_DUE, true, null, request.getOperatorSlug(),
						"Échéance proche (" + dueLabel(request) + ").", null));
				changed++;
			}
		}
		return changed;
	}

	private String dueLabel(SupportRequest request) {
		return request.getOperatorSlug() == null ? "orientation par le SGNE"
				: request.getStatus().awaitingTakeCharge() ? "prise en charge" : "résolution";
	}

	private SupportRequest close(SupportRequest request, EntryKind kind, Transition transition, PersonView by,
			String text) {
		RequestStatus from = request.getStatus();
		Instant now = Instant.now();
		RequestStatus to = transition.apply(from);
		request.currentAssignment().ifPresent(assignment -> assignment.end(now));
		request.closed(now);
		request.moveTo(to, now);
		publish(entry(request, now, kind, false, by, request.getOperatorSlug(), text, to, from));
		return request;
	}

	private void startAssignment(SupportRequest request, String operatorSlug, Instant now, String reason) {
		Assignment assignment = new Assignment(request, operatorSlug, now, clock.delaysOf(operatorSlug), reason);
		clock.schedule(assignment);
		assignments.save(assignment);
		request.assignmentsList().add(assignment);
	}

	private RequestEntry entry(SupportRequest request, Instant now, EntryKind kind, boolean internal, PersonView by,
			String operatorSlug, String body, RequestStatus to) {
		return entry(request, now, kind, internal, by, operatorSlug, body, to, null);
	}

	private RequestEntry entry(SupportRequest request, Instant now, EntryKind kind, boolean internal, PersonView by,
			String operatorSlug, String body, RequestStatus to, RequestStatus from) {
		return entries.save(new RequestEntry(request.getId(), now, kind, internal, by == null ? null : by.id(),
				by == null ? "numedu" : by.displayName(), operatorSlug, body, from, to));
	}

	/**
	 * Every change ends here: the request's due date is brought up to date (none while it waits for the requester or
	 * once it is resolved), then the change is announced.
	 */
	private void publish(RequestEntry entry) {
		SupportRequest request = requests.getReferenceById(entry.getRequestId());
		request.due(request.getStatus().open() && request.getPausedSince() == null ? clock.currentDue(request) : null);
		events.publishEvent(new RequestChanged(entry.getRequestId(), entry.getId()));
	}

	private SupportRequest lock(String reference) {
		return requests.lockByReference(reference).orElseThrow(() -> new DeskRefusal("support.error.unknown"));
	}

	private void requireHandler(PersonView person, SupportRequest request) {
		if (!access.mayHandle(person, request)) {
			throw new AccessDeniedException("not the operator holding the request");
		}
	}

	private void requireRequester(PersonView person, SupportRequest request) {
		if (!access.isRequester(person, request)) {
			throw new AccessDeniedException("not the requester");
		}
	}

	private static void requireText(String text) {
		if (blank(text)) {
			throw new DeskRefusal("support.error.textRequired");
		}
		if (text.length() > 10_000) {
			throw new DeskRefusal("support.error.textTooLong", 10_000);
		}
		if (!text.matches("[\\P{Cntrl}\\r\\n\\t]*")) {
			throw new DeskRefusal("support.error.control");
		}
	}

	/** The same rules as the filing form's, for requests that come through the API. */
	private static void requireFiling(Filing filing) {
		if (filing.need() == null || filing.urgency() == null || filing.preferredContact() == null) {
			throw new DeskRefusal("support.error.incomplete");
		}
		if (blank(filing.title()) || filing.title().length() > 200 || !filing.title().matches("[^\\p{Cntrl}]*")) {
			throw new DeskRefusal("support.error.title");
		}
		requireText(filing.description());
		String phone = filing.contactPhone();
		if (phone != null && !phone.matches("[0-9+ ./()-]{0,40}")) {
			throw new DeskRefusal("support.form.phone.invalid");
		}
		if (filing.preferredContact() == PreferredContact.TELEPHONE && blank(phone)) {
			throw new DeskRefusal("support.form.phone.required");
		}
	}

	private OperatorCard activeOperator(String slug) {
		return directory.card(slug == null ? "" : slug).filter(card -> !card.retired())
			.orElseThrow(() -> new DeskRefusal("support.error.unknownOperator"));
	}

	private String operatorName(String slug) {
		return slug == null ? "le SGNE" : directory.card(slug).map(OperatorCard::shortName).orElse(slug);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** Exposed for the queue and request pages: the working time since filing. */
	public Duration elapsed(SupportRequest request) {
		return clock.elapsed(request, Instant.now());
	}
}
