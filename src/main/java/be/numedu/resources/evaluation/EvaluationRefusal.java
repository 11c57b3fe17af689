package be.numedu.resources.evaluation;

import java.util.List;

/**
 * What the evaluation grid refuses, with why in French (bundle keys and their arguments), each problem tied to the
 * criterion and the field it concerns when it concerns one. Nothing is stored: the transaction rolls back.
 */
public class EvaluationRefusal extends RuntimeException {

	/** The kind of refusal, with the HTTP status pages answer it with. */
	public enum Kind {
		/** The input is not acceptable. */
		INVALID(422),
		/** The person's page was not current: someone (or another tab) saved in between. */
		STALE(409),
		/** The resource cannot be evaluated now (it is not published). */
		NOT_OPEN(409),
		/** The person may not do this (their own resource, or not an SGNE administrator). */
		FORBIDDEN(403),
		/** No such resource. */
		NOT_FOUND(404);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	/**
	 * One problem.
	 *
	 * @param criterionId the criterion it concerns, if any
	 * @param field the field: {@code score} or {@code comment} of a criterion, {@code comment} of the evaluation,
	 * a setting of a criterion ({@code label}, {@code scaleMax}…), or {@code null} for the whole form
	 */
	public record Problem(Long criterionId, String field, String messageKey, Object... arguments) {
	}

	private final Kind kind;

	private final transient List<Problem> problems;

	public EvaluationRefusal(Kind kind, List<Problem> problems) {
		super(kind + " " + problems.stream().map(Problem::messageKey).toList());
		this.kind = kind;
		this.problems = List.copyOf(problems);
	}

	static EvaluationRefusal of(Kind kind, String messageKey, Object... arguments) {
		return new EvaluationRefusal(kind, List.of(new Problem(null, null, messageKey, arguments)));
	}

	public Kind kind() {
		return kind;
	}

	public List<Problem> problems() {
		return problems;
	}

	/** The first problem's message key (the only one, for refusals of the whole action). */
	public String messageKey() {
		return problems.get(0).messageKey();
	}
}
