package be.numedu.support.web;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.directory.Directory;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.shared.Codes;
import be.numedu.shared.Zone;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.PageLinks;
import be.numedu.support.RequestStatus;
import be.numedu.support.domain.RequestQueries;
import be.numedu.support.domain.RequestQueries.Filters;
import be.numedu.support.domain.RequestQueries.Order;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lists of requests: the requester's own ({@code /demandes}), the operator's queue ({@code /demandes/file}: what
 * its staff have to handle, the nearest due date first) and the SGNE's triage ({@code /demandes/tri}: requests no
 * operator covers, or several do, and requests escalated past their due date). Filters are plain GET parameters, so
 * a filtered queue can be bookmarked and shared; unknown values are ignored rather than refused.
 */
@Controller
class QueueController {

	static final int PAGE_SIZE = 25;

	/** The statuses that still need the operator, the queue's default. */
	static final Set<RequestStatus> TO_HANDLE = EnumSet.of(RequestStatus.NEW, RequestStatus.TAKEN,
			RequestStatus.WAITING_FOR_REQUESTER, RequestStatus.REOPENED);

	private final RequestQueries queries;

	private final People people;

	private final Directory directory;

	QueueController(RequestQueries queries, People people, Directory directory) {
		this.queries = queries;
		this.people = people;
		this.directory = directory;
	}

	@GetMapping("/demandes")
	String mine(@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "page", required = false) String page, Model model, HttpServletRequest http) {
		PersonView me = me();
		String shown = "terminees".equals(status) || "toutes".equals(status) ? status : "en-cours";
		Filters filters = Filters.none().order(Order.RECENT).statuses(switch (shown) {
			case "terminees" -> EnumSet.of(RequestStatus.RESOLVED, RequestStatus.CLOSED, RequestStatus.WITHDRAWN);
			case "toutes" -> null;
			default -> EnumSet.of(RequestStatus.NEW, RequestStatus.TAKEN, RequestStatus.WAITING_FOR_REQUESTER,
					RequestStatus.REOPENED, RequestStatus.RESOLVED);
		});
		Page<RequestQueries.Summary> found = queries.list(me, filters, PageLinks.index(page), PAGE_SIZE);
		model.addAttribute("requests", found);
		model.addAttribute("pages", PageLinks.of(http, found.getNumber(), found.getTotalPages()));
		model.addAttribute("shown", shown);
		model.addAttribute("mayFile", me.siteFase() != null);
		model.addAttribute("breadcrumbs", List.of(Crumb.current("support.mine.title")));
		return "support/mine";
	}

	@GetMapping("/demandes/file")
	String queue(@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "besoin", required = false) String need,
			@RequestParam(name = "zone", required = false) String zone,
			@RequestParam(name = "operateur", required = false) String operator,
			@RequestParam(name = "tri", required = false) String sort,
			@RequestParam(name = "mes", required = false) String mine,
			@RequestParam(name = "retard", required = false) String late,
			@RequestParam(name = "page", required = false) String page, Model model, HttpServletRequest http) {
		PersonView me = me();
		// Operator staff see their operator's queue; only the SGNE chooses another one (or the triage).
		String shownOperator = me.isAdmin() ? (operator == null || operator.isBlank() ? null : operator)
				: me.operatorSlug();
		Order order = Order.ofCode(sort, Order.DUE);
		Filters filters = Filters.none()
			.statuses(statuses(status))
			.operator(shownOperator)
			.need(Codes.named(Need.class, need).orElse(null))
			.zone(Codes.named(Zone.class, zone).orElse(null))
			.order(order)
			.assignee("oui".equals(mine) ? me.id() : null)
			.late("oui".equals(late));
		Page<RequestQueries.Summary> found = queries.list(me, filters, PageLinks.index(page), PAGE_SIZE);
		model.addAttribute("requests", found);
		model.addAttribute("pages", PageLinks.of(http, found.getNumber(), found.getTotalPages()));
		model.addAttribute("status", statusCode(status));
		model.addAttribute("need", filters.need());
		model.addAttribute("zone", filters.zone());
		model.addAttribute("operator", shownOperator);
		model.addAttribute("sort", order.code());
		model.addAttribute("mine", "oui".equals(mine));
		model.addAttribute("late", "oui".equals(late));
		model.addAttribute("admin", me.isAdmin());
		model.addAttribute("operatorName", shownOperator == null ? null : directory.card(shownOperator)
			.map(OperatorCard::shortName).orElse(null));
		model.addAttribute("operators", activeOperators());
		model.addAttribute("needs", Need.values());
		model.addAttribute("zones", Zone.values());
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("breadcrumbs", List.of(Crumb.current("support.queue.title")));
		return "support/queue";
	}

	@GetMapping("/demandes/tri")
	String triage(Model model) {
		PersonView me = me();
		model.addAttribute("toRoute", queries.list(me,
				Filters.none().operator(RequestQueries.TRIAGE).statuses(EnumSet.of(RequestStatus.NEW)).order(Order.DUE), 0,
				100));
		model.addAttribute("escalated", queries.list(me, Filters.none().statuses(TO_HANDLE).escalated(true)
			.order(Order.DUE), 0, 100));
		model.addAttribute("breadcrumbs", List.of(Crumb.of("support.queue.title", "/demandes/file"),
				Crumb.current("support.triage.title")));
		return "support/triage";
	}

	private List<OperatorCard> activeOperators() {
		return directory.cards().stream().filter(card -> !card.retired())
			.sorted(Comparator.comparing(OperatorCard::shortName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static Set<RequestStatus> statuses(String status) {
		String code = statusCode(status);
		if ("toutes".equals(code)) {
			return null;
		}
		RequestStatus one = Codes.named(RequestStatus.class, code).orElse(null);
		return one == null ? TO_HANDLE : EnumSet.of(one);
	}

	/** The status filter as shown: "a-traiter" (the default), "toutes" or one status's code. */
	private static String statusCode(String status) {
		if ("toutes".equals(status) || Codes.named(RequestStatus.class, status).isPresent()) {
			return status;
		}
		return "a-traiter";
	}



	private PersonView me() {
		return people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
	}
}
