package be.numedu.support.web;

import java.time.Instant;
import java.util.List;

import be.numedu.support.domain.RequestQueries;

/**
 * Requests as the JSON API serves them: codes rather than labels (the same codes as the page filters), instants in
 * ISO 8601 UTC, and the addresses of the request's page and files. Internal notes appear only for those who may read
 * them, as on the page.
 */
final class RequestJson {

	private RequestJson() {
	}

	record Summary(String reference, String title, String need, String status, String operator, String school,
			int implantation, String zone, String network, String urgency, Instant createdAt, Instant updatedAt,
			Instant dueAt, String dueState, String assignee, String requester, boolean escalated, String page) {

		static Summary of(RequestQueries.Summary s) {
			return new Summary(s.reference(), s.title(), s.need().name(), s.status().name(), s.operatorSlug(),
					s.schoolName(), s.siteFase(), s.zone().name(), s.network().name(), s.urgency().name(),
					s.createdAt(), s.updatedAt(), s.dueAt(), s.dueState().name(), s.assigneeName(), s.requesterName(),
					s.escalated(), "/demandes/" + s.reference());
		}
	}

	record Page(List<Summary> items, int page, int size, long totalItems, int totalPages) {

		static Page of(org.springframework.data.domain.Page<RequestQueries.Summary> page) {
			return new Page(page.getContent().stream().map(Summary::of).toList(), page.getNumber(), page.getSize(),
					page.getTotalElements(), page.getTotalPages());
		}
	}

	record File(long id, String name, String mediaType, long size, String href) {
	}

	record Entry(long id, Instant at, String kind, boolean internal, String author, String operator, String text,
			String fromStatus, String toStatus, List<File> files) {
	}

	record Holding(String operator, Instant startedAt, Instant endedAt, Instant takenAt, Instant resolvedAt,
			Instant takeChargeDueAt, Instant resolveDueAt, boolean declaredDelays, Boolean takenInTime,
			Boolean resolvedInTime, String reason) {
	}

	record Detail(Summary summary, String description, String preferredContact, String contactPhone,
			String routing, String routingReason, String proposedOperator, long elapsedWorkingMinutes,
			Integer satisfaction, String satisfactionComment, Instant reopenUntil, List<Holding> holdings,
			List<Entry> entries) {

		static Detail of(RequestQueries.Detail d) {
			String ref = d.summary().reference();
			return new Detail(Summary.of(d.summary()), d.description(), d.preferredContact().name(), d.contactPhone(),
					d.routing().name(), d.routingReason(), d.proposedOperator(), d.elapsed().toMinutes(),
					d.satisfaction(), d.satisfactionComment(), d.reopenUntil(),
					d.holdings().stream().map(h -> new Holding(h.operatorSlug(), h.startedAt(), h.endedAt(),
							h.takenAt(), h.resolvedAt(), h.takeChargeDueAt(), h.resolveDueAt(), h.declared(),
							h.takenInTime(), h.resolvedInTime(), h.reason())).toList(),
					d.entries().stream().map(e -> new Entry(e.id(), e.at(), e.kind().name(), e.internal(),
							e.authorName(), e.operatorName(), e.body(),
							e.fromStatus() == null ? null : e.fromStatus().name(),
							e.toStatus() == null ? null : e.toStatus().name(),
							e.files().stream().map(f -> new File(f.id(), f.fileName(), f.mediaType(), f.sizeBytes(),
									"/demandes/" + ref + "/fichiers/" + f.id())).toList())).toList());
		}
	}

	/** A request filed through the API. Files are attached from the request's page. */
	record Filing(Integer school, String need, String title, String description, String urgency,
			String preferredContact, String contactPhone, String proposedOperator) {
	}

	/** A message: {@code REPONSE}, {@code NOTE}, {@code QUESTION}, {@code SOLUTION} (operators) or
	 * {@code INFORMATION} (the requester). */
	record Message(String type, String text) {
	}

	/** A hand-over or an assignment to another operator, with its reason. */
	record Routing(String operator, String reason) {
	}
}
