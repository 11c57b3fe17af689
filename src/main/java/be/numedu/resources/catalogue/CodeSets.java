package be.numedu.resources.catalogue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Multi-valued codes stored in one column, written {@code |P1|P2|}: a resource is read in one row (indexing a million
 * of them must not cost eight more queries each), and a value is still found by SQL with {@code like '%|P1|%'} (the
 * OAI-PMH sets). Text lists (authors, keywords) are stored one per line.
 */
final class CodeSets {

	private CodeSets() {
	}

	static String write(Collection<?> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		return values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString())
			.collect(Collectors.joining("|", "|", "|"));
	}

	static <T extends Comparable<T>> SortedSet<T> read(String column, Function<String, T> parse) {
		SortedSet<T> values = new TreeSet<>();
		if (column != null) {
			for (String code : column.split("\\|")) {
				if (!code.isEmpty()) {
					try {
						values.add(parse.apply(code));
					}
					catch (IllegalArgumentException dropped) {
						// A code numedu no longer knows is dropped, not fatal to reading the resource.
					}
				}
			}
		}
		return values;
	}

	abstract static class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<SortedSet<E>, String> {

		private final Class<E> type;

		EnumSetConverter(Class<E> type) {
			this.type = type;
		}

		@Override
		public String convertToDatabaseColumn(SortedSet<E> values) {
			return write(values);
		}

		@Override
		public SortedSet<E> convertToEntityAttribute(String column) {
			return read(column, code -> Enum.valueOf(type, code));
		}
	}

	@Converter
	static class Years extends EnumSetConverter<SchoolYear> {

		Years() {
			super(SchoolYear.class);
		}
	}

	@Converter
	static class Disciplines extends EnumSetConverter<Discipline> {

		Disciplines() {
			super(Discipline.class);
		}
	}

	@Converter
	static class Audiences extends EnumSetConverter<Audience> {

		Audiences() {
			super(Audience.class);
		}
	}

	@Converter
	static class Features extends EnumSetConverter<AccessibilityFeature> {

		Features() {
			super(AccessibilityFeature.class);
		}
	}

	@Converter
	static class AccessModes extends EnumSetConverter<AccessMode> {

		AccessModes() {
			super(AccessMode.class);
		}
	}

	@Converter
	static class Hazards extends EnumSetConverter<AccessibilityHazard> {

		Hazards() {
			super(AccessibilityHazard.class);
		}
	}

	@Converter
	static class Accommodations extends EnumSetConverter<Accommodation> {

		Accommodations() {
			super(Accommodation.class);
		}
	}

	@Converter
	static class Keys implements AttributeConverter<SortedSet<String>, String> {

		@Override
		public String convertToDatabaseColumn(SortedSet<String> values) {
			return write(values);
		}

		@Override
		public SortedSet<String> convertToEntityAttribute(String column) {
			return read(column, Function.identity());
		}
	}

	@Converter
	static class Lines implements AttributeConverter<List<String>, String> {

		@Override
		public String convertToDatabaseColumn(List<String> values) {
			return values == null || values.isEmpty() ? null : String.join("\n", values);
		}

		@Override
		public List<String> convertToEntityAttribute(String column) {
			return column == null ? List.of() : Arrays.stream(column.split("\n")).filter(s -> !s.isBlank()).toList();
		}
	}
}
