package be.numedu.support.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import be.numedu.support.dashboard.Dashboards.Dashboard;
import be.numedu.support.dashboard.Dashboards.OperatorLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;

/**
 * A dashboard as a CSV file: one figure a line (indicator, code, label, value), so that every figure of the page,
 * whatever its dimension, lands in one sheet that a spreadsheet can filter. Semicolon-separated UTF-8 with a
 * byte-order mark and decimal commas in French, as Belgian spreadsheet software expects; delays in working minutes,
 * the unit they are measured in.
 */
final class DashboardCsv {

	private final CSVPrinter printer;

	private final MessageSource messages;

	private final Locale locale;

	private DashboardCsv(CSVPrinter printer, MessageSource messages, Locale locale) {
		this.printer = printer;
		this.messages = messages;
		this.locale = locale;
	}

	static String write(Dashboard dashboard, MessageSource messages, Locale locale) throws IOException {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		String[] headers = { text(messages, "dashboard.csv.indicator", locale), text(messages, "dashboard.csv.code", locale),
				text(messages, "dashboard.csv.label", locale), text(messages, "dashboard.csv.value", locale) };
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(headers).setRecordSeparator("\r\n").get())) {
			new DashboardCsv(printer, messages, locale).write(dashboard);
		}
		return out.toString();
	}

	private void write(Dashboard dashboard) throws IOException {
		line("dashboard.csv.firstDay", null, null, dashboard.period().firstDay().toString());
		line("dashboard.csv.lastDay", null, null, dashboard.period().lastDay().toString());
		line("dashboard.csv.operator", dashboard.operatorSlug(), dashboard.operatorSlug() == null
				? text("dashboard.scope.all") : dashboard.operatorName(), null);
		line("dashboard.csv.total", null, null, dashboard.volumes().total());
		counts("dashboard.volumes.need", "Need", dashboard.volumes().byNeed());
		counts("dashboard.volumes.zone", "Zone", dashboard.volumes().byZone());
		counts("dashboard.volumes.network", "Network", dashboard.volumes().byNetwork());
		counts("dashboard.volumes.level", "Level", dashboard.volumes().byLevel());
		counts("dashboard.volumes.status", "dashboard.status", dashboard.volumes().byStatus());
		delays("dashboard.csv.takeCharge", null, null, dashboard.delays().takeCharge());
		delays("dashboard.csv.resolution", null, null, dashboard.delays().resolution());
		line("dashboard.csv.overdue", null, null, dashboard.overdue());
		DashboardQueries.Satisfaction satisfaction = dashboard.satisfaction();
		line("dashboard.csv.ratings", null, null, satisfaction.count());
		line("dashboard.csv.average", null, null, decimal(satisfaction.average()));
		for (int score = 5; score >= 1; score--) {
			line("dashboard.csv.score", String.valueOf(score),
					messages.getMessage("dashboard.satisfaction.score", new Object[] { score }, locale),
					satisfaction.byScore()[score - 1]);
		}
		for (OperatorLine each : dashboard.byOperator()) {
			String name = each.slug().isEmpty() ? text("dashboard.operators.triage") : each.name();
			delays("dashboard.csv.operator.takeCharge", each.slug(), name, each.delays().takeCharge());
			delays("dashboard.csv.operator.resolution", each.slug(), name, each.delays().resolution());
			line("dashboard.csv.operator.overdue", each.slug(), name, each.overdue());
		}
	}

	private <E extends Enum<E>> void counts(String indicator, String labels, Map<E, Long> counts) throws IOException {
		for (Map.Entry<E, Long> entry : counts.entrySet()) {
			String code = entry.getKey().name();
			line(indicator, code, messages.getMessage(labels + "." + code, null, code, locale), entry.getValue());
		}
	}

	/** Five lines for one delay: how many, median, 90th percentile, how many in time, the share in time. */
	private void delays(String prefix, String code, String label, Measured measured) throws IOException {
		line(prefix + ".count", code, label, measured.count());
		line(prefix + ".median", code, label, decimal(measured.median()));
		line(prefix + ".p90", code, label, decimal(measured.p90()));
		line(prefix + ".inTime", code, label, measured.inTime());
		line(prefix + ".share", code, label, measured.sharePercent());
	}

	private void line(String indicator, String code, String label, Object value) throws IOException {
		printer.printRecord(safe(text(indicator)), safe(code), safe(label), value);
	}

	private String text(String key) {
		return text(messages, key, locale);
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private String decimal(Double value) {
		if (value == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setGroupingUsed(false);
		return format.format(value);
	}

	/**
	 * A text as a spreadsheet must not read it: one starting with =, +, -, @ or a control character would be taken
	 * for a formula, so it gets a leading apostrophe (OWASP's advice on CSV injection). Operator names come from the
	 * cards, which their staff edit.
	 */
	private static String safe(String text) {
		return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
