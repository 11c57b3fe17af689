package be.numedu.resources.community;

/**
 * What the comments refuse, with why in French (a bundle key and its arguments) and the HTTP status pages answer it
 * with. Thrown before anything is written, or inside the transaction, which then rolls back: nothing is stored.
 */
public class CommentRefusal extends RuntimeException {

	/** The kind of refusal, with its HTTP status. */
	public enum Kind {
		/** The text or the reason is not acceptable. */
		INVALID(422),
		/** The person wrote too much, too fast. */
		TOO_MANY(429),
		/** The comment is not in a state that allows this (already hidden, already reported…). */
		CONFLICT(409),
		/** The person may not do this to this comment. */
		FORBIDDEN(403),
		/** No such resource or comment, or the resource is not published. */
		NOT_FOUND(404);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Kind kind;

	private final String messageKey;

	private final transient Object[] arguments;

	CommentRefusal(Kind kind, String messageKey, Object... arguments) {
		super(kind + " " + messageKey);
		this.kind = kind;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public Kind kind() {
		return kind;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
