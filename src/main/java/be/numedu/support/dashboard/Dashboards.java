package be.numedu.support.dashboard;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import be.numedu.directory.Directory;
import be.numedu.directory.OperatorCard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboards' figures for the SGNE (all operators, or one) and for an operator's staff (their own). */
@Service
class Dashboards {

	/** One operator's line in the SGNE's comparison; {@code slug} is empty for the SGNE's triage. */
	record OperatorLine(String slug, String name, MeasuredDelays delays, long overdue) {
	}

	/**
	 * A dashboard.
	 *
	 * @param operatorSlug the operator, or {@code null} for all operators
	 * @param operatorName its short name
	 * @param period the period
	 * @param volumes requests filed in the period
	 * @param delays delays measured in the period
	 * @param overdue requests past their due date now
	 * @param satisfaction ratings of the requests filed in the period
	 * @param byOperator each operator's delays and overdue requests (all operators only; else empty)
	 */
	record Dashboard(String operatorSlug, String operatorName, Period period, DashboardQueries.Volumes volumes,
			MeasuredDelays delays, long overdue, DashboardQueries.Satisfaction satisfaction,
			List<OperatorLine> byOperator) {
	}

	private final DashboardQueries queries;

	private final Directory directory;

	Dashboards(DashboardQueries queries, Directory directory) {
		this.queries = queries;
		this.directory = directory;
	}

	/** The dashboard of one operator, or of all ({@code operator} null), over the period, with what is overdue now. */
	@Transactional(readOnly = true)
	Dashboard of(String slug, Period period, Instant now) {
		Map<String, Long> overdue = queries.overdue(slug, now);
		List<OperatorLine> lines = List.of();
		if (slug == null) {
			Map<String, MeasuredDelays> delays = queries.delaysByOperator(period.from(), period.to());
			Set<String> slugs = new LinkedHashSet<>(delays.keySet());
			slugs.addAll(overdue.keySet());
			Collator french = Collator.getInstance(Locale.FRENCH);
			lines = new ArrayList<>();
			for (String each : slugs) {
				String name = each.isEmpty() ? null : name(each);
				lines.add(new OperatorLine(each, name, delays.getOrDefault(each, MeasuredDelays.NONE),
						overdue.getOrDefault(each, 0L)));
			}
			// by name, the triage last
			lines.sort(Comparator.comparing((OperatorLine line) -> line.name() == null)
				.thenComparing(line -> line.name() == null ? "" : line.name(), french));
		}
		return new Dashboard(slug, slug == null ? null : name(slug), period,
				queries.volumes(slug, period.from(), period.to()), queries.delays(slug, period.from(), period.to()),
				overdue.values().stream().mapToLong(Long::longValue).sum(),
				queries.satisfaction(slug, period.from(), period.to()), lines);
	}

	/** The operator's short name; its code if its card has gone. */
	String name(String slug) {
		return directory.card(slug).map(OperatorCard::shortName).orElse(slug);
	}
}
