package be.numedu.directory.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import be.numedu.directory.OperatorCard;
import be.numedu.directory.domain.Cards;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as files: CSV for spreadsheets (semicolon-separated UTF-8 with a byte-order mark, as Belgian
 * spreadsheet software expects; labels in the page's language) and JSON (codes, for programs). Both hold every
 * active card and every field.
 */
@RestController
class ExportController {

	private final Cards cards;

	private final MessageSource messages;

	ExportController(Cards cards, MessageSource messages) {
		this.cards = cards;
		this.messages = messages;
	}

	@GetMapping(value = "/cartographie/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<List<CardJson>> json() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("cartographie.json"))
			.body(cards.all(false).stream().map(CardJson::of).toList());
	}

	@GetMapping(value = "/cartographie/export.csv", produces = "text/csv;charset=UTF-8")
	ResponseEntity<byte[]> csv() throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		String[] columns = { "slug", "name", "shortName", "category", "byAffiliation", "missions", "needs", "interventionDetails",
				"networks", "zones", "teachingTypes", "coverageNote", "modes", "interactionMode", "responseDelay",
				"contactNote", "contactEmail", "contactPhone", "website", "toPrepare", "serviceLevel", "responsibleName",
				"responsibleEmail", "updatedAt", "sourceNote" };
		String[] headers = new String[columns.length];
		for (int i = 0; i < columns.length; i++) {
			headers[i] = messages.getMessage("card.field." + columns[i], null, columns[i], locale);
		}
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(headers).setRecordSeparator("\r\n").get())) {
			for (OperatorCard card : cards.all(false)) {
				printer.printRecord(cells(card.slug(), card.name(), card.shortName(),
						label("OperatorCategory", card.category(), locale),
						messages.getMessage(card.byAffiliation() ? "common.yes" : "common.no", null, locale),
						card.missions(), labels("Need", card.needs(), locale), card.interventionDetails(),
						labels("Network", card.networks(), locale), labels("Zone", card.zones(), locale),
						labels("TeachingType", card.teachingTypes(), locale), card.coverageNote(),
						labels("InterventionMode", card.modes(), locale), card.interactionMode(), card.responseDelay(),
						card.contactNote(), card.contactEmail(), card.contactPhone(), card.website(),
						String.join(" | ", card.toPrepare()), card.serviceLevel().describe(), card.responsibleName(), card.responsibleEmail(),
						card.updatedAt(), card.sourceNote()));
			}
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("cartographie.csv"))
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Cells as a spreadsheet must not read them: a text starting with =, +, -, @ or a control character would be
	 * taken for a formula, so it gets a leading apostrophe (OWASP's advice on CSV injection).
	 */
	private static Object[] cells(Object... values) {
		Object[] cells = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = values[i] instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
					? "'" + text : values[i];
		}
		return cells;
	}

	private String label(String type, Enum<?> value, Locale locale) {
		return messages.getMessage(type + "." + value.name(), null, value.name(), locale);
	}

	private String labels(String type, Collection<? extends Enum<?>> values, Locale locale) {
		return values.stream().map(v -> label(type, v, locale)).sorted().collect(Collectors.joining(" | "));
	}

	private static String attachment(String name) {
		return ContentDisposition.attachment().filename(name).build().toString();
	}
}
