package be.numedu.resources.standards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.CatalogueRefusal;
import be.numedu.resources.catalogue.ContentRules;
import be.numedu.resources.catalogue.InvalidContent;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.shared.files.FileVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;

/**
 * The import of a partner collection's file by an SGNE administrator: LOM XML (one {@code <lom>} record, or any
 * document holding several) or a CSV batch ({@link CsvRecords}). Each valid record becomes a published resource
 * through {@link Catalogue#importPublished}, with its provenance: the CSV's provenance column, or for LOM the
 * provenance chosen on the form.
 *
 * <p><b>Record by record.</b> A file is first read whole: one that cannot be read (too large, neither XML nor text,
 * not well-formed XML, XML declaring a DTD or entities, or using XInclude, a CSV that is not UTF-8 or lacks a required
 * column, no record at all) is refused and nothing of it is stored. Then every record is checked and imported on its
 * own, each in its own transaction: a record with problems is refused with its reasons, named by its title (or its
 * place) and its fields, and the others are imported. This is what partners expect from a batch: one bad record does
 * not hold back five hundred good ones, and the report says exactly which to fix and send again. Sending the same file
 * twice imports its records twice: the report's numbers say what was created.
 */
@Service
public class ResourceImports {

	private static final Logger log = LoggerFactory.getLogger(ResourceImports.class);

	/** The largest file read: about 500 full LOM records. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_RECORDS = CsvRecords.MAX_ROWS;

	/** What a version's note holds. */
	private static final int MAX_NOTE = 1000;

	/** What a file was read as. */
	public enum Format {
		LOM, CSV
	}

	/** What became of one record: the new resource's id, or the reasons it was refused. */
	public record Outcome(int number, String label, Long resourceId, List<String> reasons, List<String> notices) {

		public boolean imported() {
			return resourceId != null;
		}
	}

	/** The report of one file. */
	public record Report(String fileName, Format format, List<Outcome> outcomes) {

		public long importedCount() {
			return outcomes.stream().filter(Outcome::imported).count();
		}

		public long refusedCount() {
			return outcomes.size() - importedCount();
		}
	}

	private final Catalogue catalogue;

	private final LomRecords lom;

	private final CsvRecords csv;

	private final MessageSource messages;

	ResourceImports(Catalogue catalogue, LomRecords lom, CsvRecords csv, MessageSource messages) {
		this.catalogue = catalogue;
		this.lom = lom;
		this.csv = csv;
		this.messages = messages;
	}

	/**
	 * Imports a file.
	 *
	 * @param provenance the provenance of LOM records, and of CSV lines that leave theirs empty
	 * @param note the version note of the imported resources; by default, the file's name
	 * @throws ImportRefused when the file cannot be read as a whole: then nothing is stored
	 */
	public Report importFile(PersonView importer, String fileName, byte[] bytes, Provenance provenance, String note)
			throws ImportRefused {
		if (bytes == null || bytes.length == 0) {
			throw new ImportRefused(message("standards.import.error.noFile"));
		}
		if (bytes.length > MAX_BYTES) {
			throw new ImportRefused(message("standards.import.error.tooLarge", MAX_BYTES / (1024 * 1024)));
		}
		Format format = looksLikeXml(bytes) ? Format.LOM : Format.CSV;
		if (format == Format.CSV && !FileVault.detectType(bytes).startsWith("text/")) {
			// A spreadsheet, a document or an image: said as such, rather than as a CSV in another encoding.
			throw new ImportRefused(message("standards.import.error.notText"));
		}
		List<ImportCandidate> candidates = format == Format.LOM ? readLom(bytes, provenance)
				: csv.read(bytes, provenance);
		String versionNote = note != null && !note.isBlank() ? note.strip()
				: message("standards.import.note", fileName);
		if (versionNote.length() > MAX_NOTE) {
			versionNote = versionNote.substring(0, MAX_NOTE - 1) + "…";
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (ImportCandidate candidate : candidates) {
			outcomes.add(store(importer, candidate, format, versionNote));
		}
		log.info("Import of {} by {}: {} record(s) imported, {} refused", fileName, importer.email(),
				outcomes.stream().filter(Outcome::imported).count(),
				outcomes.stream().filter(o -> !o.imported()).count());
		return new Report(fileName, format, List.copyOf(outcomes));
	}

	private List<ImportCandidate> readLom(byte[] bytes, Provenance provenance) throws ImportRefused {
		if (provenance == null) {
			throw new ImportRefused(message("standards.import.error.provenance"));
		}
		Document document;
		try {
			document = SafeXml.parse(bytes);
		}
		catch (SafeXml.Refused e) {
			throw new ImportRefused(switch (e.reason()) {
				case DOCTYPE -> message("standards.import.error.doctype");
				case XINCLUDE -> message("standards.import.error.xinclude");
				case MALFORMED -> e.line() > 0 ? message("standards.import.error.malformedAt", e.line(), e.column())
						: message("standards.import.error.malformed");
			});
		}
		List<ImportCandidate> read = lom.read(document);
		if (read.isEmpty()) {
			throw new ImportRefused(message("standards.import.error.noLom"));
		}
		if (read.size() > MAX_RECORDS) {
			throw new ImportRefused(message("standards.import.error.tooManyRecords", MAX_RECORDS));
		}
		return read.stream().map(c -> c.content() == null ? c : new ImportCandidate(c.number(), c.label(),
				c.content().withProvenance(provenance), c.errors(), c.notices())).toList();
	}

	private Outcome store(PersonView importer, ImportCandidate candidate, Format format, String note) {
		List<String> reasons = new ArrayList<>();
		candidate.errors().forEach(e -> reasons.add(reason(format, e.field(), e.message())));
		if (reasons.isEmpty()) {
			try {
				long id = catalogue.importPublished(importer, candidate.content(), note);
				return new Outcome(candidate.number(), candidate.label(), id, List.of(), candidate.notices());
			}
			catch (InvalidContent e) {
				for (ContentRules.Problem problem : e.problems()) {
					reasons.add(reason(format, problem.field(), messages.getMessage(problem.messageKey(),
							problem.arguments(), problem.messageKey(), Locale.FRENCH)));
				}
			}
			catch (CatalogueRefusal e) {
				reasons.add(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.FRENCH));
			}
			catch (RuntimeException e) {
				log.warn("Import of record {} ({}) failed", candidate.number(), candidate.label(), e);
				reasons.add(message("standards.import.error.technical"));
			}
		}
		return new Outcome(candidate.number(), candidate.label(), null, List.copyOf(reasons), candidate.notices());
	}

	/** "Années visées : Cochez au moins une année." for LOM; the column's name for CSV. */
	private String reason(Format format, String field, String text) {
		if (field == null || field.isBlank()) {
			return text;
		}
		String label;
		if (format == Format.CSV) {
			String column = Arrays.stream(CsvRecords.Column.values())
				.filter(c -> c.field.equals(field) || c.header.equals(field))
				.findFirst()
				.map(c -> c.header)
				.orElse(field);
			label = message("standards.import.column", column);
		}
		else {
			try {
				label = messages.getMessage("resources.field." + field, null, Locale.FRENCH);
			}
			catch (NoSuchMessageException e) {
				label = message("standards.import.element", field);
			}
		}
		return message("standards.import.reason", label, text);
	}

	/** Whether the file is XML: its first character, after any byte order mark and white space, is "<". */
	static boolean looksLikeXml(byte[] bytes) {
		int i = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			i = 3;
		}
		else if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
				|| ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
			// UTF-16: only XML is read in that encoding
			return true;
		}
		for (; i < bytes.length; i++) {
			byte b = bytes[i];
			if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
				continue;
			}
			return b == '<';
		}
		return false;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.FRENCH);
	}
}
