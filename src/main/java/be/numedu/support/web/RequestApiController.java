package be.numedu.support.web;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.directory.Need;
import be.numedu.schools.SchoolRegistry;
import be.numedu.schools.SchoolSummary;
import be.numedu.shared.Codes;
import be.numedu.shared.Zone;
import be.numedu.shared.web.JsonApi;
import be.numedu.shared.web.Problems;
import be.numedu.support.RequestStatus;
import be.numedu.support.domain.DeskRefusal;
import be.numedu.support.domain.Filing;
import be.numedu.support.domain.PreferredContact;
import be.numedu.support.domain.RequestQueries;
import be.numedu.support.domain.RequestQueries.Filters;
import be.numedu.support.domain.RequestQueries.Order;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportRequest;
import be.numedu.support.domain.Transition;
import be.numedu.support.domain.Urgency;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests as JSON, for operators who run their own helpdesk and for schools' tools: the list the person may see
 * (filters as on the queue page, paging, and {@code modifieesDepuis} to fetch only what changed since the last call),
 * one request with its timeline, filing, and the operator's actions. The same desk and the same rules as the pages;
 * refusals are problem documents in French.
 */
@RestController
@JsonApi
class RequestApiController {

	private final SupportDesk desk;

	private final RequestQueries queries;

	private final People people;

	private final SchoolRegistry schools;

	private final MessageSource messages;

	RequestApiController(SupportDesk desk, RequestQueries queries, People people, SchoolRegistry schools,
			MessageSource messages) {
		this.desk = desk;
		this.queries = queries;
		this.people = people;
		this.schools = schools;
		this.messages = messages;
	}

	/**
	 * @param status one or more status codes, comma separated ({@code NEW,TAKEN}); all when absent
	 * @param operator an operator's slug, or {@code tri} for the triage (SGNE only; operator staff always get their
	 * own operator's requests)
	 * @param changedSince an ISO 8601 instant: only requests changed at or after it
	 */
	@GetMapping(value = "/api/demandes", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> list(@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "operateur", required = false) String operator,
			@RequestParam(name = "besoin", required = false) String need,
			@RequestParam(name = "zone", required = false) String zone,
			@RequestParam(name = "modifieesDepuis", required = false) String changedSince,
			@RequestParam(name = "tri", required = false) String sort,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "taille", defaultValue = "50") int size) {
		PersonView me = me();
		Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
		if (status != null && !status.isBlank()) {
			for (String code : status.split(",")) {
				RequestStatus one = Codes.named(RequestStatus.class, code.strip()).orElse(null);
				if (one == null) {
					return Problems.of(HttpStatus.BAD_REQUEST, "Statut inconnu : « " + code.strip()
							+ " ». Codes possibles : " + List.of(RequestStatus.values()) + ".");
				}
				statuses.add(one);
			}
		}
		Need needFilter = Codes.named(Need.class, need).orElse(null);
		if (need != null && !need.isBlank() && needFilter == null) {
			return Problems.of(HttpStatus.BAD_REQUEST, "Besoin inconnu. Codes possibles : " + List.of(Need.values()) + ".");
		}
		Zone zoneFilter = Codes.named(Zone.class, zone).orElse(null);
		if (zone != null && !zone.isBlank() && zoneFilter == null) {
			return Problems.of(HttpStatus.BAD_REQUEST, "Zone inconnue. Codes possibles : " + List.of(Zone.values()) + ".");
		}
		Instant since = null;
		if (changedSince != null && !changedSince.isBlank()) {
			try {
				since = Instant.parse(changedSince.strip());
			}
			catch (DateTimeParseException e) {
				return Problems.of(HttpStatus.BAD_REQUEST,
						"« modifieesDepuis » doit être un instant ISO 8601, par exemple 2026-11-22T08:00:00Z.");
			}
		}
		if (size < 1 || size > 100 || page < 0) {
			return Problems.of(HttpStatus.BAD_REQUEST, "« taille » va de 1 à 100 et « page » commence à 0.");
		}
		String shownOperator = me.isAdmin() ? blankToNull(operator)
				: me.operatorSlug() != null && me.siteFase() == null ? me.operatorSlug() : null;
		Filters filters = Filters.none()
			.statuses(statuses.isEmpty() ? null : statuses)
			.operator(shownOperator)
			.need(needFilter)
			.zone(zoneFilter)
			.changedSince(since)
			.order(Order.ofCode(sort, Order.RECENT));
		return ResponseEntity.ok(RequestJson.Page.of(queries.list(me, filters, page, size)));
	}

	@GetMapping(value = "/api/demandes/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> one(@PathVariable String reference) {
		return detail(reference, HttpStatus.OK);
	}

	@PostMapping(value = "/api/demandes", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> file(@RequestBody RequestJson.Filing body) {
		PersonView me = me();
		if (me.siteFase() == null) {
			throw new AccessDeniedException("not school staff");
		}
		List<SchoolSummary> here = schools.schoolsAtSite(me.siteFase()).stream().filter(s -> !s.retired()).toList();
		SchoolSummary school = here.size() == 1 && body.school() == null ? here.get(0)
				: here.stream().filter(s -> body.school() != null && s.fase() == body.school()).findFirst().orElse(null);
		if (school == null) {
			return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "« school » doit être le numéro FASE d'un des "
					+ "établissements de votre implantation : " + here.stream().map(SchoolSummary::fase).toList() + ".");
		}
		Need need = Codes.named(Need.class, body.need()).orElse(null);
		Urgency urgency = body.urgency() == null ? Urgency.NORMALE : Codes.named(Urgency.class, body.urgency()).orElse(null);
		PreferredContact contact = body.preferredContact() == null ? PreferredContact.COURRIEL
				: Codes.named(PreferredContact.class, body.preferredContact()).orElse(null);
		SupportRequest filed = desk.file(new Filing(me, me.siteFase(), school, need, strip(body.title()),
				strip(body.description()), urgency, contact, blankToNull(body.contactPhone()),
				blankToNull(body.proposedOperator()), List.of()));
		return ResponseEntity.created(URI.create("/api/demandes/" + filed.getReference()))
			.body(RequestJson.Detail.of(queries.detail(filed.getReference(), me).orElseThrow()));
	}

	@PostMapping(value = "/api/demandes/{reference}/prise-en-charge", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> take(@PathVariable String reference) {
		desk.take(reference, me());
		return detail(reference, HttpStatus.OK);
	}

	@PostMapping(value = "/api/demandes/{reference}/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> message(@PathVariable String reference, @RequestBody RequestJson.Message body) {
		PersonView me = me();
		String type = body.type() == null ? "" : body.type();
		switch (type) {
			case "REPONSE", "NOTE" -> desk.write(reference, me, body.text(), type.equals("NOTE"), List.of());
			case "QUESTION" -> desk.ask(reference, me, body.text(), List.of());
			case "SOLUTION" -> desk.resolve(reference, me, body.text(), List.of());
			case "INFORMATION" -> desk.inform(reference, me, body.text(), List.of());
			default -> {
				return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
						"« type » vaut REPONSE, NOTE, QUESTION, SOLUTION ou INFORMATION.");
			}
		}
		return detail(reference, HttpStatus.CREATED);
	}

	@PostMapping(value = "/api/demandes/{reference}/transmission", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> handOver(@PathVariable String reference, @RequestBody RequestJson.Routing body) {
		desk.handOver(reference, me(), body.operator(), body.reason());
		return detail(reference, HttpStatus.OK);
	}

	@PostMapping(value = "/api/demandes/{reference}/fermeture", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> close(@PathVariable String reference) {
		desk.close(reference, me());
		return detail(reference, HttpStatus.OK);
	}

	@ExceptionHandler(DeskRefusal.class)
	ResponseEntity<ProblemDetail> refused(DeskRefusal refusal) {
		HttpStatus status = switch (refusal.messageKey()) {
			case "support.error.unknown" -> HttpStatus.NOT_FOUND;
			case "support.error.alreadyTaken" -> HttpStatus.CONFLICT;
			default -> HttpStatus.UNPROCESSABLE_ENTITY;
		};
		return Problems.of(status, messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.FRENCH));
	}

	@ExceptionHandler(Transition.NotAllowed.class)
	ResponseEntity<ProblemDetail> stale(Transition.NotAllowed stale) {
		String status = messages.getMessage("RequestStatus." + stale.status(), null, Locale.FRENCH);
		return Problems.of(HttpStatus.CONFLICT, messages.getMessage("support.error.transition", new Object[] { status },
				Locale.FRENCH));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied() {
		return Problems.of(HttpStatus.FORBIDDEN, "Vous n'avez pas accès à cette demande, ou pas à cette action.");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable() {
		return Problems.of(HttpStatus.BAD_REQUEST, "Le corps de la requête n'est pas un document JSON valide.");
	}

	private ResponseEntity<?> detail(String reference, HttpStatus status) {
		return queries.detail(reference, me())
			.<ResponseEntity<?>>map(d -> ResponseEntity.status(status).body(RequestJson.Detail.of(d)))
			.orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND, "Aucune demande ne porte la référence « " + reference
					+ " »."));
	}

	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}


	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String strip(String text) {
		return text == null ? null : text.strip();
	}
}
