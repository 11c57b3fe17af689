package be.numedu.resources.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import be.numedu.frameworks.Frameworks;
import org.springframework.stereotype.Component;

/**
 * What a resource's content must be, whoever writes it (the form, an improvement proposal, a LOM or CSV import):
 * each problem as a field and a French message key, so that pages show it beside the field and imports name the
 * record and the field.
 */
@Component
public class ContentRules {

	/** One problem: the field it concerns, the message key and its arguments. */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

	/** Control characters have no place in a title or a name (line breaks and tabs are allowed in long texts). */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	private static final Pattern CONTROL_IN_LINE = Pattern.compile("\\p{Cntrl}");

	static final int MAX_TITLE = 300;

	static final int MAX_SUMMARY = 1000;

	static final int MAX_DESCRIPTION = 20000;

	static final int MAX_NOTE = 2000;

	static final int MAX_LIST = 20;

	private final Frameworks frameworks;

	ContentRules(Frameworks frameworks) {
		this.frameworks = frameworks;
	}

	/**
	 * The problems of a content.
	 *
	 * @param forSubmission whether the content is being submitted or published (then a link or a file is required);
	 * a draft may be incomplete in that one respect
	 */
	public List<Problem> check(ResourceContent content, boolean forSubmission) {
		List<Problem> problems = new ArrayList<>();
		line(problems, "title", content.title(), true, MAX_TITLE);
		text(problems, "summary", content.summary(), true, MAX_SUMMARY);
		text(problems, "description", content.description(), false, MAX_DESCRIPTION);
		if (content.type() == null) {
			problems.add(new Problem("type", "resources.error.type"));
		}
		if (content.years().isEmpty()) {
			problems.add(new Problem("years", "resources.error.years"));
		}
		if (content.disciplines().isEmpty()) {
			problems.add(new Problem("disciplines", "resources.error.disciplines"));
		}
		if (!Languages.known(content.language())) {
			problems.add(new Problem("language", "resources.error.language"));
		}
		if (content.licence() == null) {
			problems.add(new Problem("licence", "resources.error.licence"));
		}
		if (content.provenance() == null) {
			problems.add(new Problem("provenance", "resources.error.provenance"));
		}
		if (content.audiences().isEmpty()) {
			problems.add(new Problem("audiences", "resources.error.audiences"));
		}
		list(problems, "authors", content.authors(), 200);
		list(problems, "keywords", content.keywords(), 60);
		line(problems, "publisher", content.publisher(), false, 300);
		text(problems, "accessibilitySummary", content.accessibilitySummary(), false, MAX_NOTE);
		if (content.accessibilityHazards().contains(AccessibilityHazard.NONE)
				&& content.accessibilityHazards().size() > 1) {
			problems.add(new Problem("accessibilityHazards", "resources.error.hazards"));
		}
		text(problems, "accommodationsNote", content.accommodationsNote(), false, MAX_NOTE);
		if (content.durationMinutes() != null && (content.durationMinutes() < 1 || content.durationMinutes() > 6000)) {
			problems.add(new Problem("durationMinutes", "resources.error.duration"));
		}
		if (content.url() != null && !content.url().isBlank() && !isWebAddress(content.url())) {
			problems.add(new Problem("url", "resources.error.url"));
		}
		if (forSubmission && (content.url() == null || content.url().isBlank()) && content.files().isEmpty()) {
			problems.add(new Problem("url", "resources.error.urlOrFile"));
		}
		if (content.competences().size() > 30) {
			problems.add(new Problem("competences", "resources.error.competences.count", 30));
		}
		for (String key : content.competences()) {
			if (competence(key) == null) {
				problems.add(new Problem("competences", "resources.error.competences.unknown", key));
				break;
			}
		}
		return problems;
	}

	/** The competence a {@code framework:code} key names, or {@code null}. */
	be.numedu.frameworks.Competence competence(String key) {
		int colon = key == null ? -1 : key.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		return frameworks.competence(key.substring(0, colon), key.substring(colon + 1)).orElse(null);
	}

	/** Whether the text is an absolute http(s) address with a host, of at most 2,000 characters. */
	public static boolean isWebAddress(String text) {
		if (text.length() > 2000 || CONTROL_IN_LINE.matcher(text).find() || text.contains(" ")) {
			return false;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& uri.getUserInfo() == null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private static void line(List<Problem> problems, String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new Problem(field, "resources.error.required"));
			}
			return;
		}
		if (value.length() > max) {
			problems.add(new Problem(field, "resources.error.tooLong", max));
		}
		else if (CONTROL_IN_LINE.matcher(value).find()) {
			problems.add(new Problem(field, "resources.error.control"));
		}
	}

	private static void text(List<Problem> problems, String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new Problem(field, "resources.error.required"));
			}
			return;
		}
		if (value.length() > max) {
			problems.add(new Problem(field, "resources.error.tooLong", max));
		}
		else if (CONTROL.matcher(value).find()) {
			problems.add(new Problem(field, "resources.error.control"));
		}
	}

	private static void list(List<Problem> problems, String field, List<String> values, int max) {
		if (values.size() > MAX_LIST) {
			problems.add(new Problem(field, "resources.error.list.count", MAX_LIST));
			return;
		}
		for (String value : values) {
			if (value.length() > max) {
				problems.add(new Problem(field, "resources.error.tooLong", max));
				return;
			}
			if (CONTROL_IN_LINE.matcher(value).find()) {
				problems.add(new Problem(field, "resources.error.control"));
				return;
			}
		}
	}
}
