package be.numedu.resources.collections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a collection's texts must be, and how they are stored. */
class CollectionRulesUnitTests {

	@Test
	void aTitleIsRequiredShortAndOnOneLine() {
		assertThat(Collections.describeProblems(null, null, Visibility.PUBLIC, null))
			.extracting(CollectionRefusal.Problem::messageKey).containsExactly("collections.error.required");
		assertThat(Collections.describeProblems(Collections.line("   "), null, Visibility.PUBLIC, null))
			.extracting(CollectionRefusal.Problem::field).containsExactly("title");
		assertThat(Collections.describeProblems("a".repeat(200), null, Visibility.PRIVATE, null)).isEmpty();
		assertThat(Collections.describeProblems("a".repeat(201), null, Visibility.PRIVATE, null))
			.extracting(CollectionRefusal.Problem::messageKey).containsExactly("collections.error.tooLong");
		assertThat(Collections.describeProblems("un\ntitre", null, Visibility.PRIVATE, null))
			.extracting(CollectionRefusal.Problem::messageKey).containsExactly("collections.error.control");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		assertThat(Collections.describeProblems("", "x".repeat(2001), null, null))
			.extracting(CollectionRefusal.Problem::field).containsExactly("title", "description", "visibility");
	}

	@Test
	void longerTextsKeepTheirLinesButNotControlCharacters() {
		assertThat(Collections.text("  Première ligne\r\n\r\n- un point\r\n  ")).isEqualTo("Première ligne\n\n- un point");
		assertThat(Collections.text(" \r\n ")).isNull();
		assertThat(Collections.describeProblems("Titre", "ligne\n\tretrait", Visibility.PUBLIC, null)).isEmpty();
		assertThat(Collections.describeProblems("Titre", "nul\u0000", Visibility.PUBLIC, null))
			.extracting(CollectionRefusal.Problem::messageKey).containsExactly("collections.error.control");
	}

	@Test
	void aNoteIsOptionalAndAtMostAThousandCharacters() {
		assertThat(Collections.noteProblem(null)).isEmpty();
		assertThat(Collections.noteProblem("x".repeat(1000))).isEmpty();
		assertThat(Collections.noteProblem("x".repeat(1001))).get().extracting(CollectionRefusal.Problem::field)
			.isEqualTo("note");
		// a pasted CRLF counts as one character, as stored
		assertThat(Collections.noteProblem(Collections.text("x".repeat(500) + "\r\n" + "x".repeat(499)))).isEmpty();
	}
}
