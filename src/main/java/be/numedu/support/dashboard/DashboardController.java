package be.numedu.support.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import be.numedu.directory.Directory;
import be.numedu.directory.OperatorCard;
import be.numedu.shared.web.Crumb;
import be.numedu.support.dashboard.Dashboards.Dashboard;
import be.numedu.support.dashboard.Dashboards.OperatorLine;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboards of support requests: the SGNE's (all operators, or the one it picks) and each operator's (its staff
 * see their own operator only, whatever the address asks), over a period, as a page with charts and tables and as a
 * CSV file holding the same figures. Filters are plain GET parameters; values that make no sense are ignored and
 * said so, never refused with an error page.
 */
@Controller
class DashboardController {

	static final String PAGE = "/demandes/tableau-de-bord";

	/** How people here write a day; the ISO form (the export's and the links') is read too. */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Who looks, and at which operator ({@code null}: all of them). */
	record Scope(boolean admin, String operatorSlug, boolean unknownOperator) {
	}

	/** The period asked for, with the values to show back in the form and what was wrong with them. */
	record PeriodChoice(Period period, Integer days, String firstDay, String lastDay, String errorKey) {
	}

	/** One delay as the page shows it. */
	record DelayRow(String labelKey, Measured measured, String median, String p90) {
	}

	/** One operator's line in the SGNE's comparison, as the page shows it. */
	record LineView(OperatorLine line, String takeChargeMedian, String resolutionMedian, String link) {
	}

	private final Dashboards dashboards;

	private final Directory directory;

	private final People people;

	private final WorkingTime workingTime;

	private final MessageSource messages;

	DashboardController(Dashboards dashboards, Directory directory, People people, WorkingTime workingTime,
			MessageSource messages) {
		this.dashboards = dashboards;
		this.directory = directory;
		this.people = people;
		this.workingTime = workingTime;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String page(@RequestParam(name = "operateur", required = false) String operator,
			@RequestParam(name = "periode", required = false) String days,
			@RequestParam(name = "du", required = false) String firstDay,
			@RequestParam(name = "au", required = false) String lastDay, Model model) {
		Scope scope = scope(operator);
		Instant now = Instant.now();
		PeriodChoice choice = period(days, firstDay, lastDay, now);
		Dashboard dashboard = dashboards.of(scope.operatorSlug(), choice.period(), now);
		Locale locale = LocaleContextHolder.getLocale();

		model.addAttribute("dashboard", dashboard);
		model.addAttribute("scope", scope);
		model.addAttribute("choice", choice);
		model.addAttribute("presets", Period.PRESETS);
		model.addAttribute("operators", scope.admin() ? choices(scope.operatorSlug()) : List.of());
		model.addAttribute("delayRows", delayRows(dashboard.delays(), locale));
		model.addAttribute("lines", dashboard.byOperator().stream()
			.map(line -> new LineView(line, workingTime.hours(line.delays().takeCharge().median(), locale),
					workingTime.hours(line.delays().resolution().median(), locale),
					line.slug().isEmpty() ? null : link(PAGE, line.slug(), choice)))
			.toList());
		model.addAttribute("charts", volumeCharts(dashboard, locale));
		model.addAttribute("satisfactionChart", satisfactionChart(dashboard.satisfaction(), locale));
		model.addAttribute("average", decimal(dashboard.satisfaction().average(), locale));
		model.addAttribute("queueLink", UriComponentsBuilder.fromPath("/demandes/file")
			.queryParam("retard", "oui")
			.queryParamIfPresent("operateur", Optional.ofNullable(scope.admin() ? scope.operatorSlug() : null))
			.build()
			.encode()
			.toUriString());
		model.addAttribute("csvLink", link(PAGE + ".csv", scope.admin() ? scope.operatorSlug() : null, choice));
		model.addAttribute("breadcrumbs", List.of(Crumb.current("dashboard.title")));
		return "support/dashboard";
	}

	@GetMapping(value = PAGE + ".csv", produces = "text/csv;charset=UTF-8")
	ResponseEntity<byte[]> csv(@RequestParam(name = "operateur", required = false) String operator,
			@RequestParam(name = "periode", required = false) String days,
			@RequestParam(name = "du", required = false) String firstDay,
			@RequestParam(name = "au", required = false) String lastDay) throws IOException {
		Scope scope = scope(operator);
		Instant now = Instant.now();
		PeriodChoice choice = period(days, firstDay, lastDay, now);
		Dashboard dashboard = dashboards.of(scope.operatorSlug(), choice.period(), now);
		String file = "tableau-de-bord-" + (scope.operatorSlug() == null ? "tous" : scope.operatorSlug()) + "-"
				+ choice.period().firstDay() + "-" + choice.period().lastDay() + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(DashboardCsv.write(dashboard, messages, LocaleContextHolder.getLocale())
				.getBytes(StandardCharsets.UTF_8));
	}

	/** The active operators by name, and the one shown even if its card has been retired since. */
	private List<OperatorCard> choices(String shown) {
		List<OperatorCard> cards = new ArrayList<>(directory.cards());
		if (shown != null && cards.stream().noneMatch(card -> card.slug().equals(shown))) {
			directory.card(shown).ifPresent(cards::add);
		}
		cards.sort(Comparator.comparing(OperatorCard::shortName, String.CASE_INSENSITIVE_ORDER));
		return cards;
	}

	/**
	 * SGNE administrators see all operators or the one they pick; operator staff always their own operator, so that
	 * an address naming another operator shows them nothing of it.
	 */
	private Scope scope(String requested) {
		PersonView person = people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
		if (person.isAdmin()) {
			if (requested == null || requested.isBlank()) {
				return new Scope(true, null, false);
			}
			Optional<OperatorCard> card = requested.length() > 80 ? Optional.empty() : directory.card(requested.strip());
			return card.map(c -> new Scope(true, c.slug(), false)).orElse(new Scope(true, null, true));
		}
		if (Role.operatorStaff().contains(person.role()) && person.operatorSlug() != null) {
			return new Scope(false, person.operatorSlug(), false);
		}
		throw new AccessDeniedException("dashboards are for operator staff and the SGNE");
	}

	/** The last 30, 90 or 365 days, or chosen days; anything else falls back to the last 90 days. */
	static PeriodChoice period(String days, String firstDay, String lastDay, Instant now) {
		int preset = Period.DEFAULT_DAYS;
		if (days != null && days.matches("\\d{1,3}") && Period.PRESETS.contains(Integer.parseInt(days))) {
			preset = Integer.parseInt(days);
		}
		boolean first = firstDay != null && !firstDay.isBlank();
		boolean last = lastDay != null && !lastDay.isBlank();
		if (!first && !last) {
			return new PeriodChoice(Period.lastDays(preset, now), preset, null, null, null);
		}
		String error;
		if (!first || !last) {
			error = "dashboard.period.error.both";
		}
		else {
			LocalDate from = day(firstDay);
			LocalDate to = day(lastDay);
			if (from == null || to == null) {
				error = "dashboard.period.error.date";
			}
			else if (to.isBefore(from)) {
				error = "dashboard.period.error.order";
			}
			else if (ChronoUnit.DAYS.between(from, to) >= Period.MAX_DAYS) {
				error = "dashboard.period.error.span";
			}
			else {
				return new PeriodChoice(Period.between(from, to), null, DAY.format(from), DAY.format(to), null);
			}
		}
		return new PeriodChoice(Period.lastDays(preset, now), preset, shown(firstDay), shown(lastDay), error);
	}

	/** A day as typed ("1/3/2026", "01/03/2026") or as the links write it ("2026-03-01"); {@code null} if neither. */
	private static LocalDate day(String value) {
		String text = value.strip();
		if (text.length() > 10) {
			return null;
		}
		for (DateTimeFormatter format : List.of(TYPED_DAY, DateTimeFormatter.ISO_LOCAL_DATE)) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return null;
	}

	/** A date the person typed, shown back in the form (escaped by the template), never longer than a date. */
	private static String shown(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.length() > 10 ? stripped.substring(0, 10) : stripped;
	}

	private static String link(String path, String operator, PeriodChoice choice) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		if (operator != null) {
			link.queryParam("operateur", operator);
		}
		if (choice.period().chosen()) {
			link.queryParam("du", choice.period().firstDay()).queryParam("au", choice.period().lastDay());
		}
		else {
			link.queryParam("periode", choice.period().days());
		}
		return link.build().encode().toUriString();
	}

	private List<DelayRow> delayRows(MeasuredDelays delays, Locale locale) {
		return List.of(row("dashboard.delays.takeCharge", delays.takeCharge(), locale),
				row("dashboard.delays.resolution", delays.resolution(), locale));
	}

	private DelayRow row(String key, Measured measured, Locale locale) {
		return new DelayRow(key, measured, workingTime.hours(measured.median(), locale),
				workingTime.hours(measured.p90(), locale));
	}

	private List<BarChart> volumeCharts(Dashboard dashboard, Locale locale) {
		DashboardQueries.Volumes volumes = dashboard.volumes();
		String unit = messages.getMessage("dashboard.volumes.requests", null, locale);
		return List.of(
				chart("need", "dashboard.volumes.need", "Need", volumes.byNeed(), volumes.total(), unit, locale),
				chart("zone", "dashboard.volumes.zone", "Zone", volumes.byZone(), volumes.total(), unit, locale),
				chart("network", "dashboard.volumes.network", "Network", volumes.byNetwork(), volumes.total(), unit,
						locale),
				chart("level", "dashboard.volumes.level", "Level", volumes.byLevel(), volumes.total(), unit, locale),
				chart("status", "dashboard.volumes.status", "dashboard.status", volumes.byStatus(), volumes.total(),
						unit, locale));
	}

	private <E extends Enum<E>> BarChart chart(String id, String key, String labels, Map<E, Long> counts, long total,
			String unit, Locale locale) {
		List<BarChart.Entry> entries = new ArrayList<>();
		counts.forEach((code, count) -> entries.add(new BarChart.Entry(code.name(),
				messages.getMessage(labels + "." + code.name(), null, code.name(), locale), count)));
		return BarChart.of(id, messages.getMessage(key, null, locale),
				messages.getMessage(key + ".category", null, locale), unit, entries, total);
	}

	private BarChart satisfactionChart(DashboardQueries.Satisfaction satisfaction, Locale locale) {
		List<BarChart.Entry> entries = new ArrayList<>();
		for (int score = 5; score >= 1; score--) {
			entries.add(new BarChart.Entry(String.valueOf(score),
					messages.getMessage("dashboard.satisfaction.score", new Object[] { score }, locale),
					satisfaction.byScore()[score - 1]));
		}
		return BarChart.of("satisfaction", messages.getMessage("dashboard.satisfaction.chart", null, locale),
				messages.getMessage("dashboard.satisfaction.chart.category", null, locale),
				messages.getMessage("dashboard.satisfaction.ratings", null, locale), entries, satisfaction.count());
	}

	/** A number with at most one decimal, as the page's language writes it. */
	static String decimal(Double value, Locale locale) {
		if (value == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		format.setGroupingUsed(false);
		return format.format(value);
	}
}
