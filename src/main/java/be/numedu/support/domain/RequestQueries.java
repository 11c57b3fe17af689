package be.numedu.support.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import be.numedu.directory.Directory;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.shared.Network;
import be.numedu.shared.Zone;
import be.numedu.support.RequestStatus;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of requests for pages and the API, as values (never entities): lists with filters and paging, scoped to what
 * the person may see, and one request with its timeline, its files and its clocks.
 */
@Service
public class RequestQueries {

	/** A request in a list. */
	public record Summary(String reference, String title, Need need, RequestStatus status, String operatorSlug,
			String operatorName, String schoolName, int siteFase, Zone zone, Network network, Urgency urgency,
			Instant createdAt, Instant updatedAt, Instant dueAt, ServiceClock.DueState dueState, String assigneeName,
			String requesterName, boolean escalated) {
	}

	/** An entry of the timeline. */
	public record Entry(long id, Instant at, EntryKind kind, boolean internal, String authorName, String operatorName,
			String body, RequestStatus fromStatus, RequestStatus toStatus, List<File> files) {
	}

	/** An attached file. */
	public record File(long id, String fileName, String mediaType, long sizeBytes) {
	}

	/** One operator's holding of the request. */
	public record Holding(String operatorSlug, String operatorName, Instant startedAt, Instant endedAt, Instant takenAt,
			Instant resolvedAt, Instant takeChargeDueAt, Instant resolveDueAt, boolean declared, Boolean takenInTime,
			Boolean resolvedInTime, String reason) {
	}

	/** One request, as the person asking may see it, and what they may do with it. */
	public record Detail(long id, Summary summary, String description, PreferredContact preferredContact,
			String contactPhone, String requesterEmail, SupportRequest.Routing routing, String routingReason,
			String proposedOperator, List<Holding> holdings, List<Entry> entries, Duration elapsed,
			Integer satisfaction, String satisfactionComment, Instant reopenUntil, long version, boolean requester,
			boolean handler, boolean admin, boolean seesNotes) {
	}

	/**
	 * Filters of a list; {@code null} or empty means "any".
	 *
	 * @param statuses the statuses to keep
	 * @param operatorSlug the operator holding the requests ({@link #TRIAGE} for the SGNE's triage queue)
	 * @param need the nature of the need
	 * @param zone the school's zone
	 * @param order the order of the list
	 * @param assigneeId taken in charge by this person
	 * @param lateOnly only the open requests past their due date
	 * @param escalatedOnly only the requests escalated to the SGNE
	 * @param changedSince changed at or after this instant (for helpdesks that fetch what is new)
	 */
	public record Filters(Collection<RequestStatus> statuses, String operatorSlug, Need need, Zone zone, Order order,
			Long assigneeId, boolean lateOnly, boolean escalatedOnly, Instant changedSince) {

		public static Filters none() {
			return new Filters(null, null, null, null, Order.RECENT, null, false, false, null);
		}

		public Filters statuses(Collection<RequestStatus> statuses) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}

		public Filters operator(String operatorSlug) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}

		public Filters need(Need need) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}

		public Filters zone(Zone zone) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}

		public Filters order(Order order) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}

		public Filters assignee(Long assigneeId) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}

		public Filters late(boolean lateOnly) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}

		public Filters escalated(boolean escalatedOnly) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}

		public Filters changedSince(Instant changedSince) {
			return new Filters(statuses, operatorSlug, need, zone, order, assigneeId, lateOnly, escalatedOnly, changedSince);
		}
	}

	/** The orders of a list, each with the code that names it in addresses ({@code tri=echeance}). */
	public enum Order {
		/** The nearest due date first. */
		DUE("echeance"),
		/** The latest change first. */
		RECENT("recent"),
		/** The latest filed first. */
		CREATED("creation");

		private final String code;

		Order(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		/** The order an address names, or {@code fallback} for anything else. */
		public static Order ofCode(String code, Order fallback) {
			for (Order order : values()) {
				if (order.code.equals(code)) {
					return order;
				}
			}
			return fallback;
		}
	}

	/** The operator filter that means the SGNE's triage queue: the requests no operator holds. */
	public static final String TRIAGE = "tri";

	private final SupportRequestRepository requests;

	private final RequestEntryRepository entries;

	private final AttachmentRepository attachments;

	private final RequestAccess access;

	private final ServiceClock clock;

	private final Directory directory;

	RequestQueries(SupportRequestRepository requests, RequestEntryRepository entries, AttachmentRepository attachments,
			RequestAccess access, ServiceClock clock, Directory directory) {
		this.requests = requests;
		this.entries = entries;
		this.attachments = attachments;
		this.access = access;
		this.clock = clock;
		this.directory = directory;
	}

	/**
	 * The requests the person may see, filtered and paged: the requester's own (and, for a school head or digital
	 * referent, their implantation's), their operator's for operator staff, all for SGNE administrators.
	 */
	@Transactional(readOnly = true)
	public Page<Summary> list(PersonView person, Filters filters, int page, int size) {
		Instant now = Instant.now();
		Specification<SupportRequest> scope = scope(person, filters.operatorSlug());
		Specification<SupportRequest> where = scope.and(filter(filters, now));
		Sort sort = switch (filters.order()) {
			case DUE -> Sort.by(Sort.Order.asc("dueAt").nullsLast(), Sort.Order.asc("id"));
			case CREATED -> Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
			case RECENT -> Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
		};
		int safeSize = Math.min(100, Math.max(1, size));
		int safePage = Math.min(Math.max(0, page), 10_000 / safeSize);
		Map<String, String> names = operatorNames();
		return requests.findAll(where, PageRequest.of(safePage, safeSize, sort)).map(r -> summary(r, now, names));
	}

	/** One request, if the person may see it. */
	@Transactional(readOnly = true)
	public Optional<Detail> detail(String reference, PersonView person) {
		Optional<SupportRequest> found = requests.findByReference(reference == null ? "" : reference);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SupportRequest request = found.get();
		if (!access.maySee(person, request)) {
			throw new AccessDeniedException("may not see this request");
		}
		boolean notes = access.seesInternalNotes(person, request);
		Map<String, String> names = operatorNames();
		Map<Long, List<File>> filesByEntry = attachments.findByRequestIdOrderByIdAsc(request.getId()).stream()
			.collect(Collectors.groupingBy(Attachment::getEntryId,
					Collectors.mapping(a -> new File(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes()),
							Collectors.toList())));
		List<Entry> timeline = new ArrayList<>();
		for (RequestEntry entry : entries.findByRequestIdOrderByAtAscIdAsc(request.getId())) {
			if (entry.isInternal() && !notes) {
				continue;
			}
			timeline.add(new Entry(entry.getId(), entry.getAt(), entry.getKind(), entry.isInternal(),
					entry.getAuthorName(), entry.getOperatorSlug() == null ? null
							: names.getOrDefault(entry.getOperatorSlug(), entry.getOperatorSlug()),
					entry.getBody(), entry.getFromStatus(), entry.getToStatus(),
					filesByEntry.getOrDefault(entry.getId(), List.of())));
		}
		List<Holding> holdings = request.assignmentsList().stream()
			.map(a -> new Holding(a.getOperatorSlug(), names.getOrDefault(a.getOperatorSlug(), a.getOperatorSlug()),
					a.getStartedAt(), a.getEndedAt(), a.getTakenAt(), a.getResolvedAt(), a.getTakeChargeDueAt(),
					a.getResolveDueAt(), a.isDeclared(), a.getTakenInTime(), a.getResolvedInTime(), a.getReason()))
			.toList();
		Instant now = Instant.now();
		return Optional.of(new Detail(request.getId(), summary(request, now, names), request.getDescription(),
				request.getPreferredContact(), request.getContactPhone(), request.getRequesterEmail(),
				request.getRouting(), request.getRoutingReason(), request.getProposedOperator(), holdings, timeline,
				clock.elapsed(request, now), request.getSatisfaction(), request.getSatisfactionComment(),
				request.getReopenUntil(), request.getVersion(), access.isRequester(person, request),
				access.mayHandle(person, request), person.isAdmin(), notes));
	}

	/** An attached file, with the right to fetch it checked, and where its content lies. */
	@Transactional(readOnly = true)
	public Optional<Attachment> attachment(String reference, long fileId, PersonView person) {
		Optional<SupportRequest> request = requests.findByReference(reference == null ? "" : reference);
		if (request.isEmpty()) {
			return Optional.empty();
		}
		if (!access.maySee(person, request.get())) {
			throw new AccessDeniedException("may not see this request");
		}
		Optional<Attachment> attachment = attachments.findById(fileId)
			.filter(a -> a.getRequestId().equals(request.get().getId()));
		if (attachment.isPresent() && !access.seesInternalNotes(person, request.get())) {
			// a file attached to an internal note stays with the operators
			boolean internal = entries.findById(attachment.get().getEntryId()).map(RequestEntry::isInternal).orElse(true);
			if (internal) {
				return Optional.empty();
			}
		}
		return attachment;
	}

	private Summary summary(SupportRequest r, Instant now, Map<String, String> names) {
		return new Summary(r.getReference(), r.getTitle(), r.getNeed(), r.getStatus(), r.getOperatorSlug(),
				r.getOperatorSlug() == null ? null : names.getOrDefault(r.getOperatorSlug(), r.getOperatorSlug()),
				r.getSchoolName(), r.getSiteFase(), r.getZone(), r.getNetwork(), r.getUrgency(), r.getCreatedAt(),
				r.getUpdatedAt(), r.getDueAt(), dueState(r, now), r.getAssigneeName(), r.getRequesterName(),
				r.getEscalatedAt() != null);
	}

	/** The due state from the stored due date, without loading the assignments (lists show many requests). */
	private ServiceClock.DueState dueState(SupportRequest r, Instant now) {
		if (!r.getStatus().open()) {
			return ServiceClock.DueState.NONE;
		}
		if (r.getPausedSince() != null) {
			return ServiceClock.DueState.PAUSED;
		}
		if (r.getDueAt() == null) {
			return ServiceClock.DueState.ON_TIME;
		}
		if (now.isAfter(r.getDueAt())) {
			return ServiceClock.DueState.LATE;
		}
		return r.getNearDueNotifiedAt() != null ? ServiceClock.DueState.SOON : ServiceClock.DueState.ON_TIME;
	}

	private Map<String, String> operatorNames() {
		return directory.cards().stream().collect(Collectors.toMap(OperatorCard::slug, OperatorCard::shortName,
				(a, b) -> a));
	}

	private static Specification<SupportRequest> scope(PersonView person, String operatorFilter) {
		if (person == null) {
			throw new AccessDeniedException("sign in");
		}
		if (person.isAdmin()) {
			return (root, query, cb) -> cb.conjunction();
		}
		if (Role.operatorStaff().contains(person.role())) {
			if (person.operatorSlug() != null && person.operatorSlug().equals(operatorFilter)) {
				// the operator's own queue: what it holds now is a column of the request (and its index)
				return (root, query, cb) -> cb.conjunction();
			}
			// requests the operator holds or held: a subquery on the holdings
			return (root, query, cb) -> {
				var sub = query.subquery(Long.class);
				var a = sub.from(Assignment.class);
				sub.select(a.get("request").get("id")).where(cb.equal(a.get("operatorSlug"), person.operatorSlug()));
				return root.get("id").in(sub);
			};
		}
		if ((person.role() == Role.DIRECTION || person.role() == Role.REFERENT_NUMERIQUE) && person.siteFase() != null) {
			return (root, query, cb) -> cb.or(cb.equal(root.get("requesterId"), person.id()),
					cb.equal(root.get("siteFase"), person.siteFase()));
		}
		return (root, query, cb) -> cb.equal(root.get("requesterId"), person.id());
	}

	private static Specification<SupportRequest> filter(Filters filters, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filters.statuses() != null && !filters.statuses().isEmpty()) {
				where.add(root.get("status").in(filters.statuses()));
			}
			if (TRIAGE.equals(filters.operatorSlug())) {
				where.add(cb.isNull(root.get("operatorSlug")));
			}
			else if (filters.operatorSlug() != null && !filters.operatorSlug().isBlank()) {
				where.add(cb.equal(root.get("operatorSlug"), filters.operatorSlug()));
			}
			if (filters.need() != null) {
				where.add(cb.equal(root.get("need"), filters.need()));
			}
			if (filters.zone() != null) {
				where.add(cb.equal(root.get("zone"), filters.zone()));
			}
			if (filters.assigneeId() != null) {
				where.add(cb.equal(root.get("assigneeId"), filters.assigneeId()));
			}
			if (filters.lateOnly()) {
				// the stored due date is kept only while the clock runs: open and not waiting for the requester
				where.add(cb.lessThan(root.get("dueAt"), now));
			}
			if (filters.escalatedOnly()) {
				where.add(cb.isNotNull(root.get("escalatedAt")));
			}
			if (filters.changedSince() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("updatedAt"), filters.changedSince()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
