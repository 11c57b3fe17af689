package be.numedu.resources.community;

/**
 * The rules for what people type here (comments, reasons for a report or for hiding). Line breaks are made uniform
 * (browsers send a textarea's as CR LF, which would count twice against the limit) and tabs become four spaces (as
 * Markdown reads them); what remains must be non-blank, within the limit, and free of control characters, which
 * show as nothing or as garbage and which PostgreSQL refuses in text (NUL).
 */
final class Texts {

	private Texts() {
	}

	/**
	 * The text as stored: line breaks as LF, tabs as spaces, outer blank lines and trailing spaces removed.
	 *
	 * @throws CommentRefusal when it is blank, too long or holds a control character
	 */
	static String checked(String text, int max, String blankKey, String tooLongKey, String controlKey) {
		String normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ")
			.stripTrailing();
		// Leading blank lines go; leading spaces of the first line stay (Markdown reads them).
		normalised = normalised.replaceFirst("^(?:[ ]*\n)+", "");
		if (normalised.isBlank()) {
			throw new CommentRefusal(CommentRefusal.Kind.INVALID, blankKey);
		}
		if (normalised.length() > max) {
			throw new CommentRefusal(CommentRefusal.Kind.INVALID, tooLongKey, max, normalised.length());
		}
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			if (c != '\n' && Character.getType(c) == Character.CONTROL) {
				throw new CommentRefusal(CommentRefusal.Kind.INVALID, controlKey);
			}
		}
		return normalised;
	}
}
