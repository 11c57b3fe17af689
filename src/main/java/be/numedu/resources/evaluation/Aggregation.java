package be.numedu.resources.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.numedu.resources.evaluation.EvaluationSummary.CriterionSummary;
import be.numedu.resources.evaluation.EvaluationSummary.Figures;
import be.numedu.resources.evaluation.EvaluationSummary.Finding;
import be.numedu.resources.evaluation.EvaluationSummary.Findings;
import be.numedu.resources.evaluation.EvaluationSummary.Reading;

/**
 * The figures of the evaluation summary, computed from the answers alone (no database, no clock): counts, average,
 * spread, distribution, and the reading of each criterion as a strength or a weakness. The rule is stated on
 * {@link EvaluationGrid}.
 */
final class Aggregation {

	/** Below this many scores in a group, a criterion is neither a strength nor a weakness for it. */
	static final int MIN_SCORES = 2;

	/** A strength from this position of the average on the scale (0 at 1, 1 at the top): 3 on a scale of 4. */
	static final double STRENGTH_FROM = 2.0 / 3;

	/** A weakness up to this position: 2 on a scale of 4. */
	static final double WEAKNESS_UP_TO = 1.0 / 3;

	/** Reviewers agree when the spread is at most this share of the scale's range: 1 point on a scale of 4. */
	static final double MAX_SPREAD = 1.0 / 3;

	private static final double EPSILON = 1e-9;

	private Aggregation() {
	}

	/** A criterion as the computations need it. */
	record Spec(long id, String code, String label, String description, int scale, int weight) {
	}

	/**
	 * One evaluation's answers.
	 *
	 * @param scores by criterion id: the score, or {@code null} for "not applicable"; a criterion the evaluation did
	 * not answer (added to the grid since) is absent
	 */
	record Sheet(boolean expert, Map<Long, Integer> scores) {
	}

	/** The figures of a criterion for one group: the experts' sheets, or the community's. */
	static Figures figures(Spec criterion, List<Sheet> sheets, boolean experts) {
		int scale = criterion.scale();
		int[] distribution = new int[scale];
		int notApplicable = 0;
		List<Integer> scores = new ArrayList<>();
		for (Sheet sheet : sheets) {
			if (sheet.expert() != experts || !sheet.scores().containsKey(criterion.id())) {
				continue;
			}
			Integer score = sheet.scores().get(criterion.id());
			if (score == null) {
				notApplicable++;
			}
			else if (score >= 1 && score <= scale) {
				// A score outside the scale cannot be stored (the grid refuses to change a scale once scored); were one
				// there, it would be left out rather than distort the figures.
				scores.add(score);
				distribution[score - 1]++;
			}
		}
		Double average = null;
		Double spread = null;
		if (!scores.isEmpty()) {
			double sum = 0;
			for (int score : scores) {
				sum += score;
			}
			average = sum / scores.size();
			double squares = 0;
			for (int score : scores) {
				squares += (score - average) * (score - average);
			}
			spread = Math.sqrt(squares / scores.size());
		}
		List<Integer> counts = new ArrayList<>(scale);
		for (int count : distribution) {
			counts.add(count);
		}
		return new Figures(scale, scores.size(), notApplicable, average, spread, counts,
				reading(scale, scores.size(), average, spread));
	}

	/** The rule: enough scores, then agreement, then the position of the average on the scale. */
	static Reading reading(int scale, int scored, Double average, Double spread) {
		if (scored < MIN_SCORES || average == null || spread == null) {
			return Reading.TOO_FEW;
		}
		double range = scale - 1;
		if (spread > MAX_SPREAD * range + EPSILON) {
			return Reading.MIXED;
		}
		double position = (average - 1) / range;
		if (position >= STRENGTH_FROM - EPSILON) {
			return Reading.STRENGTH;
		}
		if (position <= WEAKNESS_UP_TO + EPSILON) {
			return Reading.WEAKNESS;
		}
		return Reading.NEUTRAL;
	}

	/** Each criterion with the community's and the experts' figures. */
	static List<CriterionSummary> criteria(List<Spec> criteria, List<Sheet> sheets) {
		return criteria.stream()
			.map(c -> new CriterionSummary(c.id(), c.code(), c.label(), c.description(), c.scale(), c.weight(),
					figures(c, sheets, false), figures(c, sheets, true)))
			.toList();
	}

	/** One group's strengths (best first) and weaknesses (worst first). */
	static Findings findings(List<CriterionSummary> criteria, boolean experts) {
		List<Finding> strengths = new ArrayList<>();
		List<Finding> weaknesses = new ArrayList<>();
		boolean enough = false;
		for (CriterionSummary criterion : criteria) {
			Figures figures = experts ? criterion.experts() : criterion.community();
			enough |= figures.enough();
			Finding finding = new Finding(criterion.id(), criterion.label(), figures);
			if (figures.reading() == Reading.STRENGTH) {
				strengths.add(finding);
			}
			else if (figures.reading() == Reading.WEAKNESS) {
				weaknesses.add(finding);
			}
		}
		strengths.sort((a, b) -> Double.compare(position(b.figures()), position(a.figures())));
		weaknesses.sort((a, b) -> Double.compare(position(a.figures()), position(b.figures())));
		return new Findings(strengths, weaknesses, enough);
	}

	private static double position(Figures figures) {
		return (figures.average() - 1) / (figures.scale() - 1);
	}
}
