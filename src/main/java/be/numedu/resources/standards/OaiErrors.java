package be.numedu.resources.standards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.gdcc.xoai.model.oaipmh.Error;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * The protocol's errors said in French, for the people who run harvesters: XOAI finds each error and gives its code,
 * which harvesters read and which stays exactly the protocol's; the message says what in the request caused it, read
 * again from the request's own arguments (an argument unknown, repeated, missing or not allowed with the verb, a date
 * that is not one, not in UTC, or later than the other), from the token's refusal ({@link ResumptionTokens.Problem}),
 * or from the format, identifier or set asked for. When none of that explains an error, the code's own French
 * sentence is said. XOAI's English detail goes to the log, at debug level.
 */
final class OaiErrors {

	private static final Logger log = LoggerFactory.getLogger(OaiErrors.class);

	private static final Locale FRENCH = Locale.FRENCH;

	/**
	 * A time of day with another zone than UTC's Z (an offset, a lower-case z) or none at all; a "+" left unencoded
	 * in an address arrives as a space.
	 */
	private static final Pattern ZONED = Pattern.compile(
			"\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+\\- ]\\d{2}(:?\\d{2})?|z)?");

	/** How much of a value the harvester sent a message repeats. */
	private static final int ECHOED = 120;

	private final MessageSource messages;

	private final Addresses addresses;

	private final HarvestSets sets;

	OaiErrors(MessageSource messages, Addresses addresses, HarvestSets sets) {
		this.messages = messages;
		this.addresses = addresses;
		this.sets = sets;
	}

	/** The response, its errors said in French; a response without errors as it is. */
	OAIPMH inFrench(OAIPMH response, Map<String, String[]> parameters, ResumptionTokens.Harvest harvest) {
		if (!response.hasErrors()) {
			return response;
		}
		// XOAI's list of errors cannot be changed: the same response, with the errors said again.
		OAIPMH said = new OAIPMH().withResponseDate(response.getResponseDate()).withRequest(response.getRequest());
		if (response.getVerb() != null) {
			said.withVerb(response.getVerb());
		}
		Set<Error.Code> codes = new LinkedHashSet<>();
		for (Error error : response.getErrors()) {
			log.debug("OAI-PMH {}: {}", error.getCode().id(), error.getMessage());
			codes.add(error.getCode());
		}
		// each code with its reasons, or once with its general sentence when none is found
		for (Error.Code code : codes) {
			List<String> reasons = reasons(code, parameters, harvest);
			if (reasons.isEmpty()) {
				reasons = List.of(message("standards.oai.error." + code.id()));
			}
			reasons.forEach(reason -> said.withError(new Error(reason).withCode(code)));
		}
		return said;
	}

	/** Why a request whose arguments the container could not decode is refused. */
	String undecodable() {
		return message("standards.oai.error.undecodable");
	}

	private List<String> reasons(Error.Code code, Map<String, String[]> parameters, ResumptionTokens.Harvest harvest) {
		return switch (code) {
			case BAD_VERB -> verb(parameters).map(List::of).orElse(List.of());
			case BAD_ARGUMENT -> arguments(parameters);
			case BAD_RESUMPTION_TOKEN -> harvest.refused == null ? List.of() : List.of(token(harvest));
			case CANNOT_DISSEMINATE_FORMAT -> single(parameters, "metadataPrefix")
				.map(prefix -> message("standards.oai.error.format", echo(prefix), OaiProvider.OAI_DC, OaiProvider.LOM))
				.map(List::of).orElse(List.of());
			case ID_DOES_NOT_EXIST -> single(parameters, "identifier").map(this::identifier).map(List::of)
				.orElse(List.of());
			case NO_RECORDS_MATCH -> single(parameters, "set").filter(set -> !sets.exists(set))
				.map(set -> List.of(message("standards.oai.error.set", echo(set)))).orElse(List.of());
			default -> List.of();
		};
	}

	private Optional<String> verb(Map<String, String[]> parameters) {
		String[] verbs = parameters.get("verb");
		if (verbs == null || verbs.length == 0) {
			return Optional.of(message("standards.oai.error.verb.missing"));
		}
		if (verbs.length > 1) {
			return Optional.of(message("standards.oai.error.verb.repeated", verbs.length));
		}
		if (verbOf(parameters) == null) {
			return Optional.of(message("standards.oai.error.verb.unknown", echo(verbs[0])));
		}
		return Optional.empty();
	}

	/** What is wrong with the arguments of a request whose verb is right. */
	private List<String> arguments(Map<String, String[]> parameters) {
		List<String> reasons = new ArrayList<>();
		Verb.Type verb = verbOf(parameters);
		if (verb == null) {
			return reasons;
		}
		List<Verb.Argument> given = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (name.equals("verb")) {
				return;
			}
			Verb.Argument argument = argumentNamed(name);
			if (argument == null) {
				reasons.add(message("standards.oai.error.argument.unknown", echo(name)));
			}
			else if (!verb.reqArgs().contains(argument) && !verb.optArgs().contains(argument)
					&& !verb.exclArgs().contains(argument)) {
				reasons.add(message("standards.oai.error.argument.notAllowed", name, verb.displayName()));
			}
			else if (values == null || values.length != 1) {
				reasons.add(message("standards.oai.error.argument.repeated", name, values == null ? 0 : values.length));
			}
			else {
				given.add(argument);
			}
		});
		boolean exclusive = given.stream().anyMatch(verb.exclArgs()::contains);
		if (exclusive && given.size() > 1) {
			reasons.add(message("standards.oai.error.argument.exclusive"));
		}
		else if (!exclusive) {
			verb.reqArgs().stream().filter(required -> !parameters.containsKey(required.toString()))
				.map(required -> message("standards.oai.error.argument.missing", required.toString(),
						verb.displayName()))
				.sorted()
				.forEach(reasons::add);
		}
		if (verb.optArgs().contains(Verb.Argument.From)) {
			reasons.addAll(dates(single(parameters, "from").orElse(null), single(parameters, "until").orElse(null)));
		}
		return reasons;
	}

	/** What is wrong with the dates: each on its own, then together. */
	private List<String> dates(String from, String until) {
		List<String> reasons = new ArrayList<>();
		Instant fromAt = null;
		Instant untilAt = null;
		if (from != null) {
			fromAt = OaiProvider.date(from, false);
			if (fromAt == null) {
				reasons.add(dateProblem("from", from));
			}
		}
		if (until != null) {
			untilAt = OaiProvider.date(until, true);
			if (untilAt == null) {
				reasons.add(dateProblem("until", until));
			}
		}
		if (fromAt != null && untilAt != null) {
			if (OaiProvider.DAY.matcher(from).matches() != OaiProvider.DAY.matcher(until).matches()) {
				reasons.add(message("standards.oai.error.date.granularity"));
			}
			else if (fromAt.isAfter(untilAt)) {
				reasons.add(message("standards.oai.error.date.order", from, until));
			}
		}
		return reasons;
	}

	private String dateProblem(String argument, String value) {
		return message(ZONED.matcher(value).matches() ? "standards.oai.error.date.zone" : "standards.oai.error.date.format",
				argument, echo(value));
	}

	private String token(ResumptionTokens.Harvest harvest) {
		return switch (harvest.refused) {
			case EMPTY -> message("standards.oai.error.token.empty");
			case FOREIGN -> message("standards.oai.error.token.foreign");
			case OLD_FORMAT -> message("standards.oai.error.token.oldFormat");
			case EXPIRED -> message("standards.oai.error.token.expired");
			case OTHER_VERB -> message("standards.oai.error.token.verb", harvest.tokenVerb, harvest.verb);
			case NO_POSITION -> message("standards.oai.error.token.position");
		};
	}

	private String identifier(String identifier) {
		if (addresses.idOf(identifier).isEmpty()) {
			return message("standards.oai.error.identifier.foreign", echo(identifier), addresses.oaiIdentifier(1));
		}
		return message("standards.oai.error.identifier.unknown", echo(identifier));
	}

	private static Verb.Type verbOf(Map<String, String[]> parameters) {
		String[] verbs = parameters.get("verb");
		if (verbs == null || verbs.length != 1) {
			return null;
		}
		for (Verb.Type type : Verb.Type.values()) {
			if (type.displayName().equals(verbs[0])) {
				return type;
			}
		}
		return null;
	}

	private static Verb.Argument argumentNamed(String name) {
		for (Verb.Argument argument : Verb.Argument.values()) {
			if (argument != Verb.Argument.Verb && argument.toString().equals(name)) {
				return argument;
			}
		}
		return null;
	}

	private static Optional<String> single(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length != 1 ? Optional.empty() : Optional.of(values[0]);
	}

	/** A value sent by the harvester, as a message repeats it: at most 120 characters, control characters shown. */
	private static String echo(String value) {
		String shown = value.replaceAll("\\p{Cntrl}", "\uFFFD");
		return shown.length() > ECHOED ? shown.substring(0, ECHOED) + "…" : shown;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FRENCH);
	}
}
