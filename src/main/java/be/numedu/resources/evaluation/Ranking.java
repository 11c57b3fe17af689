package be.numedu.resources.evaluation;

import java.util.List;

/**
 * A resource's place in the catalogue's "by evaluation" order, between 0 and 1, from its evaluations alone.
 * <ol>
 * <li>Each criterion's average, each score counting 1 from the community and {@link #EXPERT_FACTOR} from an expert,
 * "not applicable" left out, is placed on its scale: 0 for 1, 1 for the top.</li>
 * <li>The criteria are combined by the grid's weights (a criterion nobody scored, or of weight 0, is left out).</li>
 * <li>That quality is shrunk towards {@link #PRIOR_MEAN} as if {@link #PRIOR_WEIGHT} average evaluations had been
 * made (a Bayesian average): one enthusiastic evaluation gives 0.625, not 1; ten evaluations at 0.8 give 0.73.
 * The count is that of the evaluations with at least one score, experts counting {@link #EXPERT_FACTOR}.</li>
 * </ol>
 * Without any score the ranking is 0, the value of a resource nobody evaluated: such resources come last.
 */
final class Ranking {

	/** What a resource is assumed to be worth before anyone scores it: the middle. */
	static final double PRIOR_MEAN = 0.5;

	/** How many evaluations the prior weighs. */
	static final double PRIOR_WEIGHT = 3;

	/** How much an expert's evaluation counts, against 1 for the community's. */
	static final double EXPERT_FACTOR = 2;

	private Ranking() {
	}

	static double of(List<Aggregation.Spec> criteria, List<Aggregation.Sheet> sheets) {
		double weighted = 0;
		double weights = 0;
		for (Aggregation.Spec criterion : criteria) {
			if (criterion.weight() <= 0) {
				continue;
			}
			double sum = 0;
			double count = 0;
			for (Aggregation.Sheet sheet : sheets) {
				Integer score = sheet.scores().get(criterion.id());
				if (valid(score, criterion)) {
					double factor = factor(sheet);
					sum += factor * score;
					count += factor;
				}
			}
			if (count > 0) {
				double position = (sum / count - 1) / (criterion.scale() - 1);
				weighted += criterion.weight() * position;
				weights += criterion.weight();
			}
		}
		double evaluations = 0;
		for (Aggregation.Sheet sheet : sheets) {
			boolean counted = criteria.stream()
				.anyMatch(c -> c.weight() > 0 && valid(sheet.scores().get(c.id()), c));
			if (counted) {
				evaluations += factor(sheet);
			}
		}
		if (weights == 0 || evaluations == 0) {
			return 0;
		}
		double quality = weighted / weights;
		return (PRIOR_WEIGHT * PRIOR_MEAN + evaluations * quality) / (PRIOR_WEIGHT + evaluations);
	}

	private static boolean valid(Integer score, Aggregation.Spec criterion) {
		return score != null && score >= 1 && score <= criterion.scale();
	}

	private static double factor(Aggregation.Sheet sheet) {
		return sheet.expert() ? EXPERT_FACTOR : 1;
	}
}
