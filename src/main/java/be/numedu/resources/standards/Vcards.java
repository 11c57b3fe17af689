package be.numedu.resources.standards;

import java.util.Locale;

/**
 * The vCard 3.0 (RFC 2426) entities LOM names contributors with: written with the name as {@code FN} (and as
 * {@code N}, which vCard 3.0 requires; numedu does not know which part of a name is the family name, so the whole
 * name is its family part), an organisation also as {@code ORG}; read back by their formatted name.
 */
final class Vcards {

	private Vcards() {
	}

	/** A person. */
	static String person(String name) {
		String escaped = escape(name);
		return "BEGIN:VCARD\nVERSION:3.0\nN:" + escaped + ";;;;\nFN:" + escaped + "\nEND:VCARD";
	}

	/** An organisation. */
	static String organisation(String name) {
		String escaped = escape(name);
		return "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:" + escaped + "\nORG:" + escaped + "\nEND:VCARD";
	}

	/**
	 * The name a vCard gives: its {@code FN}, else its {@code ORG}, else its {@code N} read as "given family"; a text
	 * that is no vCard is taken as the name itself.
	 */
	static String name(String vcard) {
		if (vcard == null || vcard.isBlank()) {
			return null;
		}
		if (!vcard.strip().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
			return vcard.strip();
		}
		String unfolded = vcard.replace("\r\n", "\n").replace('\r', '\n').replaceAll("\n[ \t]", "");
		String fn = null;
		String org = null;
		String n = null;
		for (String line : unfolded.split("\n")) {
			int colon = line.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String property = line.substring(0, colon);
			int semicolon = property.indexOf(';');
			String key = (semicolon >= 0 ? property.substring(0, semicolon) : property).strip()
				.toUpperCase(Locale.ROOT);
			int dot = key.lastIndexOf('.');
			key = dot >= 0 ? key.substring(dot + 1) : key;
			String value = line.substring(colon + 1);
			switch (key) {
				case "FN" -> fn = unescape(value);
				case "ORG" -> org = unescape(value.split("(?<!\\\\);", -1)[0]);
				case "N" -> {
					String[] parts = value.split("(?<!\\\\);", -1);
					String family = parts.length > 0 ? unescape(parts[0]) : "";
					String given = parts.length > 1 ? unescape(parts[1]) : "";
					n = (given + " " + family).strip();
				}
				default -> {
					// other properties are not kept
				}
			}
		}
		for (String candidate : new String[] { fn, org, n }) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return null;
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				out.append(next == 'n' || next == 'N' ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
