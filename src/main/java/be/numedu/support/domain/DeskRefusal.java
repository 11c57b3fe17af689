package be.numedu.support.domain;

/**
 * A request to the desk that cannot be granted as asked: a transition the request's status no longer allows, a file
 * refused, an operator that does not exist. Carries the message key and arguments of the French explanation.
 */
public class DeskRefusal extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DeskRefusal(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
