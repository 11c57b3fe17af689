package be.numedu.resources.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.ResourceType;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The provider over resources held in memory: lists too long to count are paged without a {@code completeListSize},
 * dates given as days are accepted, bad arguments and refused tokens are said in French under the protocol's codes,
 * and every response is valid OAI-PMH.
 */
class OaiProviderUnitTests {

	private static final Pattern TOKEN = Pattern.compile("<resumptionToken([^>]*)>([^<]+)</resumptionToken>");

	private static final Pattern IDENTIFIER = Pattern.compile("<identifier>([^<]+)</identifier>");

	private static final Pattern ERROR = Pattern.compile("<error code=\"([a-zA-Z]+)\">([^<]*)</error>");

	private final List<Resource> resources = new ArrayList<>();

	/** The database side, over the list above in (updated_at, id) order. */
	private final HarvestQueries queries = new HarvestQueries() {

		@Override
		List<Resource> page(Criteria criteria, ResumptionTokens.Position after, int limit) {
			return resources.stream()
				.filter(r -> after == null || r.getUpdatedAt().isAfter(after.datestamp())
						|| (r.getUpdatedAt().equals(after.datestamp()) && r.getId() > after.id()))
				.filter(r -> criteria.from() == null || !r.getUpdatedAt().isBefore(criteria.from()))
				.filter(r -> criteria.until() == null || r.getUpdatedAt().isBefore(criteria.until()))
				.limit(limit)
				.toList();
		}

		@Override
		long count(Criteria criteria, int limit) {
			return Math.min(page(criteria, null, Integer.MAX_VALUE).size(), limit + 1);
		}

		@Override
		Optional<Resource> visible(long id) {
			return resources.stream().filter(r -> r.getId() == id).findFirst();
		}

		@Override
		Optional<Instant> earliest() {
			return resources.stream().map(Resource::getUpdatedAt).min(Comparator.naturalOrder());
		}

		@Override
		Map<Long, List<ResourceContent.FileRef>> currentFiles(java.util.Collection<Long> ids) {
			return Map.of();
		}
	};

	private OaiProvider provider(int countLimit) {
		var messages = LomRecordsUnitTests.messages();
		return new OaiProvider(queries, new HarvestSets(messages),
				new LomRecords(messages, LomRecordsUnitTests.FRAMEWORKS, LomRecordsUnitTests.ADDRESSES,
						LomRecordsUnitTests.SERVICE),
				new DublinCoreRecords(messages, LomRecordsUnitTests.ADDRESSES), LomRecordsUnitTests.ADDRESSES,
				new ResumptionTokens(new OaiProperties("a secret of at least thirty-two characters",
						Duration.ofHours(1), 100, countLimit)),
				new OaiProperties("", Duration.ofHours(1), 100, countLimit), LomRecordsUnitTests.SERVICE, messages);
	}

	private void resources(int count) {
		Instant first = Instant.parse("2025-01-01T00:00:00Z");
		for (int i = 1; i <= count; i++) {
			Resource resource = new Resource(1, LomRecordsUnitTests.minimal(ResourceType.EXERCISE), first);
			ReflectionTestUtils.setField(resource, "id", (long) i);
			ReflectionTestUtils.setField(resource, "status", i % 50 == 0 ? ResourceStatus.WITHDRAWN : ResourceStatus.PUBLISHED);
			ReflectionTestUtils.setField(resource, "publishedAt", first);
			// Three resources a second: pages end in the middle of a second.
			ReflectionTestUtils.setField(resource, "updatedAt", first.plusMillis(i * 333L));
			resources.add(resource);
		}
	}

	/** The response to the arguments, given as name, value, name, value…; a name given twice has two values. */
	private String respond(OaiProvider provider, String... arguments) {
		Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 1 < arguments.length; i += 2) {
			parameters.merge(arguments[i], new String[] { arguments[i + 1] },
					(a, b) -> java.util.stream.Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new));
		}
		String xml = new String(provider.respond(parameters), StandardCharsets.UTF_8);
		OfflineSchemas.validate(OfflineSchemas.oaiPmh(), xml);
		return xml;
	}

	@Test
	void aListTooLongToCountIsPagedWithoutItsSize() {
		resources(250);
		OaiProvider provider = provider(120);
		List<String> identifiers = new ArrayList<>();
		String page = respond(provider, "verb", "ListRecords", "metadataPrefix", "lom");
		int pages = 1;
		while (true) {
			Matcher ids = IDENTIFIER.matcher(page);
			while (ids.find()) {
				identifiers.add(ids.group(1));
			}
			Matcher token = TOKEN.matcher(page);
			if (!token.find()) {
				assertThat(page).containsPattern("<resumptionToken [^>]*cursor=\"200\"[^>]*/>")
					.doesNotContain("completeListSize");
				break;
			}
			assertThat(token.group(1)).doesNotContain("completeListSize").contains("cursor=").contains("expirationDate=");
			page = respond(provider, "verb", "ListRecords", "resumptionToken", token.group(2));
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(identifiers).hasSize(250).doesNotHaveDuplicates();
		assertThat(identifiers.get(0)).isEqualTo("oai:numedu.example.be:ressource/1");
	}

	@Test
	void aCountedListAnnouncesItsSize() {
		resources(150);
		String page = respond(provider(10_000), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");
		assertThat(page).contains("completeListSize=\"150\"").contains("status=\"deleted\"");
	}

	@Test
	void daysAndFutureUntilAreAccepted() {
		resources(10);
		String page = respond(provider(10_000), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from",
				"2025-01-01", "until", "2999-12-31");
		assertThat(page).doesNotContain("<error").contains("ressource/10<");
		assertThat(errors(respond(provider(10_000), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until",
				"2024-12-31"))).containsExactly("noRecordsMatch: Aucun enregistrement ne correspond à ces arguments.");
		// a from in the future lists nothing, not even what changes this very second
		Resource now = new Resource(1, LomRecordsUnitTests.minimal(ResourceType.EXERCISE), Instant.now());
		ReflectionTestUtils.setField(now, "id", 11L);
		ReflectionTestUtils.setField(now, "status", ResourceStatus.PUBLISHED);
		ReflectionTestUtils.setField(now, "updatedAt", Instant.now().plusMillis(1500));
		resources.add(now);
		assertThat(errors(respond(provider(10_000), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from",
				"2099-01-01T00:00:00Z"))).containsExactly("noRecordsMatch: Aucun enregistrement ne correspond à ces "
						+ "arguments.");
		// long before the first record (and before 1970, the earliest date XOAI is told of outside Identify): all
		assertThat(respond(provider(10_000), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from",
				"1900-01-01")).doesNotContain("<error").contains("ressource/10<");
		assertThat(respond(provider(10_000), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from",
				"2025-01-01T00:00:01Z", "until", "2025-01-01T00:00:01Z")).contains("ressource/4<")
			.contains("ressource/6<").doesNotContain("ressource/3<").doesNotContain("ressource/7<");
		assertThat(respond(provider(10_000), "verb", "Identify")).contains(
				"<earliestDatestamp>2025-01-01T00:00:00Z</earliestDatestamp>")
			.contains("<deletedRecord>persistent</deletedRecord>").contains("<granularity>YYYY-MM-DDThh:mm:ssZ");
	}

	@Test
	void badArgumentsAreSaidInFrenchUnderTheProtocolsCode() {
		resources(3);
		OaiProvider provider = provider(10_000);
		assertThat(errors(respond(provider, "verb", "ListRecords", "verb", "ListRecords", "metadataPrefix", "oai_dc")))
			.containsExactly("badVerb: L'argument verb figure 2 fois : une requête n'a qu'un verbe.");
		assertThat(errors(respond(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc", "metadataPrefix",
				"oai_dc"))).containsExactly(
						"badArgument: L'argument metadataPrefix figure 2 fois : chaque argument ne se donne qu'une fois.");
		assertThat(errors(respond(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc", "couleur", "bleu")))
			.containsExactly("badArgument: « couleur » n'est pas un argument du protocole OAI-PMH.");
		assertThat(errors(respond(provider, "verb", "Identify", "set", "discipline")))
			.containsExactly("badArgument: L'argument set n'est pas admis avec le verbe Identify.");
		assertThat(errors(respond(provider, "verb", "ListIdentifiers", "set", "discipline")))
			.containsExactly("badArgument: L'argument metadataPrefix est obligatoire avec le verbe ListIdentifiers.");
		assertThat(errors(respond(provider, "verb", "GetRecord"))).containsExactly(
				"badArgument: L'argument identifier est obligatoire avec le verbe GetRecord.",
				"badArgument: L'argument metadataPrefix est obligatoire avec le verbe GetRecord.");
		assertThat(errors(respond(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2025-01-02",
				"until", "2025-01-01"))).containsExactly(
						"badArgument: La date from (2025-01-02) est postérieure à la date until (2025-01-01).");
		assertThat(errors(respond(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from",
				"2025-01-01T00:00:02Z", "until", "2025-01-01T00:00:01Z"))).containsExactly(
						"badArgument: La date from (2025-01-01T00:00:02Z) est postérieure à la date until "
								+ "(2025-01-01T00:00:01Z).");
		assertThat(errors(respond(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2025-01-01",
				"until", "2025-06-01T00:00:00Z"))).containsExactly("badArgument: from et until n'ont pas la même "
						+ "granularité : donnez deux jours (AAAA-MM-JJ) ou deux instants à la seconde (AAAA-MM-JJThh:mm:ssZ).");
		for (String zoned : new String[] { "2025-01-01T10:00:00+01:00", "2025-01-01T10:00:00 01:00",
				"2025-01-01T10:00:00", "2025-01-01T10:00:00z", "2025-01-01T10:00:00-0500" }) {
			assertThat(errors(respond(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", zoned)))
				.as(zoned).containsExactly("badArgument: « " + zoned + " » (from) n'est pas en temps universel : écrivez "
						+ "l'heure UTC suivie de Z, par exemple 2025-03-01T08:00:00Z, ou un jour seul (AAAA-MM-JJ).");
		}
		for (String notADate : new String[] { "hier", "2025-02-30", "2025-1-1", "2025-01-01T10:00:00.000Z", "" }) {
			assertThat(errors(respond(provider, "verb", "ListRecords", "metadataPrefix", "oai_dc", "until", notADate)))
				.as(notADate).containsExactly("badArgument: « " + notADate + " » (until) n'est pas une date : écrivez "
						+ "AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ssZ.");
		}
		assertThat(errors(respond(provider, "verb", "ListRecords", "resumptionToken", "x", "set", "discipline")))
			.containsExactly("badArgument: Un resumptionToken s'envoie seul avec le verbe : le jeton porte déjà les "
					+ "autres arguments de la moisson.");
		// several problems, each said
		assertThat(errors(respond(provider, "verb", "ListRecords", "from", "demain", "langue", "fr"))).containsExactly(
				"badArgument: « langue » n'est pas un argument du protocole OAI-PMH.",
				"badArgument: L'argument metadataPrefix est obligatoire avec le verbe ListRecords.",
				"badArgument: « demain » (from) n'est pas une date : écrivez AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ssZ.");
	}

	@Test
	void refusedTokensSayWhyInFrench() {
		resources(250);
		Instant now = Instant.now();
		ResumptionTokens tokens = new ResumptionTokens(
				"a secret of at least thirty-two characters".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1),
				java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
		ResumptionToken.Value value = new ResumptionToken.ValueBuilder().withOffset(100).withMetadataPrefix("lom")
			.build();
		ResumptionTokens.Position position = new ResumptionTokens.Position(Instant.parse("2025-01-01T00:00:33.300Z"),
				100);
		OaiProvider provider = provider(10_000);
		String expired = tokens.sign(new ResumptionTokens.State("ListRecords", value, position, 250, now.minusSeconds(1)));
		assertThat(errors(respond(provider, "verb", "ListRecords", "resumptionToken", expired))).containsExactly(
				"badResumptionToken: Ce jeton de reprise a expiré : reprenez la moisson, à partir de la date de la "
						+ "dernière moisson complète (from).");
		String identifiers = tokens.sign(new ResumptionTokens.State("ListIdentifiers", value, position, 250,
				now.plusSeconds(60)));
		assertThat(errors(respond(provider, "verb", "ListRecords", "resumptionToken", identifiers))).containsExactly(
				"badResumptionToken: Ce jeton de reprise poursuit une requête ListIdentifiers, pas ListRecords : "
						+ "renvoyez-le avec le verbe ListIdentifiers.");
		String past = tokens.sign(new ResumptionTokens.State("ListRecords", value,
				new ResumptionTokens.Position(Instant.parse("2999-01-01T00:00:00Z"), 1), 250, now.plusSeconds(60)));
		assertThat(errors(respond(provider, "verb", "ListRecords", "resumptionToken", past))).containsExactly(
				"badResumptionToken: Ce jeton de reprise ne désigne plus de position dans la liste : reprenez la "
						+ "moisson au début.");
		String good = tokens.sign(new ResumptionTokens.State("ListRecords", value, position, 250, now.plusSeconds(60)));
		assertThat(errors(respond(provider, "verb", "ListRecords", "resumptionToken", good))).isEmpty();
		assertThat(errors(respond(provider, "verb", "ListRecords", "resumptionToken", good.replace('.', '-') + ".AAAA")))
			.containsExactly("badResumptionToken: Ce jeton de reprise n'a pas été délivré par ce dépôt, ou il a été "
					+ "modifié : reprenez la moisson au début.");
		assertThat(errors(respond(provider, "verb", "ListRecords", "resumptionToken", " ")))
			.containsExactly("badResumptionToken: Le jeton de reprise est vide.");
	}

	/** The response's errors, as "code: message". */
	static List<String> errors(String response) {
		List<String> errors = new ArrayList<>();
		Matcher matcher = ERROR.matcher(response);
		while (matcher.find()) {
			errors.add(matcher.group(1) + ": " + matcher.group(2).replace("&apos;", "'").replace("&quot;", "\"")
				.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
		}
		return errors;
	}
}
