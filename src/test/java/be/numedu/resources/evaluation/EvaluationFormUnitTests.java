package be.numedu.resources.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the sent form becomes what the grid checks: whatever is not a score or a criterion's id is turned into a value
 * the grid refuses with its own French message, never dropped silently.
 */
class EvaluationFormUnitTests {

	@Test
	void scoresNotApplicableAndGarbledValues() {
		Map<String, String> sent = new LinkedHashMap<>();
		sent.put("1", "3");
		sent.put("2", "NA");
		sent.put("3", "abc");
		sent.put("4", "-1");
		sent.put("5", "999999999999");
		sent.put("6", "");
		sent.put("x", "2");

		Map<Long, Integer> scores = EvaluationController.scores(sent);

		assertThat(scores).containsEntry(1L, 3).containsEntry(2L, null).containsEntry(3L, 0).containsEntry(4L, 0)
			.containsEntry(5L, 0).containsEntry(-1L, 2);
		// an empty value is no answer at all
		assertThat(scores).doesNotContainKey(6L);
	}

	@Test
	void commentsKeyedByCriterion() {
		Map<String, String> sent = new LinkedHashMap<>();
		sent.put("1", "Bien");
		sent.put("../2", "Forgé");
		assertThat(EvaluationController.comments(sent)).containsEntry(1L, "Bien").containsEntry(-1L, "Forgé");
	}

	@Test
	void textsAreStoredWithoutSurroundingBlanksAndWithOneKindOfLineBreak() {
		assertThat(EvaluationGrid.clean("  Première ligne\r\nDeuxième  ")).isEqualTo("Première ligne\nDeuxième");
		assertThat(EvaluationGrid.clean(" \n ")).isNull();
		assertThat(EvaluationGrid.clean(null)).isNull();
	}
}
