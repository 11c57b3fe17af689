package be.numedu.resources.standards;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import be.numedu.shared.web.ServiceProperties;
import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.filter.Condition;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Error;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.model.oaipmh.Request;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.verbs.ListIdentifiers;
import io.gdcc.xoai.model.oaipmh.verbs.ListRecords;
import io.gdcc.xoai.xml.XmlWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * numedu's OAI-PMH 2.0 data provider: XOAI handles the protocol (verbs, arguments, every error code, which
 * {@link OaiErrors} says in French), numedu supplies the records ({@link HarvestItems} over {@link HarvestQueries}),
 * the sets ({@link HarvestSets}), two metadata formats ({@code oai_dc} from {@link DublinCoreRecords}, {@code lom}
 * from {@link LomRecords}) and signed resumption tokens ({@link ResumptionTokens}).
 *
 * <p>Withdrawn resources stay as deleted records for good ({@code deletedRecord} "persistent"); datestamps are the
 * resources' last change, at the granularity of the second. Dates may also be given as days, which every repository
 * must accept: {@code from=2024-05-01} is the start of that day and {@code until=2024-05-01} its end. Each request gets
 * its own XOAI repository objects (a few small objects), because the position reached in the list travels from the
 * token read to the token written within one request.
 */
@Service
public class OaiProvider {

	static final String OAI_DC = "oai_dc";

	static final String LOM = "lom";

	static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

	private final HarvestQueries queries;

	private final HarvestSets sets;

	private final LomRecords lom;

	private final DublinCoreRecords dublinCore;

	private final Addresses addresses;

	private final ResumptionTokens tokens;

	private final OaiProperties properties;

	private final String repositoryName;

	private final String adminEmail;

	private final Context context;

	private final OaiErrors errors;

	OaiProvider(HarvestQueries queries, HarvestSets sets, LomRecords lom, DublinCoreRecords dublinCore,
			Addresses addresses, ResumptionTokens tokens, OaiProperties properties, ServiceProperties service,
			MessageSource messages) {
		this.queries = queries;
		this.sets = sets;
		this.lom = lom;
		this.dublinCore = dublinCore;
		this.addresses = addresses;
		this.tokens = tokens;
		this.properties = properties;
		this.repositoryName = service.authority() + " — " + service.name() + " — numedu : ressources éducatives";
		this.adminEmail = service.contactEmail();
		this.errors = new OaiErrors(messages, addresses, sets);
		this.context = new Context()
			.withMetadataFormat(new MetadataFormat().withPrefix(OAI_DC)
				.withNamespace(DublinCoreRecords.OAI_DC)
				.withSchemaLocation(DublinCoreRecords.SCHEMA_LOCATION)
				.withCondition(Condition.ALWAYS_TRUE))
			.withMetadataFormat(new MetadataFormat().withPrefix(LOM)
				.withNamespace(Lom.NAMESPACE)
				.withSchemaLocation(Lom.SCHEMA_LOCATION)
				.withCondition(Condition.ALWAYS_TRUE));
	}

	/** The response to a request's parameters (the query string's, or a POSTed form's), as UTF-8 XML. */
	@Transactional(readOnly = true)
	public byte[] respond(Map<String, String[]> parameters) {
		Map<String, String[]> arguments = withDayDates(parameters);
		String[] verbs = arguments.get("verb");
		String verb = verbs != null && verbs.length == 1 ? verbs[0] : "";
		ResumptionTokens.Harvest harvest = tokens.start(verb);
		Instant sentFrom = second(daysAsSeconds(parameters).get("from"));
		harvest.sentFrom = sentFrom;
		RepositoryConfiguration configuration = configuration(verb, harvest);
		Repository repository = new Repository(configuration)
			.withItemRepository(new HarvestItems(queries, lom, dublinCore, addresses, harvest, properties.countLimit()))
			.withSetRepository(sets);
		OAIPMH response = errors.inFrench(new DataProvider(context, repository).handle(arguments), parameters, harvest);
		announce(response, harvest);
		// XOAI moves until one second on to make it inclusive; the request echoed is the one the harvester sent.
		if (response.getRequest() != null) {
			response.getRequest().getUntil().ifPresent(until -> response.getRequest().withUntil(until.minusSeconds(1)));
			if (sentFrom != null && response.getRequest().getFrom().isPresent()) {
				response.getRequest().withFrom(sentFrom);
			}
		}
		return written(response, configuration);
	}

	/**
	 * The response to a request whose arguments the container could not decode (a "%" not followed by two
	 * hexadecimal digits, bytes that are not UTF-8): the protocol's {@code badArgument}, said in French.
	 */
	public byte[] undecodable() {
		OAIPMH response = new OAIPMH().withResponseDate(Instant.now().truncatedTo(ChronoUnit.SECONDS))
			.withRequest(new Request(addresses.oai()))
			.withError(new Error(errors.undecodable()).withCode(Error.Code.BAD_ARGUMENT));
		return written(response, configuration("", tokens.start("")));
	}

	private RepositoryConfiguration configuration(String verb, ResumptionTokens.Harvest harvest) {
		return new RepositoryConfiguration.RepositoryConfigurationBuilder()
			.withRepositoryName(repositoryName)
			.withBaseUrl(addresses.oai())
			.withAdminEmail(adminEmail)
			.withEarliestDate(
					"Identify".equals(verb) ? queries.earliest().orElseGet(Instant::now).truncatedTo(ChronoUnit.SECONDS)
							: Instant.EPOCH)
			.withGranularity(Granularity.Second)
			.withDeleteMethod(DeletedRecord.PERSISTENT)
			.withMaxListRecords(properties.pageSize())
			.withMaxListIdentifiers(properties.pageSize())
			.withMaxListSets(100)
			.withResumptionTokenFormat(tokens.format(harvest))
			.build();
	}

	private static byte[] written(OAIPMH response, RepositoryConfiguration configuration) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
		try (XmlWriter writer = new XmlWriter(out, configuration)) {
			// The configuration is the writer's context: it formats the tokens with numedu's format.
			writer.writeStartDocument("UTF-8", "1.0");
			writer.write(response);
			writer.writeEndDocument();
		}
		catch (Exception e) {
			throw new IllegalStateException("OAI-PMH response could not be written", e);
		}
		return out.toByteArray();
	}

	/**
	 * A token says until when it is valid, as the protocol allows; a list too long to be counted goes without its
	 * {@code completeListSize}, which XOAI would otherwise fill with the part known so far.
	 */
	private static void announce(OAIPMH response, ResumptionTokens.Harvest harvest) {
		ResumptionToken token = null;
		if (response.getVerb() instanceof ListRecords records) {
			token = records.getResumptionToken();
		}
		else if (response.getVerb() instanceof ListIdentifiers identifiers) {
			token = identifiers.getResumptionToken();
		}
		if (token == null) {
			return;
		}
		ResumptionToken announced = token;
		if (harvest.reachedTotal < 0 || (harvest.total != null && harvest.total < 0)) {
			announced = new ResumptionToken(token.getValue());
			if (token.getCursor() != null) {
				announced.withCursor(token.getCursor());
			}
		}
		if (token.getValue() != null && !token.getValue().isEmpty()) {
			announced.withExpirationDate(harvest.expiresAt.truncatedTo(ChronoUnit.SECONDS));
		}
		if (response.getVerb() instanceof ListRecords records) {
			records.withResumptionToken(announced);
		}
		else if (response.getVerb() instanceof ListIdentifiers identifiers) {
			identifiers.withResumptionToken(announced);
		}
	}

	/**
	 * Dates given as days become the first and last second of their days, so that XOAI, set to the second, accepts
	 * them (a from and an until of different granularities are left as they are: XOAI answers {@code badArgument});
	 * a from in the future and an until in the future become now.
	 */
	static Map<String, String[]> withDayDates(Map<String, String[]> parameters) {
		return untilNoLaterThanNow(fromWithinTime(daysAsSeconds(impossibleDatesEmptied(parameters))));
	}

	/**
	 * A date written right that does not exist (the 30th of February) is handed to XOAI empty, which it refuses with
	 * {@code badArgument} (said from the date sent): XOAI would read it as the last day of its month.
	 */
	private static Map<String, String[]> impossibleDatesEmptied(Map<String, String[]> parameters) {
		Map<String, String[]> copy = null;
		for (String name : new String[] { "from", "until" }) {
			String[] values = parameters.get(name);
			if (values != null && values.length == 1 && !exists(values[0])) {
				copy = copy == null ? new LinkedHashMap<>(parameters) : copy;
				copy.put(name, new String[] { "" });
			}
		}
		return copy == null ? parameters : copy;
	}

	/** Whether a date of the protocol's forms is a real one; other texts are left for XOAI to refuse. */
	private static boolean exists(String date) {
		return !(DAY.matcher(date).matches() || SECOND.matcher(date).matches()) || date(date, false) != null;
	}

	/**
	 * A date as the protocol writes them, a day or a second in UTC, or null if it is neither or does not exist; a day
	 * starts at its first second, or ends at its last.
	 */
	static Instant date(String value, boolean endOfDay) {
		try {
			if (DAY.matcher(value).matches()) {
				LocalDate day = LocalDate.parse(value);
				return endOfDay ? day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC)
						: day.atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			return SECOND.matcher(value).matches() ? Instant.parse(value) : null;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * A {@code from} in the future finds nothing ({@code noRecordsMatch}), as the protocol has it: XOAI, which refuses
	 * one later than now, is asked from now on. A {@code from} after the {@code until} is left for XOAI to refuse.
	 */
	private static Map<String, String[]> fromWithinTime(Map<String, String[]> parameters) {
		Instant from = second(parameters.get("from"));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant until = second(parameters.get("until"));
		if (from == null || (until != null && from.isAfter(until))) {
			return parameters;
		}
		if (!from.isAfter(now)) {
			return parameters;
		}
		Map<String, String[]> copy = new LinkedHashMap<>(parameters);
		copy.put("from", new String[] { now.toString() });
		return copy;
	}

	/** A date at the granularity of the second, or null. */
	private static Instant second(String[] values) {
		if (values == null || values.length != 1 || !SECOND.matcher(values[0]).matches()) {
			return null;
		}
		return date(values[0], false);
	}

	/**
	 * An {@code until} in the future means "up to now": XOAI, set to the second, refuses one later than now, which the
	 * protocol does not ask (a harvester may well give today's date).
	 */
	private static Map<String, String[]> untilNoLaterThanNow(Map<String, String[]> parameters) {
		Instant until = second(parameters.get("until"));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		if (until == null || !until.isAfter(now)) {
			return parameters;
		}
		Map<String, String[]> copy = new LinkedHashMap<>(parameters);
		copy.put("until", new String[] { now.toString() });
		return copy;
	}

	private static Map<String, String[]> daysAsSeconds(Map<String, String[]> parameters) {
		String[] from = parameters.get("from");
		String[] until = parameters.get("until");
		boolean fromDay = from != null && from.length == 1 && DAY.matcher(from[0]).matches();
		boolean untilDay = until != null && until.length == 1 && DAY.matcher(until[0]).matches();
		boolean fromOther = from != null && !fromDay;
		boolean untilOther = until != null && !untilDay;
		if ((!fromDay && !untilDay) || fromOther || untilOther) {
			return parameters;
		}
		Map<String, String[]> copy = new LinkedHashMap<>(parameters);
		if (fromDay) {
			copy.put("from", new String[] { from[0] + "T00:00:00Z" });
		}
		if (untilDay) {
			copy.put("until", new String[] { until[0] + "T23:59:59Z" });
		}
		return copy;
	}
}
