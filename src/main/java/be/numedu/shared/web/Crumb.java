package be.numedu.shared.web;

/**
 * One step of the breadcrumb trail. Either {@code messageKey} (a label from the bundles) or {@code text} (a name from
 * the data, e.g. a school's) is set; {@code href} is empty for the current page.
 */
public record Crumb(String messageKey, String text, String href) {

	public static Crumb of(String messageKey, String href) {
		return new Crumb(messageKey, null, href);
	}

	public static Crumb current(String messageKey) {
		return new Crumb(messageKey, null, null);
	}

	public static Crumb currentText(String text) {
		return new Crumb(null, text, null);
	}

	public static Crumb text(String text, String href) {
		return new Crumb(null, text, href);
	}
}
