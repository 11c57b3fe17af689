package be.numedu.schools.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import be.numedu.schools.domain.RegisterSnapshot.BodyRecord;
import be.numedu.schools.domain.RegisterSnapshot.Kept;
import be.numedu.schools.domain.RegisterSnapshot.OfferingKey;
import be.numedu.schools.domain.RegisterSnapshot.RowError;
import be.numedu.schools.domain.RegisterSnapshot.SchoolRecord;
import be.numedu.schools.domain.RegisterSnapshot.SiteRecord;
import be.numedu.shared.FaseLabelled;
import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the FWB's open FASE file in its published format: {@code ;}-separated, UTF-8 behind one or more byte-order
 * marks, CRLF line ends, fields quoted with doubled quotes, one row per implantation and teaching type. Every row is
 * checked; a bad row is reported with its line number and the reason, in French, and the good rows are kept. A file
 * that is not a FASE file at all (other separator, missing columns, not UTF-8) is refused as a whole.
 */
final class FaseRegisterReader {

	/** Reports beyond this many bad rows only count them: a file of garbage must not fill the database. */
	static final int MAX_REPORTED_ERRORS = 1000;

	private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

	private static final Pattern BCE = Pattern.compile("\\d{9,10}");

	private static final Pattern POSTCODE = Pattern.compile("\\d{4}");

	private static final String NOT_UTF8 = "Le fichier n'est pas encodé en UTF-8 : enregistrez-le en UTF-8 "
			+ "(c'est le format publié par la FWB) et recommencez.";

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"')
		.setIgnoreEmptyLines(true).setTrim(false).get();

	private final IntConsumer progress;

	private final Map<FaseColumn, Integer> columns = new EnumMap<>(FaseColumn.class);

	private final Map<Integer, BodyRecord> bodies = new LinkedHashMap<>();

	private final Map<Integer, SchoolRecord> schools = new LinkedHashMap<>();

	private final Map<Integer, SiteRecord> sites = new LinkedHashMap<>();

	/** The line where each FASE number was first read, keyed "kind:number" (B body, S school, I implantation). */
	private final Map<String, Long> firstLine = new HashMap<>();

	private final Set<OfferingKey> offerings = new LinkedHashSet<>();

	private final Map<OfferingKey, Long> offeringLines = new HashMap<>();

	private final List<RowError> errors = new ArrayList<>();

	private final Kept kept = Kept.none();

	private int errorCount;

	private int width;

	/** @param progress told the number of rows read so far, every few hundred rows */
	FaseRegisterReader(IntConsumer progress) {
		this.progress = progress;
	}

	RegisterSnapshot read(InputStream input) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = skipByteOrderMarks(new InputStreamReader(input, decoder));
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				return RegisterSnapshot.refused("Le fichier est vide.");
			}
			String refusal = readHeader(records.next());
			if (refusal != null) {
				return RegisterSnapshot.refused(refusal);
			}
			return readRows(parser, records);
		}
		catch (IOException | UncheckedIOException e) {
			if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
				return RegisterSnapshot.refused(NOT_UTF8);
			}
			return RegisterSnapshot.refused("Le fichier n'a pas pu être lu jusqu'au bout : rien n'a été importé.");
		}
	}

	private RegisterSnapshot readRows(CSVParser parser, Iterator<CSVRecord> records) {
		long previousEnd = parser.getCurrentLineNumber();
		int rows = 0;
		boolean readToEnd = true;
		while (true) {
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					break;
				}
				record = records.next();
			}
			catch (UncheckedIOException | IllegalStateException e) {
				if (e.getCause() instanceof CharacterCodingException) {
					return RegisterSnapshot.refused(NOT_UTF8);
				}
				error(previousEnd + 1, "Le fichier est mal formé à partir de cette ligne (guillemets non refermés ?) : "
						+ "la suite n'a pas pu être lue.");
				readToEnd = false;
				break;
			}
			long line = previousEnd + 1;
			previousEnd = Math.max(parser.getCurrentLineNumber(), line);
			rows++;
			if (previousEnd > line && hasLineBreak(record)) {
				// No field of the register spans lines: a quote opened here swallowed the lines up to its match,
				// so the file cannot say what it holds there, and nothing may be retired on its word.
				error(line, "Un guillemet ouvert à cette ligne n'est refermé qu'à la ligne " + previousEnd
						+ " : les lignes " + line + " à " + previousEnd + " n'ont pas pu être lues.");
				keepWhatCanBeRead(record);
				readToEnd = false;
				continue;
			}
			readRow(record, line);
			if (rows % 500 == 0) {
				progress.accept(rows);
			}
		}
		progress.accept(rows);
		return new RegisterSnapshot(bodies, schools, sites, offerings, List.copyOf(errors), kept, rows, readToEnd,
				null);
	}

	private static boolean hasLineBreak(CSVRecord record) {
		for (String value : record) {
			if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
				return true;
			}
		}
		return false;
	}

	private String readHeader(CSVRecord header) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			positions.putIfAbsent(FaseColumn.normalise(header.get(i)), i);
		}
		if (header.size() == 1) {
			String only = header.get(0);
			if (only.contains(",") || only.contains("\t")) {
				return "Le fichier n'utilise pas le point-virgule comme séparateur (séparateur trouvé : "
						+ (only.contains("\t") ? "tabulation" : "virgule")
						+ "). Importez le fichier FASE tel que publié, séparé par des points-virgules.";
			}
		}
		List<String> missing = new ArrayList<>();
		for (FaseColumn column : FaseColumn.values()) {
			Integer position = positions.get(FaseColumn.normalise(column.header()));
			if (position == null) {
				missing.add("« " + column.header() + " »");
			}
			else {
				columns.put(column, position);
			}
		}
		if (missing.size() == FaseColumn.values().length) {
			return "Ce fichier n'est pas un fichier FASE : sa première ligne ne contient aucune des colonnes attendues "
					+ "(« N° FASE de l'établissement », « Nom de l'établissement »…).";
		}
		if (!missing.isEmpty()) {
			return "Colonnes manquantes dans l'en-tête : " + String.join(", ", missing) + ".";
		}
		width = header.size();
		return null;
	}

	private void readRow(CSVRecord record, long line) {
		if (record.size() != width) {
			error(line, "La ligne compte " + record.size() + " champ(s) au lieu de " + width
					+ " : un séparateur ou des guillemets y sont sans doute mal placés.");
			keepWhatCanBeRead(record);
			return;
		}
		Row row = new Row(record);
		Integer schoolFase = row.fase(FaseColumn.SCHOOL_FASE);
		Integer siteFase = row.fase(FaseColumn.SITE_FASE);
		Integer bodyFase = row.fase(FaseColumn.BODY_FASE);
		String schoolName = row.text(FaseColumn.SCHOOL_NAME, 300, true);
		String schoolBce = row.bce(FaseColumn.SCHOOL_BCE);
		TeachingType type = row.label(TeachingType.class, FaseColumn.TEACHING_TYPE, "type d'enseignement");
		Level level = row.label(Level.class, FaseColumn.LEVEL, "niveau");
		String kind = row.text(FaseColumn.KIND, 40, true);
		Network network = row.label(Network.class, FaseColumn.NETWORK, "réseau");
		Address schoolAddress = row.address(FaseColumn.SCHOOL_STREET, FaseColumn.SCHOOL_POSTCODE,
				FaseColumn.SCHOOL_LOCALITY, FaseColumn.SCHOOL_MUNICIPALITY);
		Zone zone = row.label(Zone.class, FaseColumn.ZONE, "bassin");
		String district = row.text(FaseColumn.DISTRICT, 120, true);
		Address siteAddress = row.address(FaseColumn.SITE_STREET, FaseColumn.SITE_POSTCODE, FaseColumn.SITE_LOCALITY,
				FaseColumn.SITE_MUNICIPALITY);
		Double latitude = row.coordinate(FaseColumn.LATITUDE, 49.0, 52.0);
		Double longitude = row.coordinate(FaseColumn.LONGITUDE, 2.0, 7.0);
		String bodyName = row.text(FaseColumn.BODY_NAME, 300, true);
		String bodyBce = row.bce(FaseColumn.BODY_BCE);
		Address bodyAddress = row.address(FaseColumn.BODY_STREET, FaseColumn.BODY_POSTCODE, FaseColumn.BODY_LOCALITY,
				FaseColumn.BODY_MUNICIPALITY);
		if (type != null && level != null && type.level() != level) {
			row.problem("le niveau « " + level.faseLabel() + " » ne correspond pas au type d'enseignement « "
					+ type.faseLabel() + " »");
		}
		if (type != null && kind != null && !kind.equalsIgnoreCase(type.specialised() ? "Spécialisé" : "Ordinaire")) {
			row.problem("le genre « " + kind + " » ne correspond pas au type d'enseignement « " + type.faseLabel()
					+ " »");
		}
		if ((latitude == null) != (longitude == null)) {
			row.problem("la latitude et la longitude vont ensemble : l'une manque");
		}
		if (row.hasProblems()) {
			error(line, row.problems());
			keep(bodyFase, schoolFase, siteFase, type);
			return;
		}
		var body = new BodyRecord(bodyFase, bodyName, bodyBce, bodyAddress);
		var school = new SchoolRecord(schoolFase, schoolName, schoolBce, network, zone, district, schoolAddress,
				bodyFase);
		var site = new SiteRecord(siteFase, siteAddress, latitude, longitude);
		var offering = new OfferingKey(schoolFase, siteFase, type);
		String conflict = conflict("le pouvoir organisateur", bodies, bodyFase, body, 'B');
		conflict = conflict != null ? conflict : conflict("l'établissement", schools, schoolFase, school, 'S');
		conflict = conflict != null ? conflict : conflict("l'implantation", sites, siteFase, site, 'I');
		if (conflict == null && offerings.contains(offering)) {
			conflict = "cette ligne répète la ligne " + offeringLines.get(offering) + " (même établissement, "
					+ "même implantation, même type d'enseignement)";
		}
		if (conflict != null) {
			error(line, capitalise(conflict) + ".");
			keep(bodyFase, schoolFase, siteFase, type);
			return;
		}
		remember(bodies, bodyFase, body, 'B', line);
		remember(schools, schoolFase, school, 'S', line);
		remember(sites, siteFase, site, 'I', line);
		offerings.add(offering);
		offeringLines.put(offering, line);
	}

	/**
	 * The same FASE number must describe the same thing on every row: a second row that says otherwise is refused
	 * (the first one read stands).
	 */
	private <T> String conflict(String what, Map<Integer, T> seen, int fase, T record, char kind) {
		T earlier = seen.get(fase);
		if (earlier == null || earlier.equals(record)) {
			return null;
		}
		return what + " n° " + fase + " est décrit autrement qu'à la ligne " + firstLine.get(key(kind, fase))
				+ " (" + difference(earlier, record) + ")";
	}

	private static String difference(Object earlier, Object now) {
		if (earlier instanceof SchoolRecord a && now instanceof SchoolRecord b) {
			if (!a.name().equals(b.name())) {
				return "nom « " + b.name() + " » au lieu de « " + a.name() + " »";
			}
			if (a.network() != b.network()) {
				return "réseau « " + b.network().faseLabel() + " » au lieu de « " + a.network().faseLabel() + " »";
			}
			if (a.zone() != b.zone()) {
				return "bassin « " + b.zone().faseLabel() + " » au lieu de « " + a.zone().faseLabel() + " »";
			}
			if (a.bodyFase() != b.bodyFase()) {
				return "P.O. n° " + b.bodyFase() + " au lieu de " + a.bodyFase();
			}
			return "adresse, BCE ou arrondissement différents";
		}
		if (earlier instanceof BodyRecord a && now instanceof BodyRecord b && !a.name().equals(b.name())) {
			return "nom « " + b.name() + " » au lieu de « " + a.name() + " »";
		}
		return "adresse ou coordonnées différentes";
	}

	private <T> void remember(Map<Integer, T> seen, int fase, T record, char kind, long line) {
		if (seen.putIfAbsent(fase, record) == null) {
			firstLine.put(key(kind, fase), line);
		}
	}

	private static String key(char kind, int fase) {
		return kind + ":" + fase;
	}

	private void keep(Integer bodyFase, Integer schoolFase, Integer siteFase, TeachingType type) {
		if (bodyFase != null) {
			kept.bodies().add(bodyFase);
		}
		if (schoolFase != null) {
			kept.schools().add(schoolFase);
		}
		if (siteFase != null) {
			kept.sites().add(siteFase);
		}
		if (schoolFase != null && siteFase != null) {
			if (type != null) {
				kept.offerings().add(new OfferingKey(schoolFase, siteFase, type));
			}
			else {
				for (TeachingType any : TeachingType.values()) {
					kept.offerings().add(new OfferingKey(schoolFase, siteFase, any));
				}
			}
		}
	}

	/** A row of the wrong width may still start with readable FASE numbers: what they name is kept. */
	private void keepWhatCanBeRead(CSVRecord record) {
		Integer school = cell(record, FaseColumn.SCHOOL_FASE).flatMap(FaseRegisterReader::number).orElse(null);
		Integer site = cell(record, FaseColumn.SITE_FASE).flatMap(FaseRegisterReader::number).orElse(null);
		Integer body = cell(record, FaseColumn.BODY_FASE).flatMap(FaseRegisterReader::number).orElse(null);
		keep(body, school, site, null);
	}

	private Optional<String> cell(CSVRecord record, FaseColumn column) {
		int position = columns.get(column);
		return position < record.size() ? Optional.of(record.get(position)) : Optional.empty();
	}

	private static Optional<Integer> number(String text) {
		String value = text.strip();
		return DIGITS.matcher(value).matches() && Integer.parseInt(value) > 0 ? Optional.of(Integer.parseInt(value))
				: Optional.empty();
	}

	private void error(long line, String message) {
		errorCount++;
		if (errors.size() < MAX_REPORTED_ERRORS) {
			errors.add(new RowError(line, message));
		}
	}

	int errorCount() {
		return errorCount;
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** The published file starts with two byte-order marks; a re-saved one with one or none. */
	private static Reader skipByteOrderMarks(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader, 1);
		int c;
		while ((c = pushback.read()) == '\uFEFF') {
			// skip
		}
		if (c != -1) {
			pushback.unread(c);
		}
		return pushback;
	}

	/** One record's cells, read column by column, collecting what is wrong with them. */
	private final class Row {

		private final CSVRecord record;

		private final List<String> problems = new ArrayList<>();

		Row(CSVRecord record) {
			this.record = record;
		}

		String raw(FaseColumn column) {
			return record.get(columns.get(column));
		}

		Integer fase(FaseColumn column) {
			String value = raw(column).strip();
			Optional<Integer> number = number(value);
			if (number.isEmpty()) {
				problem(value.isEmpty() ? "« " + column.header() + " » est vide"
						: "« " + column.header() + " » n'est pas un numéro FASE valide (« " + shorten(value) + " »)");
			}
			return number.orElse(null);
		}

		String text(FaseColumn column, int maxLength, boolean required) {
			String value = raw(column).strip();
			if (value.isEmpty()) {
				if (required) {
					problem("« " + column.header() + " » est vide");
				}
				return null;
			}
			if (value.length() > maxLength) {
				problem("« " + column.header() + " » dépasse " + maxLength + " caractères");
				return null;
			}
			if (CONTROL.matcher(value).find()) {
				problem("« " + column.header() + " » contient des caractères de contrôle");
				return null;
			}
			return value;
		}

		String bce(FaseColumn column) {
			String value = raw(column).strip();
			if (value.isEmpty()) {
				return null;
			}
			if (!BCE.matcher(value).matches()) {
				problem("« " + column.header() + " » n'est pas un numéro BCE (« " + shorten(value) + " »)");
				return null;
			}
			return value;
		}

		<E extends Enum<E> & FaseLabelled> E label(Class<E> type, FaseColumn column, String what) {
			String value = raw(column).strip();
			Optional<E> found = FaseLabelled.fromFaseLabel(type, value);
			if (found.isEmpty()) {
				problem(value.isEmpty() ? "« " + column.header() + " » est vide"
						: what + " inconnu : « " + shorten(value) + " »");
			}
			return found.orElse(null);
		}

		Address address(FaseColumn street, FaseColumn postcode, FaseColumn locality, FaseColumn municipality) {
			String streetValue = text(street, 300, true);
			String code = raw(postcode).strip();
			if (!POSTCODE.matcher(code).matches()) {
				problem("« " + postcode.header() + " » n'est pas un code postal belge (« " + shorten(code) + " »)");
			}
			String localityValue = text(locality, 120, true);
			String municipalityValue = text(municipality, 120, true);
			return new Address(streetValue, code, localityValue, municipalityValue);
		}

		Double coordinate(FaseColumn column, double min, double max) {
			String value = raw(column).strip();
			if (value.isEmpty()) {
				return null;
			}
			try {
				double number = Double.parseDouble(value);
				if (!Double.isFinite(number) || number < min || number > max) {
					problem("« " + column.header() + " » (" + value + ") est hors de Belgique");
					return null;
				}
				return number;
			}
			catch (NumberFormatException e) {
				problem("« " + column.header() + " » n'est pas un nombre (« " + shorten(value) + " »)");
				return null;
			}
		}

		void problem(String problem) {
			problems.add(problem);
		}

		boolean hasProblems() {
			return !problems.isEmpty();
		}

		String problems() {
			List<String> shown = problems.size() > 3 ? problems.subList(0, 3) : problems;
			String text = capitalise(String.join(" ; ", shown));
			return problems.size() > 3 ? text + " ; et " + (problems.size() - 3) + " autre(s) problème(s)." : text + ".";
		}

	}

	private static String shorten(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}
}
