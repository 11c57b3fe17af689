package be.numedu.resources.standards;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Resumption tokens that a harvester can neither read into nor forge: XOAI's default token is the request in plain
 * Base64 ({@code offset::100|set::x|prefix::lom}), which anyone may edit. numedu's token carries the request (verb,
 * set, from, until, prefix), how many records were already sent (the {@code cursor}), the list's size counted on the
 * first page, the position reached in the list ordered by datestamp then id (so that the next page is read from the
 * index on {@code resource(updated_at, id)} from that point, whatever the list's length, and a record changed in
 * between is neither skipped nor sent twice), and its expiry; then an HMAC-SHA256 of all that. A token whose MAC does
 * not verify, that has expired, that is empty or garbled, or that is sent with another verb gets the protocol's
 * {@code badResumptionToken}, and the request's {@link Harvest} keeps why, for the French message.
 *
 * <p><b>The key.</b> It comes from {@code numedu.oai.token-secret} (at least 32 characters), the same on every
 * instance. When the property is empty a key is drawn at start: tokens then stop working when numedu restarts, and
 * behind a load balancer a token issued by one instance is refused by the others. A harvester that meets
 * {@code badResumptionToken} starts its harvest again (incrementally, with {@code from}), so a drawn key costs a
 * restarted harvest, never wrong data; a configured key costs one more secret to keep. Deployments with several
 * instances must configure it. Tokens live {@code numedu.oai.token-lifetime} (24 hours by default): a harvest pausing
 * longer starts again.
 */
@Component
class ResumptionTokens {

	private static final Logger log = LoggerFactory.getLogger(ResumptionTokens.class);

	private static final String VERSION = "1";

	private final SecretKeySpec key;

	private final Duration lifetime;

	private final Clock clock;

	@Autowired
	ResumptionTokens(OaiProperties properties) {
		this(secret(properties.tokenSecret()), properties.tokenLifetime(), Clock.systemUTC());
	}

	ResumptionTokens(byte[] secret, Duration lifetime, Clock clock) {
		if (secret.length < 32) {
			throw new IllegalStateException("numedu.oai.token-secret must hold at least 32 characters");
		}
		this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
		this.lifetime = lifetime;
		this.clock = clock;
	}

	private static byte[] secret(String configured) {
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		log.info("numedu.oai.token-secret is not set: OAI-PMH resumption tokens are signed with a key drawn at start, "
				+ "valid on this instance until it stops");
		byte[] drawn = new byte[32];
		new SecureRandom().nextBytes(drawn);
		return drawn;
	}

	/** Where a harvest stands: the last record sent, in the order of the list (datestamp, then id). */
	record Position(Instant datestamp, long id) {
	}

	/** What a token carries besides the request XOAI knows of. */
	record State(String verb, ResumptionToken.Value value, Position position, long total, Instant expiresAt) {
	}

	/** Why a token was refused: each is said to the harvester in its own words ({@link OaiErrors}). */
	enum Problem {
		/** Empty, or only white space. */
		EMPTY,
		/** Not signed by this repository's key: garbled, edited, or another instance's. */
		FOREIGN,
		/** Signed, but in a format this version no longer reads. */
		OLD_FORMAT,
		EXPIRED,
		/** Sent with another verb than the one it continues. */
		OTHER_VERB,
		/** It holds no position in the list, or no record follows its position. */
		NO_POSITION
	}

	/** A token refused, and why; the message is the technical detail, for the log. */
	static final class Refused extends BadResumptionTokenException {

		private final Problem problem;

		Refused(Problem problem, String detail) {
			super(detail);
			this.problem = problem;
		}

		Refused(Problem problem, String detail, Throwable cause) {
			super(detail, cause);
			this.problem = problem;
		}

		Problem problem() {
			return problem;
		}
	}

	/** The state of one OAI-PMH request, shared by the token format and the item repository of that request. */
	static final class Harvest {

		final String verb;

		final Instant expiresAt;

		/** Read from the token the harvester sent. */
		Position after;

		Long total;

		/** Left by the item repository for the next token. */
		Position reached;

		long reachedTotal;

		/**
		 * The {@code from} the harvester sent. XOAI refuses one in the future and is given now instead; the list still
		 * starts at the harvester's, so that a future {@code from} lists nothing, not what changed this second.
		 */
		Instant sentFrom;

		/** Why the token sent was refused, if it was; and the verb it continues. */
		Problem refused;

		String tokenVerb;

		Harvest(String verb, Instant expiresAt) {
			this.verb = verb;
			this.expiresAt = expiresAt;
		}
	}

	/** A new request's state: its verb, and the expiry of any token it hands out. */
	Harvest start(String verb) {
		return new Harvest(verb, clock.instant().plus(lifetime));
	}

	/** The token format of one request. */
	ResumptionTokenFormat format(Harvest harvest) {
		return new ResumptionTokenFormat() {

			@Override
			public ResumptionTokenFormat withGranularity(Granularity granularity) {
				return this;
			}

			@Override
			public String format(ResumptionToken.Value value) {
				return sign(new State(harvest.verb, value, harvest.reached, harvest.reachedTotal, harvest.expiresAt));
			}

			@Override
			public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
				State state;
				try {
					state = verify(token);
				}
				catch (Refused refused) {
					harvest.refused = refused.problem();
					throw refused;
				}
				if (!state.verb().equals(harvest.verb)) {
					harvest.refused = Problem.OTHER_VERB;
					harvest.tokenVerb = state.verb();
					throw new Refused(Problem.OTHER_VERB,
							"This resumption token continues a " + state.verb() + " request, not " + harvest.verb);
				}
				harvest.after = state.position();
				harvest.total = state.total();
				return state.value();
			}
		};
	}

	/** The token for a state. */
	String sign(State state) {
		ResumptionToken.Value value = state.value();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("v", VERSION);
		fields.put("verb", state.verb());
		fields.put("offset", String.valueOf(value.getOffset()));
		put(fields, "set", value.getSetSpec());
		put(fields, "prefix", value.getMetadataPrefix());
		put(fields, "from", value.getFrom());
		put(fields, "until", value.getUntil());
		fields.put("total", String.valueOf(state.total()));
		if (state.position() != null) {
			put(fields, "at", state.position().datestamp());
			fields.put("id", String.valueOf(state.position().id()));
		}
		fields.put("exp", String.valueOf(state.expiresAt().getEpochSecond()));
		StringBuilder payload = new StringBuilder();
		fields.forEach((name, text) -> payload.append(payload.isEmpty() ? "" : "\n").append(name).append('=')
			.append(text));
		String encoded = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
		return encoded + "." + mac(encoded);
	}

	/** The state a token carries, once its MAC and expiry are checked. */
	State verify(String token) throws Refused {
		if (token == null || token.isBlank()) {
			throw new Refused(Problem.EMPTY, "The resumption token is empty");
		}
		if (token.length() > 4000) {
			throw new Refused(Problem.FOREIGN, "The resumption token is not one of this repository's");
		}
		int dot = token.lastIndexOf('.');
		if (dot <= 0 || dot == token.length() - 1) {
			throw new Refused(Problem.FOREIGN, "The resumption token is not one of this repository's");
		}
		String encoded = token.substring(0, dot);
		byte[] expected = mac(encoded).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			throw new Refused(Problem.FOREIGN, "The resumption token's signature does not verify");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		try {
			String payload = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			for (String line : payload.split("\n")) {
				int eq = line.indexOf('=');
				fields.put(line.substring(0, eq), line.substring(eq + 1));
			}
			if (!VERSION.equals(fields.get("v"))) {
				throw new Refused(Problem.OLD_FORMAT, "The resumption token is of an older format");
			}
			Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields.get("exp")));
			if (clock.instant().isAfter(expiresAt)) {
				throw new Refused(Problem.EXPIRED, "The resumption token has expired");
			}
			ResumptionToken.ValueBuilder value = new ResumptionToken.ValueBuilder()
				.withOffset(Long.parseLong(fields.get("offset")));
			if (fields.containsKey("set")) {
				value.withSetSpec(fields.get("set"));
			}
			if (fields.containsKey("prefix")) {
				value.withMetadataPrefix(fields.get("prefix"));
			}
			if (fields.containsKey("from")) {
				value.withFrom(instant(fields.get("from")));
			}
			if (fields.containsKey("until")) {
				value.withUntil(instant(fields.get("until")));
			}
			Position position = fields.containsKey("at")
					? new Position(instant(fields.get("at")), Long.parseLong(fields.get("id"))) : null;
			return new State(fields.get("verb"), value.build(), position, Long.parseLong(fields.get("total")),
					expiresAt);
		}
		catch (RuntimeException e) {
			throw new Refused(Problem.FOREIGN, "The resumption token is not one of this repository's", e);
		}
	}

	private static void put(Map<String, String> fields, String name, Object value) {
		if (value instanceof Instant at) {
			fields.put(name, at.getEpochSecond() + ":" + at.getNano());
		}
		else if (value != null) {
			fields.put(name, value.toString());
		}
	}

	private static Instant instant(String text) {
		int colon = text.indexOf(':');
		return Instant.ofEpochSecond(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
	}

	private String mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
