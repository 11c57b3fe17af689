package be.numedu.resources.standards;

import java.util.List;

import be.numedu.resources.catalogue.ResourceContent;

/**
 * A record read from an imported file, before it is stored: its content, why it cannot be imported if it cannot, and
 * what it holds that numedu leaves out.
 *
 * @param number its place in the file (the record's rank for LOM, the line for CSV)
 * @param label how the report names it: its title, else its place
 * @param content what was read (its provenance is set by the import)
 * @param errors why it cannot be imported, field by field; empty if it can
 * @param notices what the file says that numedu did not keep
 */
record ImportCandidate(int number, String label, ResourceContent content, List<Finding> errors, List<String> notices) {

	/** How long a title may be as a label: a file's record may carry a title of megabytes. */
	private static final int LABEL = 150;

	/** How the report names a record: its title, cut if it is long; else its place in the file. */
	static String label(String title, String place) {
		if (title == null || title.isBlank()) {
			return place;
		}
		String label = title.strip();
		return label.length() > LABEL ? label.substring(0, LABEL - 1) + "…" : label;
	}

	/** A problem of a record: the field it concerns and the French explanation. */
	record Finding(String field, String message) {
	}

	boolean importable() {
		return errors.isEmpty();
	}
}
