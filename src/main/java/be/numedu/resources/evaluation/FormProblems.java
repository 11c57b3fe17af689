package be.numedu.resources.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The problems of a refused form as its page shows them: each message in the error summary at the top, linked to
 * its field when it has one, and beside the field. Built by the controllers (the forms are keyed by criterion, which
 * Spring's binding tags do not handle well), written out by {@code resources/evaluation/parts :: errors}.
 */
final class FormProblems {

	/** One message, with the id of the field it concerns ({@code null} for the whole form). */
	record Line(String anchor, String message) {
	}

	private final MessageSource messages;

	private final List<Line> lines = new ArrayList<>();

	private final Map<String, String> byAnchor = new LinkedHashMap<>();

	FormProblems(MessageSource messages) {
		this.messages = messages;
	}

	FormProblems add(String anchor, String key, Object... arguments) {
		String message = messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
		lines.add(new Line(anchor, message));
		if (anchor != null) {
			byAnchor.merge(anchor, message, (a, b) -> a + " " + b);
		}
		return this;
	}

	public List<Line> getLines() {
		return List.copyOf(lines);
	}

	/** The message beside each field, by the field's id. */
	public Map<String, String> getByAnchor() {
		return Map.copyOf(byAnchor);
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}
}
