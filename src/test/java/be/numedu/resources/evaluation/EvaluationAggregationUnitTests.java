package be.numedu.resources.evaluation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.numedu.resources.evaluation.EvaluationSummary.CriterionSummary;
import be.numedu.resources.evaluation.EvaluationSummary.Figures;
import be.numedu.resources.evaluation.EvaluationSummary.Findings;
import be.numedu.resources.evaluation.EvaluationSummary.Reading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The figures of the summary: counts, average, spread and distribution per criterion and per group, "not
 * applicable" apart, and the rule that reads a criterion as a strength or a weakness.
 */
class EvaluationAggregationUnitTests {

	static final Aggregation.Spec FEASIBILITY = new Aggregation.Spec(1, "FAISABILITE", "Faisabilité", null, 4, 2);

	static final Aggregation.Spec RELEVANCE = new Aggregation.Spec(2, "PERTINENCE", "Pertinence", null, 4, 3);

	static final Aggregation.Spec TEN = new Aggregation.Spec(3, "DIX", "Sur dix", null, 10, 1);

	@Test
	void averageSpreadAndDistributionOfTheScoresGiven() {
		Figures figures = Aggregation.figures(FEASIBILITY,
				List.of(community(1, 2), community(1, 3), community(1, 4)), false);

		assertThat(figures.scored()).isEqualTo(3);
		assertThat(figures.notApplicable()).isZero();
		assertThat(figures.average()).isCloseTo(3.0, within(1e-9));
		// the standard deviation of the scores given: sqrt(((2-3)² + 0 + (4-3)²) / 3)
		assertThat(figures.spread()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-9));
		assertThat(figures.distribution()).containsExactly(0, 1, 1, 1);
		assertThat(figures.barPercent()).isEqualTo(75);
	}

	@Test
	void notApplicableIsCountedApartAndLeftOutOfTheFigures() {
		Figures figures = Aggregation.figures(FEASIBILITY,
				List.of(community(1, 4), community(1, null), community(1, null), community(1, 4)), false);

		assertThat(figures.scored()).isEqualTo(2);
		assertThat(figures.notApplicable()).isEqualTo(2);
		assertThat(figures.average()).isEqualTo(4.0);
		assertThat(figures.spread()).isZero();
		assertThat(figures.distribution()).containsExactly(0, 0, 0, 2);
		assertThat(figures.reading()).isEqualTo(Reading.STRENGTH);
	}

	@Test
	void onlyNotApplicableOrNothingGivesNoFigures() {
		Figures onlyNotApplicable = Aggregation.figures(FEASIBILITY, List.of(community(1, null), community(1, null)),
				false);
		assertThat(onlyNotApplicable.scored()).isZero();
		assertThat(onlyNotApplicable.average()).isNull();
		assertThat(onlyNotApplicable.spread()).isNull();
		assertThat(onlyNotApplicable.reading()).isEqualTo(Reading.TOO_FEW);
		assertThat(onlyNotApplicable.barPercent()).isZero();

		// an evaluation made before a criterion was added did not answer it: it counts neither way
		Figures unanswered = Aggregation.figures(RELEVANCE, List.of(community(1, 4), community(1, 3)), false);
		assertThat(unanswered.scored()).isZero();
		assertThat(unanswered.notApplicable()).isZero();
	}

	@Test
	void expertsAndCommunityAreCountedApart() {
		List<Aggregation.Sheet> sheets = List.of(community(1, 2), community(1, 2), expert(1, 4), expert(1, null));

		Figures community = Aggregation.figures(FEASIBILITY, sheets, false);
		Figures experts = Aggregation.figures(FEASIBILITY, sheets, true);

		assertThat(community.scored()).isEqualTo(2);
		assertThat(community.average()).isEqualTo(2.0);
		assertThat(community.reading()).isEqualTo(Reading.WEAKNESS);
		assertThat(experts.scored()).isEqualTo(1);
		assertThat(experts.notApplicable()).isEqualTo(1);
		assertThat(experts.average()).isEqualTo(4.0);
		// one expert's score is not enough to call anything a strength
		assertThat(experts.reading()).isEqualTo(Reading.TOO_FEW);

		List<CriterionSummary> criteria = Aggregation.criteria(List.of(FEASIBILITY), sheets);
		Findings communityFindings = Aggregation.findings(criteria, false);
		Findings expertFindings = Aggregation.findings(criteria, true);
		assertThat(communityFindings.enough()).isTrue();
		assertThat(communityFindings.weaknesses()).extracting(EvaluationSummary.Finding::label)
			.containsExactly("Faisabilité");
		assertThat(communityFindings.strengths()).isEmpty();
		assertThat(expertFindings.enough()).isFalse();
		assertThat(expertFindings.strengths()).isEmpty();
		assertThat(expertFindings.weaknesses()).isEmpty();
	}

	@Test
	void theRuleNeedsTwoScoresThenAgreementThenReadsThePositionOnTheScale() {
		// fewer than 2 scores
		assertThat(reading(FEASIBILITY, 4)).isEqualTo(Reading.TOO_FEW);
		// a strength from 3 on 4 (the top third of the range 1–4), reviewers agreeing
		assertThat(reading(FEASIBILITY, 3, 3)).isEqualTo(Reading.STRENGTH);
		assertThat(reading(FEASIBILITY, 3, 4)).isEqualTo(Reading.STRENGTH);
		// a spread of exactly 1 point (a third of the range) still counts as agreement
		assertThat(reading(FEASIBILITY, 2, 4)).isEqualTo(Reading.STRENGTH);
		// a weakness up to 2 on 4
		assertThat(reading(FEASIBILITY, 2, 2)).isEqualTo(Reading.WEAKNESS);
		assertThat(reading(FEASIBILITY, 1, 2, 3)).isEqualTo(Reading.WEAKNESS);
		// in between: neither
		assertThat(reading(FEASIBILITY, 2, 3)).isEqualTo(Reading.NEUTRAL);
		// divided opinions, whatever the average: 1 and 4, or 4, 4, 1
		assertThat(reading(FEASIBILITY, 1, 4)).isEqualTo(Reading.MIXED);
		assertThat(reading(FEASIBILITY, 4, 4, 1)).isEqualTo(Reading.MIXED);
		// the same thirds on a scale of 10: a strength from 7, a weakness up to 4, agreement within 3 points
		assertThat(reading(TEN, 7, 7)).isEqualTo(Reading.STRENGTH);
		assertThat(reading(TEN, 6, 7)).isEqualTo(Reading.NEUTRAL);
		assertThat(reading(TEN, 4, 4)).isEqualTo(Reading.WEAKNESS);
		assertThat(reading(TEN, 1, 10)).isEqualTo(Reading.MIXED);
	}

	@Test
	void strengthsComeBestFirstAndWeaknessesWorstFirst() {
		Aggregation.Spec a = new Aggregation.Spec(10, "A", "A", null, 4, 1);
		Aggregation.Spec b = new Aggregation.Spec(11, "B", "B", null, 4, 1);
		Aggregation.Spec c = new Aggregation.Spec(12, "C", "C", null, 4, 1);
		Aggregation.Spec d = new Aggregation.Spec(13, "D", "D", null, 4, 1);
		List<Aggregation.Sheet> sheets = List.of(
				sheet(false, Map.of(10L, 3, 11L, 4, 12L, 2, 13L, 1)),
				sheet(false, Map.of(10L, 3, 11L, 4, 12L, 2, 13L, 1)));

		Findings findings = Aggregation.findings(Aggregation.criteria(List.of(a, b, c, d), sheets), false);

		assertThat(findings.strengths()).extracting(EvaluationSummary.Finding::label).containsExactly("B", "A");
		assertThat(findings.weaknesses()).extracting(EvaluationSummary.Finding::label).containsExactly("D", "C");
	}

	@Test
	void aScoreOutsideTheScaleIsLeftOutRatherThanDistortingTheFigures() {
		Figures figures = Aggregation.figures(FEASIBILITY, List.of(community(1, 4), community(1, 9), community(1, 0)),
				false);
		assertThat(figures.scored()).isEqualTo(1);
		assertThat(figures.average()).isEqualTo(4.0);
	}

	private static Reading reading(Aggregation.Spec criterion, Integer... scores) {
		List<Aggregation.Sheet> sheets = Arrays.stream(scores).map(s -> community(criterion.id(), s)).toList();
		return Aggregation.figures(criterion, sheets, false).reading();
	}

	static Aggregation.Sheet community(long criterion, Integer score) {
		return sheet(false, single(criterion, score));
	}

	static Aggregation.Sheet expert(long criterion, Integer score) {
		return sheet(true, single(criterion, score));
	}

	static Aggregation.Sheet sheet(boolean expert, Map<Long, Integer> scores) {
		return new Aggregation.Sheet(expert, scores);
	}

	/** One answer; a {@code null} score is "not applicable" (hence not Map.of, which refuses nulls). */
	static Map<Long, Integer> single(long criterion, Integer score) {
		Map<Long, Integer> scores = new HashMap<>();
		scores.put(criterion, score);
		return scores;
	}
}
