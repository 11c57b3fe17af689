package be.numedu.resources.standards;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.numedu.frameworks.Competence;
import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.AccessMode;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.AccessibilityHazard;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The CSV batches of the platform team: UTF-8, RFC 4180 (fields with the separator, quotes or line breaks are quoted,
 * quotes doubled), semicolons or commas (whichever the header line uses), one resource per line after a header that
 * names the columns. The columns are listed in {@link Column}; their order is free, the header's case and accents do
 * not matter ("Résumé" is {@code resume}). Lists within a cell are separated by {@code |}, codes are numedu's (the
 * import page lists them), in any case.
 *
 * <p>A file that cannot be read as a whole (not UTF-8, a quote left open, a required column missing, a column numedu
 * does not know, more than {@value #MAX_ROWS} lines) is refused before anything is stored; a line with a problem is
 * reported and the others are imported.
 */
@Component
class CsvRecords {

	private static final Logger log = LoggerFactory.getLogger(CsvRecords.class);

	static final int MAX_ROWS = 500;

	/** The columns of the CSV format: the header name, whether the column must be there, the content's field. */
	enum Column {
		TITRE("titre", true, "title"), RESUME("resume", true, "summary"), DESCRIPTION("description", false,
				"description"), TYPE("type", true, "type"), ANNEES("annees", true, "years"),
		DISCIPLINES("disciplines", true, "disciplines"), LANGUE("langue", true, "language"),
		AUTEURS("auteurs", false, "authors"), EDITEUR("editeur", false, "publisher"),
		LICENCE("licence", true, "licence"), LIEN("lien", true, "url"),
		DUREE_MINUTES("duree_minutes", false, "durationMinutes"), PUBLICS("publics", true, "audiences"),
		ACCESSIBILITE("accessibilite", false, "accessibilityFeatures"),
		MODES_ACCES("modes_acces", false, "accessModes"), DANGERS("dangers", false, "accessibilityHazards"),
		ACCESSIBILITE_RESUME("accessibilite_resume", false, "accessibilitySummary"),
		AMENAGEMENTS("amenagements", false, "accommodations"),
		AMENAGEMENTS_NOTE("amenagements_note", false, "accommodationsNote"),
		COMPETENCES("competences", false, "competences"), MOTS_CLES("mots_cles", false, "keywords"),
		PROVENANCE("provenance", true, "provenance");

		final String header;

		final boolean required;

		final String field;

		Column(String header, boolean required, String field) {
			this.header = header;
			this.required = required;
			this.field = field;
		}
	}

	private final MessageSource messages;

	private final Frameworks frameworks;

	CsvRecords(MessageSource messages, Frameworks frameworks) {
		this.messages = messages;
		this.frameworks = frameworks;
	}

	/**
	 * The lines of the file as candidates.
	 *
	 * @param defaultProvenance the provenance of lines whose provenance cell is empty, if the form gave one
	 */
	List<ImportCandidate> read(byte[] bytes, Provenance defaultProvenance) throws ImportRefused {
		String text = utf8(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new ImportRefused(message("standards.csv.error.empty"));
		}
		char delimiter = delimiter(text);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
		List<CSVRecord> rows = new ArrayList<>();
		Map<Column, String> headers;
		// The last line read whole: a record that cannot be read starts after it.
		long lastLineRead = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			headers = columns(parser.getHeaderNames());
			lastLineRead = parser.getCurrentLineNumber();
			for (CSVRecord row : parser) {
				rows.add(row);
				if (rows.size() > MAX_ROWS) {
					throw new ImportRefused(message("standards.csv.error.tooManyRows", MAX_ROWS));
				}
				lastLineRead = parser.getCurrentLineNumber();
			}
		}
		catch (UncheckedIOException | IOException e) {
			log.debug("CSV file unreadable after line {}", lastLineRead, e);
			throw new ImportRefused(message("standards.csv.error.unreadable", lastLineRead + 1));
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			log.debug("CSV header unreadable", e);
			throw new ImportRefused(message("standards.csv.error.header"));
		}
		if (rows.isEmpty()) {
			throw new ImportRefused(message("standards.csv.error.noRows"));
		}
		List<ImportCandidate> candidates = new ArrayList<>();
		for (CSVRecord row : rows) {
			candidates.add(candidate(row, headers, defaultProvenance));
		}
		return candidates;
	}

	private ImportCandidate candidate(CSVRecord row, Map<Column, String> headers, Provenance defaultProvenance) {
		// The row as a spreadsheet numbers it: the header is row 1.
		int line = (int) row.getRecordNumber() + 1;
		List<ImportCandidate.Finding> errors = new ArrayList<>();
		List<String> notices = new ArrayList<>();
		if (!row.isConsistent()) {
			errors.add(new ImportCandidate.Finding("", message("standards.csv.error.cells", row.size(),
					row.getParser().getHeaderNames().size())));
			return new ImportCandidate(line, message("standards.csv.line", line), null, errors, notices);
		}
		Function<Column, String> cell = column -> {
			String header = headers.get(column);
			if (header == null || !row.isMapped(header) || !row.isSet(header)) {
				return null;
			}
			String value = row.get(header).strip();
			return value.isEmpty() ? null : value;
		};
		String title = cell.apply(Column.TITRE);
		ResourceType type = one(Column.TYPE, cell.apply(Column.TYPE), ResourceType.class, errors, t -> t.lomValue());
		SortedSet<SchoolYear> years = codes(Column.ANNEES, cell.apply(Column.ANNEES), SchoolYear.class, errors);
		SortedSet<Discipline> disciplines = codes(Column.DISCIPLINES, cell.apply(Column.DISCIPLINES), Discipline.class,
				errors);
		String language = cell.apply(Column.LANGUE);
		if (language != null) {
			String normal = LomRecords.normalLanguage(language);
			if (normal == null) {
				errors.add(new ImportCandidate.Finding(Column.LANGUE.header,
						message("standards.csv.error.language", language)));
			}
			language = normal;
		}
		Licence licence = one(Column.LICENCE, cell.apply(Column.LICENCE), Licence.class, errors, l -> null);
		Integer minutes = null;
		String duration = cell.apply(Column.DUREE_MINUTES);
		if (duration != null) {
			if (duration.matches("\\d{1,5}")) {
				minutes = Integer.parseInt(duration);
			}
			else {
				errors.add(new ImportCandidate.Finding(Column.DUREE_MINUTES.header,
						message("standards.csv.error.duration", duration)));
			}
		}
		SortedSet<Audience> audiences = codes(Column.PUBLICS, cell.apply(Column.PUBLICS), Audience.class, errors);
		SortedSet<AccessibilityFeature> features = codes(Column.ACCESSIBILITE, cell.apply(Column.ACCESSIBILITE),
				AccessibilityFeature.class, errors);
		SortedSet<AccessMode> modes = codes(Column.MODES_ACCES, cell.apply(Column.MODES_ACCES), AccessMode.class,
				errors);
		SortedSet<AccessibilityHazard> hazards = codes(Column.DANGERS, cell.apply(Column.DANGERS),
				AccessibilityHazard.class, errors);
		SortedSet<Accommodation> accommodations = codes(Column.AMENAGEMENTS, cell.apply(Column.AMENAGEMENTS),
				Accommodation.class, errors);
		SortedSet<String> competences = new TreeSet<>();
		for (String value : list(cell.apply(Column.COMPETENCES))) {
			Optional<Competence> competence = frameworks.byUri(value);
			int colon = value.indexOf(':');
			if (competence.isEmpty() && colon > 0 && !value.contains("/")) {
				competence = frameworks.competence(value.substring(0, colon), value.substring(colon + 1));
			}
			competence.ifPresentOrElse(c -> competences.add(c.frameworkId() + ":" + c.code()),
					() -> errors.add(new ImportCandidate.Finding(Column.COMPETENCES.header,
							message("standards.csv.error.competence", value))));
		}
		Provenance provenance = one(Column.PROVENANCE, cell.apply(Column.PROVENANCE), Provenance.class, errors,
				p -> null);
		if (provenance == null && cell.apply(Column.PROVENANCE) == null) {
			provenance = defaultProvenance;
			if (provenance == null) {
				errors.add(new ImportCandidate.Finding(Column.PROVENANCE.header,
						message("standards.csv.error.provenance")));
			}
		}
		ResourceContent content = new ResourceContent(title, cell.apply(Column.RESUME),
				cell.apply(Column.DESCRIPTION), type, years, disciplines, language, list(cell.apply(Column.AUTEURS)),
				cell.apply(Column.EDITEUR), licence, cell.apply(Column.LIEN), minutes, audiences, features, modes,
				hazards, cell.apply(Column.ACCESSIBILITE_RESUME), accommodations, cell.apply(Column.AMENAGEMENTS_NOTE),
				competences, list(cell.apply(Column.MOTS_CLES)), provenance, List.of());
		String label = ImportCandidate.label(title, message("standards.csv.line", line));
		return new ImportCandidate(line, label, content, errors, notices);
	}

	/** The columns the header names; a file missing a required column, or naming an unknown one, is refused. */
	private Map<Column, String> columns(List<String> names) throws ImportRefused {
		Map<Column, String> found = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			String normal = normal(name);
			Optional<Column> column = Arrays.stream(Column.values()).filter(c -> c.header.equals(normal)).findFirst();
			if (column.isPresent()) {
				if (found.containsKey(column.get())) {
					throw new ImportRefused(message("standards.csv.error.duplicateColumn", name));
				}
				found.put(column.get(), name);
			}
			else if (!name.isBlank()) {
				unknown.add(name);
			}
		}
		List<String> missing = Arrays.stream(Column.values()).filter(c -> c.required && !found.containsKey(c))
			.map(c -> c.header).toList();
		if (!missing.isEmpty()) {
			throw new ImportRefused(message("standards.csv.error.missingColumns", String.join(", ", missing)));
		}
		if (!unknown.isEmpty()) {
			throw new ImportRefused(message("standards.csv.error.unknownColumns", String.join(", ", unknown),
					Arrays.stream(Column.values()).map(c -> c.header).collect(Collectors.joining(", "))));
		}
		return found;
	}

	/** "Résumé", "Mots-clés", "durée minutes" → resume, mots_cles, duree_minutes. */
	static String normal(String header) {
		String plain = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
	}

	/** The file as text, if it is UTF-8; else refused, with the line of the first byte that is not. */
	private String utf8(byte[] bytes) throws ImportRefused {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				line += bytes[i] == '\n' ? 1 : 0;
			}
			throw new ImportRefused(message("standards.csv.error.encoding", line));
		}
		return out.flip().toString();
	}

	/** Semicolons or commas: whichever the header line has more of (outside quotes). */
	private static char delimiter(String text) {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
		}
		return semicolons >= commas ? ';' : ',';
	}

	private <E extends Enum<E>> E one(Column column, String value, Class<E> type,
			List<ImportCandidate.Finding> errors, Function<E, String> alias) {
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value) || value.equalsIgnoreCase(alias.apply(constant))) {
				return constant;
			}
		}
		errors.add(new ImportCandidate.Finding(column.header, message("standards.csv.error.code", value, column.header,
				Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
		return null;
	}

	private <E extends Enum<E>> SortedSet<E> codes(Column column, String value, Class<E> type,
			List<ImportCandidate.Finding> errors) {
		SortedSet<E> codes = new TreeSet<>();
		for (String code : list(value)) {
			E constant = one(column, code, type, errors, e -> null);
			if (constant != null) {
				codes.add(constant);
			}
		}
		return codes;
	}

	/** The values of a list cell, separated by "|". */
	private static List<String> list(String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.FRENCH);
	}
}
