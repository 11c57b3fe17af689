package be.numedu.resources.catalogue;

import java.util.Locale;

import be.numedu.shared.Codes;
import org.springframework.context.MessageSource;

/**
 * Why a link failed its last check: the kind of failure and, for an HTTP answer, its status. Stored on the resource
 * as a short code ({@link #code()}) and said to people in French by its message ({@link #messageKey()}, with the
 * status as its argument), never as the name of a Java exception.
 */
public record LinkFailure(Kind kind, int status) {

	/** The kinds of failure, each with its message {@code resources.link.failure.<kind>}. */
	public enum Kind {
		/** The text is not an address at all. */
		INVALID_ADDRESS,
		/** Not an http(s) address. */
		NOT_WEB,
		/** An address of a loopback, private or link-local network, never fetched. */
		INTERNAL_NETWORK,
		/** The host name does not resolve. */
		UNKNOWN_HOST,
		/** The server refused the connection (nothing listens there). */
		CONNECTION_REFUSED,
		/** No connection or no answer within the time allowed. */
		TIMEOUT,
		/** The site's certificate is not valid (expired, self-signed, for another name...). */
		CERTIFICATE,
		/** The secure connection failed for another reason (protocol, handshake). */
		TLS,
		/** The connection was closed or broke without an HTTP answer. */
		NO_RESPONSE,
		/** A redirect without the address to go to. */
		REDIRECT_WITHOUT_ADDRESS,
		/** More redirects than followed. */
		TOO_MANY_REDIRECTS,
		/** An HTTP error status (4xx, 5xx). */
		HTTP,
		/** A stored reason this version does not know. */
		UNKNOWN
	}

	/** A failure that is not an HTTP status. */
	static LinkFailure of(Kind kind) {
		return new LinkFailure(kind, 0);
	}

	/** An HTTP error status. */
	static LinkFailure http(int status) {
		return new LinkFailure(Kind.HTTP, status);
	}

	/** The code stored on the resource: the kind, with the status for an HTTP answer ({@code HTTP_404}). */
	public String code() {
		return kind == Kind.HTTP ? "HTTP_" + status : kind.name();
	}

	/** The failure a stored code names; {@code null} for none, {@link Kind#UNKNOWN} for a code no longer known. */
	public static LinkFailure read(String code) {
		if (code == null) {
			return null;
		}
		if (code.matches("HTTP_\\d{3}")) {
			return http(Integer.parseInt(code.substring(5)));
		}
		// HTTP alone, without its status, is no failure this version stores
		return of(Codes.named(Kind.class, code).filter(kind -> kind != Kind.HTTP).orElse(Kind.UNKNOWN));
	}

	/**
	 * The message that says it in words: the usual HTTP statuses with their meaning (401, 403, 404, 410, 429, server
	 * errors), any other with its number.
	 */
	public String messageKey() {
		String key = "resources.link.failure.";
		if (kind != Kind.HTTP) {
			return key + kind.name();
		}
		return switch (status) {
			case 401, 403, 404, 410, 429 -> key + "HTTP_" + status;
			default -> key + (status >= 500 ? "HTTP_5XX" : "HTTP_OTHER");
		};
	}

	/** The failure in words, in the language given (for texts stored as written, such as notices). */
	public String inWords(MessageSource messages, Locale locale) {
		return messages.getMessage(messageKey(), new Object[] { status }, locale);
	}
}
