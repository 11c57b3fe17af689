package be.numedu.resources.standards;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
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
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.verbs.ListIdentifiers;
import io.gdcc.xoai.model.oaipmh.verbs.ListRecords;
import io.gdcc.xoai.xml.XmlWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * numedu's OAI-PMH 2.0 data provider: XOAI handles the protocol (verbs, arguments, every error code), numedu supplies
 * the records ({@link HarvestItems} over {@link HarvestQueries}), the sets ({@link HarvestSets}), two metadata formats
 * ({@code oai_dc} from {@link DublinCoreRecords}, {@code lom} from {@link LomRecords}) and signed resumption tokens
 * ({@link ResumptionTokens}).
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

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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

	OaiProvider(HarvestQueries queries, HarvestSets sets, LomRecords lom, DublinCoreRecords dublinCore,
			Addresses addresses, ResumptionTokens tokens, OaiProperties properties, ServiceProperties service) {
		this.queries = queries;
		this.sets = sets;
		this.lom = lom;
		this.dublinCore = dublinCore;
		this.addresses = addresses;
		this.tokens = tokens;
		this.properties = properties;
		this.repositoryName = service.authority() + " — " + service.name() + " — numedu : ressources éducatives";
		this.adminEmail = service.contactEmail();
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
		RepositoryConfiguration configuration = new RepositoryConfiguration.RepositoryConfigurationBuilder()
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
		Repository repository = new Repository(configuration)
			.withItemRepository(new HarvestItems(queries, lom, dublinCore, addresses, harvest, properties.countLimit()))
			.withSetRepository(sets);
		OAIPMH response = inFrench(new DataProvider(context, repository).handle(arguments));
		announce(response, harvest);
		// XOAI moves until one second on to make it inclusive; the request echoed is the one the harvester sent.
		if (response.getRequest() != null) {
			response.getRequest().getUntil().ifPresent(until -> response.getRequest().withUntil(until.minusSeconds(1)));
			Instant sentFrom = second(daysAsSeconds(parameters).get("from"));
			if (sentFrom != null && response.getRequest().getFrom().isPresent()) {
				response.getRequest().withFrom(sentFrom);
			}
		}
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
	 * The protocol's errors said in French, each with XOAI's own detail: harvesters read the code, the people who run
	 * them read the message.
	 */
	private static OAIPMH inFrench(OAIPMH response) {
		if (!response.hasErrors()) {
			return response;
		}
		// XOAI's list of errors cannot be changed: the same response, with the errors said again.
		OAIPMH said = new OAIPMH().withResponseDate(response.getResponseDate()).withRequest(response.getRequest());
		if (response.getVerb() != null) {
			said.withVerb(response.getVerb());
		}
		for (Error error : response.getErrors()) {
			String detail = error.getMessage() == null || error.getMessage().isBlank() ? ""
					: " (" + error.getMessage().strip() + ")";
			said.withError(new Error(FRENCH.get(error.getCode()) + detail).withCode(error.getCode()));
		}
		return said;
	}

	private static final Map<Error.Code, String> FRENCH = Map.of(
			Error.Code.BAD_ARGUMENT,
			"La requête contient un argument interdit, répété ou mal formé, ou il lui manque un argument obligatoire.",
			Error.Code.BAD_RESUMPTION_TOKEN, "Ce jeton de reprise est invalide ou a expiré : reprenez la moisson au début.",
			Error.Code.BAD_VERB, "Le verbe est absent, répété ou inconnu du protocole OAI-PMH.",
			Error.Code.CANNOT_DISSEMINATE_FORMAT, "Ce format de métadonnées n'est pas proposé : voyez ListMetadataFormats.",
			Error.Code.ID_DOES_NOT_EXIST, "Aucun enregistrement ne porte cet identifiant dans ce dépôt.",
			Error.Code.NO_METADATA_FORMATS, "Aucun format de métadonnées n'est proposé pour cet élément.",
			Error.Code.NO_RECORDS_MATCH, "Aucun enregistrement ne correspond à ces arguments.",
			Error.Code.NO_SET_HIERARCHY, "Ce dépôt n'organise pas ses enregistrements en ensembles.");

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
	 * an until in the future becomes now.
	 */
	static Map<String, String[]> withDayDates(Map<String, String[]> parameters) {
		return untilNoLaterThanNow(fromNoLaterThanNow(daysAsSeconds(parameters)));
	}

	/**
	 * A {@code from} in the future finds nothing ({@code noRecordsMatch}), as the protocol has it: XOAI, which refuses
	 * one later than now, is asked from now on. A {@code from} after the {@code until} is left for XOAI to refuse.
	 */
	private static Map<String, String[]> fromNoLaterThanNow(Map<String, String[]> parameters) {
		Instant from = second(parameters.get("from"));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		if (from == null || !from.isAfter(now)) {
			return parameters;
		}
		Instant until = second(parameters.get("until"));
		if (until != null && from.isAfter(until)) {
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
		try {
			return Instant.parse(values[0]);
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
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
