package be.numedu.resources.catalogue;

/**
 * An action the catalogue refuses, with the French message (a bundle key and its arguments) that says why. The
 * stored data is untouched: the transaction rolls back.
 */
public class CatalogueRefusal extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final boolean conflict;

	public CatalogueRefusal(String messageKey, Object... arguments) {
		this(false, messageKey, arguments);
	}

	private CatalogueRefusal(boolean conflict, String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.conflict = conflict;
	}

	/** A refusal because someone else changed the resource first (HTTP 409 rather than 422). */
	public static CatalogueRefusal conflict(String messageKey, Object... arguments) {
		return new CatalogueRefusal(true, messageKey, arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public boolean isConflict() {
		return conflict;
	}
}
