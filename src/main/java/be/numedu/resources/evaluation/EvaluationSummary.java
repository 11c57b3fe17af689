package be.numedu.resources.evaluation;

import java.time.Instant;
import java.util.List;

import be.numedu.accounts.Role;

/**
 * What a resource's evaluations say, as its page shows them: for each active criterion of the grid, the community's
 * figures and the experts' figures side by side; the strengths and weaknesses each group's figures show (the rule is
 * on {@link EvaluationGrid}); and the evaluations themselves, most recent first.
 *
 * @param resourceId the resource
 * @param open whether the resource may be evaluated now (it is published)
 * @param evaluations how many evaluations it has
 * @param communityEvaluations how many of them come from the community
 * @param expertEvaluations how many from designated experts
 * @param criteria the active criteria, in the grid's order, with their figures
 * @param community the community's strengths and weaknesses
 * @param experts the experts' strengths and weaknesses
 * @param reviews the most recent evaluations (at most {@link #MAX_REVIEWS})
 * @param viewer what the person looking may do
 */
public record EvaluationSummary(long resourceId, boolean open, int evaluations, int communityEvaluations,
		int expertEvaluations, List<CriterionSummary> criteria, Findings community, Findings experts,
		List<Review> reviews, Viewer viewer) {

	/** The evaluations listed on the page; the figures always count them all. */
	public static final int MAX_REVIEWS = 50;

	public EvaluationSummary {
		criteria = List.copyOf(criteria);
		reviews = List.copyOf(reviews);
	}

	/** Whether some evaluations are not listed. */
	public boolean reviewsCut() {
		return reviews.size() < evaluations;
	}

	/** What the reading of a criterion's figures is for one group of reviewers. */
	public enum Reading {
		/** Fewer than {@link Aggregation#MIN_SCORES} scores: nothing is said. */
		TOO_FEW,
		/** High average, reviewers agree. */
		STRENGTH,
		/** Low average, reviewers agree. */
		WEAKNESS,
		/** Reviewers disagree: the spread is over the bound, whatever the average. */
		MIXED,
		/** Neither high nor low. */
		NEUTRAL
	}

	/**
	 * The figures of one criterion for one group of reviewers.
	 *
	 * @param scale the criterion's scale (scores run from 1 to it)
	 * @param scored how many reviewers gave a score
	 * @param notApplicable how many said it does not apply
	 * @param average the mean of the scores, {@code null} without any
	 * @param spread the standard deviation of the scores (of the scores given, not an estimate of a population's),
	 * {@code null} without any
	 * @param distribution how many gave each score: index 0 for 1, up to the scale
	 * @param reading what the figures say
	 */
	public record Figures(int scale, int scored, int notApplicable, Double average, Double spread,
			List<Integer> distribution, Reading reading) {

		public Figures {
			distribution = List.copyOf(distribution);
		}

		/** The width of the average's bar, in hundredths of the full scale (0 without scores). */
		public int barPercent() {
			return average == null ? 0 : (int) Math.round(100 * average / scale);
		}

		/** Whether a strength or a weakness may be read (enough scores). */
		public boolean enough() {
			return reading != Reading.TOO_FEW;
		}
	}

	/** One active criterion with its figures. */
	public record CriterionSummary(long id, String code, String label, String description, int scale, int weight,
			Figures community, Figures experts) {
	}

	/** A criterion found a strength or a weakness by a group, with the figures that make it so. */
	public record Finding(long criterionId, String label, Figures figures) {
	}

	/**
	 * One group's strengths and weaknesses.
	 *
	 * @param enough whether at least one criterion has enough scores in this group to be read at all
	 */
	public record Findings(List<Finding> strengths, List<Finding> weaknesses, boolean enough) {

		public Findings {
			strengths = List.copyOf(strengths);
			weaknesses = List.copyOf(weaknesses);
		}
	}

	/**
	 * One evaluation as listed.
	 *
	 * @param reviewer the reviewer's name, {@code null} when their account is closed
	 * @param role the reviewer's role, {@code null} when their account is closed
	 */
	public record Review(long id, String reviewer, Role role, boolean expert, Instant createdAt, Instant updatedAt,
			String comment, List<Answer> answers) {

		public Review {
			answers = List.copyOf(answers);
		}

		public boolean edited() {
			return updatedAt.isAfter(createdAt);
		}

		/** The overall comment's lines (none without a comment). */
		public List<String> commentLines() {
			return lines(comment);
		}
	}

	/** A reviewer's answer on one active criterion: a score, or {@code null} for "not applicable". */
	public record Answer(long criterionId, String criterion, Integer score, int scale, String comment) {

		/** The comment's lines (none without a comment). */
		public List<String> commentLines() {
			return lines(comment);
		}
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
	}

	/**
	 * The person looking at the summary.
	 *
	 * @param signedIn whether someone is signed in
	 * @param owner whether it is the resource's owner (who may not evaluate it)
	 * @param evaluated whether they evaluated it already (the link then offers to change their evaluation)
	 */
	public record Viewer(boolean signedIn, boolean owner, boolean evaluated) {

		static final Viewer VISITOR = new Viewer(false, false, false);
	}
}
