package be.numedu.resources.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.ResourceContent;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The differences between two contents of a resource, field by field: texts word by word (java-diff-utils' Myers
 * algorithm), sets and lists as values added and removed, single values as before and after. Pages render each piece
 * as text inside {@code <ins>} or {@code <del>}: nothing of a person's text is ever read as markup.
 */
final class ContentDiff {

	/** How a piece of the comparison reads. */
	enum Kind {
		SAME, ADDED, REMOVED
	}

	/** A piece: its text, or, when {@code labelKey} is set, a label from the bundles. */
	record Piece(String text, String labelKey, Kind kind) {
	}

	/** One changed field, with the bundle key of its name and its pieces. */
	record Change(String field, String labelKey, List<Piece> pieces) {
	}

	private ContentDiff() {
	}

	static List<Change> between(ResourceContent before, ResourceContent after, Frameworks frameworks) {
		List<Change> changes = new ArrayList<>();
		text(changes, "title", before.title(), after.title());
		text(changes, "summary", before.summary(), after.summary());
		text(changes, "description", before.description(), after.description());
		value(changes, "type", code(before.type()), code(after.type()), "ResourceType.");
		values(changes, "years", before.years(), after.years(), Enum::name, "SchoolYear.");
		values(changes, "disciplines", before.disciplines(), after.disciplines(), Enum::name, "Discipline.");
		value(changes, "language", before.language(), after.language(), "Language.");
		values(changes, "authors", before.authors(), after.authors(), Function.identity(), null);
		text(changes, "publisher", before.publisher(), after.publisher());
		value(changes, "licence", code(before.licence()), code(after.licence()), "Licence.");
		text(changes, "url", before.url(), after.url());
		text(changes, "durationMinutes", Objects.toString(before.durationMinutes(), null),
				Objects.toString(after.durationMinutes(), null));
		values(changes, "audiences", before.audiences(), after.audiences(), Enum::name, "Audience.");
		values(changes, "accessibilityFeatures", before.accessibilityFeatures(), after.accessibilityFeatures(),
				Enum::name, "AccessibilityFeature.");
		values(changes, "accessModes", before.accessModes(), after.accessModes(), Enum::name, "AccessMode.");
		values(changes, "accessibilityHazards", before.accessibilityHazards(), after.accessibilityHazards(),
				Enum::name, "AccessibilityHazard.");
		text(changes, "accessibilitySummary", before.accessibilitySummary(), after.accessibilitySummary());
		values(changes, "accommodations", before.accommodations(), after.accommodations(), Enum::name,
				"Accommodation.");
		text(changes, "accommodationsNote", before.accommodationsNote(), after.accommodationsNote());
		values(changes, "competences", before.competences(), after.competences(),
				key -> Facets.competenceLabel(key, frameworks), null);
		values(changes, "keywords", before.keywords(), after.keywords(), Function.identity(), null);
		value(changes, "provenance", code(before.provenance()), code(after.provenance()), "Provenance.");
		values(changes, "files", before.files(), after.files(), ResourceContent.FileRef::name, null);
		return changes;
	}

	/** Words and the spaces between them, so that the pieces put together give the text back. */
	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return tokens;
		}
		for (String token : text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)")) {
			tokens.add(token);
		}
		return tokens;
	}

	static List<Piece> words(String before, String after) {
		List<String> left = tokens(before);
		List<String> right = tokens(after);
		Patch<String> patch = DiffUtils.diff(left, right);
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int position = delta.getSource().getPosition();
			if (position > at) {
				pieces.add(new Piece(String.join("", left.subList(at, position)), null, Kind.SAME));
			}
			if (!delta.getSource().getLines().isEmpty()) {
				pieces.add(new Piece(String.join("", delta.getSource().getLines()), null, Kind.REMOVED));
			}
			if (!delta.getTarget().getLines().isEmpty()) {
				pieces.add(new Piece(String.join("", delta.getTarget().getLines()), null, Kind.ADDED));
			}
			at = position + delta.getSource().size();
		}
		if (at < left.size()) {
			pieces.add(new Piece(String.join("", left.subList(at, left.size())), null, Kind.SAME));
		}
		return pieces;
	}

	private static void text(List<Change> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(field, "resources.field." + field, words(before, after)));
		}
	}

	private static void value(List<Change> changes, String field, String before, String after, String prefix) {
		if (Objects.equals(before, after)) {
			return;
		}
		List<Piece> pieces = new ArrayList<>();
		if (before != null) {
			pieces.add(new Piece(null, prefix + before, Kind.REMOVED));
		}
		if (after != null) {
			pieces.add(new Piece(null, prefix + after, Kind.ADDED));
		}
		changes.add(new Change(field, "resources.field." + field, pieces));
	}

	private static <T> void values(List<Change> changes, String field, Collection<T> before, Collection<T> after,
			Function<T, String> name, String prefix) {
		if (before.equals(after)) {
			return;
		}
		List<Piece> pieces = new ArrayList<>();
		for (T value : before) {
			if (!after.contains(value)) {
				pieces.add(piece(name.apply(value), prefix, Kind.REMOVED));
			}
		}
		for (T value : after) {
			if (!before.contains(value)) {
				pieces.add(piece(name.apply(value), prefix, Kind.ADDED));
			}
		}
		if (pieces.isEmpty()) {
			// Same values in another order (authors): the order changed.
			after.forEach(value -> pieces.add(piece(name.apply(value), prefix, Kind.SAME)));
		}
		changes.add(new Change(field, "resources.field." + field, pieces));
	}

	private static Piece piece(String value, String prefix, Kind kind) {
		return prefix == null ? new Piece(value, null, kind) : new Piece(null, prefix + value, kind);
	}

	private static String code(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
