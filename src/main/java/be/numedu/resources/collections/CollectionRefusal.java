package be.numedu.resources.collections;

import java.util.List;

/**
 * What the collections refuse, with why in French (bundle keys and their arguments), each problem tied to the field it
 * concerns when it concerns one. Nothing is stored: the transaction rolls back.
 */
public class CollectionRefusal extends RuntimeException {

	/** The kind of refusal, with the HTTP status pages answer it with. */
	public enum Kind {
		/** The input is not acceptable. */
		INVALID(422),
		/** The page was not current: the collection changed in between (another tab, another session). */
		STALE(409),
		/** The action conflicts with the collection as it stands (the resource is already in it). */
		CONFLICT(409),
		/** The collection is someone else's. */
		FORBIDDEN(403),
		/** No such collection, or one the person may not see. */
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
	 * @param field the form field it concerns ({@code title}, {@code description}, {@code visibility}, {@code note},
	 * {@code resource}, {@code confirm}), or {@code null} for the whole form
	 */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

	private final Kind kind;

	private final transient List<Problem> problems;

	public CollectionRefusal(Kind kind, List<Problem> problems) {
		super(kind + " " + problems.stream().map(Problem::messageKey).toList());
		this.kind = kind;
		this.problems = List.copyOf(problems);
	}

	static CollectionRefusal of(Kind kind, String messageKey, Object... arguments) {
		return new CollectionRefusal(kind, List.of(new Problem(null, messageKey, arguments)));
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

	/** The first problem's arguments. */
	public Object[] arguments() {
		return problems.get(0).arguments().clone();
	}
}
