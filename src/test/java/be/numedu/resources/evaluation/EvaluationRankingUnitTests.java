package be.numedu.resources.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The ranking: a weighted mean of the criteria's averages placed between 0 and 1, "not applicable" left out, experts
 * counting double, shrunk towards 0.5 as if 3 average evaluations had been made.
 */
class EvaluationRankingUnitTests {

	static final Aggregation.Spec FEASIBILITY = new Aggregation.Spec(1, "FAISABILITE", "Faisabilité", null, 4, 2);

	static final Aggregation.Spec RELEVANCE = new Aggregation.Spec(2, "PERTINENCE", "Pertinence", null, 4, 3);

	static final List<Aggregation.Spec> GRID = List.of(FEASIBILITY, RELEVANCE);

	@Test
	void withoutAnyScoreTheRankingIsThatOfAnUnevaluatedResource() {
		assertThat(Ranking.of(GRID, List.of())).isZero();
		assertThat(Ranking.of(GRID, List.of(sheet(false, null, null)))).isZero();
	}

	@Test
	void oneEnthusiasticEvaluationIsShrunkTowardsTheMiddle() {
		double one = Ranking.of(GRID, List.of(sheet(false, 4, 4)));
		// (3 × 0.5 + 1 × 1) / (3 + 1)
		assertThat(one).isCloseTo(0.625, within(1e-9));

		// ten good evaluations (3 on 4 everywhere: 2/3 of the way) outrank one perfect one
		List<Aggregation.Sheet> ten = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ten.add(sheet(false, 3, 3));
		}
		double many = Ranking.of(GRID, ten);
		assertThat(many).isCloseTo((1.5 + 10 * 2.0 / 3) / 13, within(1e-9)).isGreaterThan(one);

		// and the shrinkage fades as evaluations accumulate: the ranking tends to the quality
		List<Aggregation.Sheet> hundred = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			hundred.add(sheet(false, 4, 4));
		}
		assertThat(Ranking.of(GRID, hundred)).isGreaterThan(0.98).isLessThan(1);
	}

	@Test
	void oneBadEvaluationIsShrunkToo() {
		assertThat(Ranking.of(GRID, List.of(sheet(false, 1, 1)))).isCloseTo(0.375, within(1e-9));
	}

	@Test
	void criteriaCountByTheirWeights() {
		// feasibility at the top (weight 2), relevance at the bottom (weight 3): quality 2/5
		double ranking = Ranking.of(GRID, List.of(sheet(false, 4, 1)));
		assertThat(ranking).isCloseTo((1.5 + 0.4) / 4, within(1e-9));

		// a weight of 0 shows the criterion without counting it
		Aggregation.Spec shown = new Aggregation.Spec(2, "PERTINENCE", "Pertinence", null, 4, 0);
		assertThat(Ranking.of(List.of(FEASIBILITY, shown), List.of(sheet(false, 4, 1))))
			.isCloseTo((1.5 + 1) / 4, within(1e-9));
	}

	@Test
	void notApplicableIsLeftOut() {
		// relevance not applicable: only feasibility counts, at the top
		double ranking = Ranking.of(GRID, List.of(sheet(false, 4, null)));
		assertThat(ranking).isCloseTo(0.625, within(1e-9));
		// and an evaluation answering "not applicable" everywhere does not count as an evaluation
		assertThat(Ranking.of(GRID, List.of(sheet(false, 4, 4), sheet(false, null, null))))
			.isCloseTo(0.625, within(1e-9));
	}

	@Test
	void anExpertCountsDouble() {
		assertThat(Ranking.EXPERT_FACTOR).isEqualTo(2);
		// one expert at the top: (1.5 + 2 × 1) / (3 + 2)
		assertThat(Ranking.of(GRID, List.of(sheet(true, 4, 4)))).isCloseTo(0.7, within(1e-9));
		// two community evaluations at 2 (1/3) and one expert at 4: each criterion's average is (2 + 2 + 2 × 4) / 4 = 3
		double mixed = Ranking.of(GRID, List.of(sheet(false, 2, 2), sheet(false, 2, 2), sheet(true, 4, 4)));
		assertThat(mixed).isCloseTo((1.5 + 4 * 2.0 / 3) / 7, within(1e-9));
	}

	@Test
	void scalesArePlacedBetweenTheirEnds() {
		Aggregation.Spec twoPoints = new Aggregation.Spec(5, "OUI_NON", "Oui ou non", null, 2, 1);
		Aggregation.Spec tenPoints = new Aggregation.Spec(6, "DIX", "Sur dix", null, 10, 1);
		Map<Long, Integer> scores = new HashMap<>();
		scores.put(5L, 2);
		scores.put(6L, 1);
		// the top of one scale and the bottom of the other: quality 0.5, whatever their lengths
		assertThat(Ranking.of(List.of(twoPoints, tenPoints), List.of(new Aggregation.Sheet(false, scores))))
			.isCloseTo(0.5, within(1e-9));
	}

	@Test
	void theRankingStaysBetweenZeroAndOne() {
		for (int a = 1; a <= 4; a++) {
			for (int b = 1; b <= 4; b++) {
				double ranking = Ranking.of(GRID, List.of(sheet(false, a, b), sheet(true, b, a)));
				assertThat(ranking).isBetween(0.0, 1.0);
			}
		}
	}

	private static Aggregation.Sheet sheet(boolean expert, Integer feasibility, Integer relevance) {
		Map<Long, Integer> scores = new HashMap<>();
		scores.put(FEASIBILITY.id(), feasibility);
		scores.put(RELEVANCE.id(), relevance);
		return new Aggregation.Sheet(expert, scores);
	}
}
