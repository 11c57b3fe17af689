package be.numedu.resources.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The provider over resources held in memory: lists too long to count are paged without a {@code completeListSize},
 * dates given as days are accepted, and every response is valid OAI-PMH.
 */
class OaiProviderUnitTests {

	private static final Pattern TOKEN = Pattern.compile("<resumptionToken([^>]*)>([^<]+)</resumptionToken>");

	private static final Pattern IDENTIFIER = Pattern.compile("<identifier>([^<]+)</identifier>");

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
				new OaiProperties("", Duration.ofHours(1), 100, countLimit), LomRecordsUnitTests.SERVICE);
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

	private String respond(OaiProvider provider, String... arguments) {
		Map<String, String[]> parameters = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 1 < arguments.length; i += 2) {
			parameters.put(arguments[i], new String[] { arguments[i + 1] });
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
		assertThat(respond(provider(10_000), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until",
				"2024-12-31")).contains("noRecordsMatch");
		assertThat(respond(provider(10_000), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from",
				"2025-01-01T00:00:01Z", "until", "2025-01-01T00:00:01Z")).contains("ressource/4<")
			.contains("ressource/6<").doesNotContain("ressource/3<").doesNotContain("ressource/7<");
		assertThat(respond(provider(10_000), "verb", "Identify")).contains(
				"<earliestDatestamp>2025-01-01T00:00:00Z</earliestDatestamp>")
			.contains("<deletedRecord>persistent</deletedRecord>").contains("<granularity>YYYY-MM-DDThh:mm:ssZ");
	}
}
