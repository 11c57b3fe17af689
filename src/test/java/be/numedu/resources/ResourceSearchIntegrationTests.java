package be.numedu.resources;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.search.ResourceSearch;
import be.numedu.resources.search.ResourceSearch.Dimension;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The catalogue's search in French through the real Lucene index: accents, elisions and inflections, facets with
 * counts that ignore their own selection, only published resources, open resources first among equals, highlighted
 * matches that carry no markup, and spelling suggestions drawn from the catalogue's words.
 */
@NumeduTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourceSearchIntegrationTests {

	@Autowired
	ResourceSamples samples;

	@Autowired
	ResourceSearch search;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long eleves;

	long fractions;

	long draft;

	@BeforeAll
	void catalogue() {
		eleves = samples.published(Persona.TEACHER, ResourceSamples.content("Les élèves racontent l'hippopotame",
				"Un atelier d'écriture où chaque élève invente la suite d'un conte zorglubien."));
		ResourceContent maths = ResourceSamples.content("Fractions au quotidien zorglubien",
				"Partager des pizzas pour comprendre les fractions.");
		fractions = samples.published(Persona.HEAD, new ResourceContent(maths.title(), maths.summary(),
				maths.description(), maths.type(), new TreeSet<>(Set.of(SchoolYear.P5, SchoolYear.S1)),
				new TreeSet<>(Set.of(Discipline.MATHEMATIQUES)), "fr", maths.authors(), maths.publisher(),
				Licence.CC_BY_ND, maths.url(), 45, maths.audiences(), null, null, null, null, null, null, null,
				List.of("partage"), maths.provenance(), List.of()));
		draft = samples.draft(Persona.TEACHER, ResourceSamples.content("Brouillon zorglubien secret",
				"Un brouillon que personne ne doit trouver."));
	}

	@Test
	void wordsAreFoundWhateverTheirAccentsAndEndings() {
		assertThat(ids("eleves")).contains(eleves);
		assertThat(ids("ÉLÈVE")).contains(eleves);
		assertThat(ids("fraction")).contains(fractions);
		assertThat(ids("hippopotames")).contains(eleves);
		// the elided article of "l'hippopotame" does not hide the word
		assertThat(ids("l'hippopotame")).contains(eleves);
	}

	@Test
	void draftsAreNeverFound() {
		assertThat(ids("zorglubien")).contains(eleves, fractions).doesNotContain(draft);
		assertThat(ids("brouillon secret")).isEmpty();
	}

	@Test
	void facetsCountAndFilterAndIgnoreTheirOwnSelection() {
		ResourceSearch.Hits all = search.search(new ResourceSearch.Query("zorglubien", Map.of(), false, null, 0, 20));
		assertThat(all.counts().get(Dimension.DISCIPLINE)).containsEntry("FLA", 1L).containsEntry("MATHEMATIQUES", 1L);
		assertThat(all.counts().get(Dimension.STAGE)).containsEntry("PRIMAIRE", 2L).containsEntry("SECONDAIRE_INFERIEUR", 1L);
		assertThat(all.counts().get(Dimension.DOMAIN)).containsEntry("LANGUES", 1L);

		ResourceSearch.Hits maths = search.search(new ResourceSearch.Query("zorglubien",
				Map.of(Dimension.DISCIPLINE, Set.of("MATHEMATIQUES")), false, null, 0, 20));
		assertThat(maths.hits()).extracting(ResourceSearch.Hit::id).containsExactly(fractions);
		// the discipline facet still shows the other discipline, with its count
		assertThat(maths.counts().get(Dimension.DISCIPLINE)).containsEntry("FLA", 1L);
		// other facets follow the filter
		assertThat(maths.counts().get(Dimension.STAGE)).containsOnly(Map.entry("SECONDAIRE_INFERIEUR", 1L),
				Map.entry("PRIMAIRE", 1L));
		assertThat(maths.total()).isEqualTo(1);
	}

	@Test
	void twoTickedDimensionsEachIgnoreOnlyTheirOwn() {
		ResourceSearch.Hits both = search.search(new ResourceSearch.Query("zorglubien",
				Map.of(Dimension.DISCIPLINE, Set.of("MATHEMATIQUES"), Dimension.STAGE, Set.of("PRIMAIRE")), false, null,
				0, 20));
		assertThat(both.total()).isEqualTo(1);
		assertThat(both.hits()).extracting(ResourceSearch.Hit::id).containsExactly(fractions);
		// disciplines among the primaire ones, stages among the mathematics ones
		assertThat(both.counts().get(Dimension.DISCIPLINE)).containsOnly(Map.entry("FLA", 1L),
				Map.entry("MATHEMATIQUES", 1L));
		assertThat(both.counts().get(Dimension.STAGE)).containsOnly(Map.entry("PRIMAIRE", 1L),
				Map.entry("SECONDAIRE_INFERIEUR", 1L));
		assertThat(both.counts().get(Dimension.LICENCE)).containsOnly(Map.entry("CC_BY_ND", 1L));
	}

	@Test
	void openResourcesOnlyWhenAsked() {
		ResourceSearch.Hits open = search.search(new ResourceSearch.Query("zorglubien", Map.of(), true, null, 0, 20));
		assertThat(open.hits()).extracting(ResourceSearch.Hit::id).contains(eleves).doesNotContain(fractions);
	}

	@Test
	void matchesAreMarkedAsPiecesOfText() {
		ResourceSearch.Hit hit = search.search(ResourceSearch.Query.text("hippopotame")).hits().stream()
			.filter(h -> h.id() == eleves).findFirst().orElseThrow();
		assertThat(hit.titleFragments()).anySatisfy(f -> {
			assertThat(f.marked()).isTrue();
			// the elided article belongs to the word's token, and is marked with it
			assertThat(f.text()).containsIgnoringCase("hippopotame");
		});
		assertThat(String.join("", hit.titleFragments().stream().map(ResourceSearch.Fragment::text).toList()))
			.isEqualTo("Les élèves racontent l'hippopotame");
	}

	@Test
	void aMisspeltQueryGetsASuggestionFromTheCatalogue() {
		assertThat(search.search(ResourceSearch.Query.text("hippopotane")).suggestion()).isEqualTo("hippopotame");
		// a doubled letter left out is forgiven by the French stemmer: found, so nothing to suggest
		ResourceSearch.Hits forgiven = search.search(ResourceSearch.Query.text("hipopotame"));
		assertThat(forgiven.hits()).extracting(ResourceSearch.Hit::id).contains(eleves);
		assertThat(forgiven.suggestion()).isNull();
		// words of drafts are never suggested
		assertThat(search.search(ResourceSearch.Query.text("brouilon")).suggestion()).isNull();
	}

	@Test
	void theFirstWordOfATitleIsMarkedLikeAnyOther() {
		ResourceSearch.Hit hit = search.search(ResourceSearch.Query.text("fractions")).hits().stream()
			.filter(h -> h.id() == fractions).findFirst().orElseThrow();
		assertThat(hit.titleFragments().get(0)).isEqualTo(new ResourceSearch.Fragment("Fractions", true));
		assertThat(hit.titleFragments()).noneSatisfy(f -> assertThat(f.text()).containsAnyOf("\u0002", "\u0003"));
		assertThat(hit.summaryFragments()).anySatisfy(f -> assertThat(f).isEqualTo(new ResourceSearch.Fragment("fractions", true)));
		// without words, nothing is marked and texts come whole
		ResourceSearch.Hit browsed = search.search(new ResourceSearch.Query("", Map.of(), false, null, 0, 100)).hits()
			.stream().filter(h -> h.id() == fractions).findFirst().orElseThrow();
		assertThat(browsed.titleFragments()).containsExactly(new ResourceSearch.Fragment("Fractions au quotidien zorglubien", false));
	}

	@Test
	void ordersAreThoseHibernateSearchWouldGive() {
		List<Long> quokkas = new ArrayList<>();
		for (String title : List.of("Quokka des îles", "Zèbre et quokka", "abeilles et quokka", "Éléphant et quokka")) {
			quokkas.add(samples.published(Persona.TEACHER, ResourceSamples.content(title, "Le quokka sourit.")));
		}
		catalogue.rank(quokkas.get(0), 0.4, 2);
		catalogue.rank(quokkas.get(1), 0.9, 3);
		catalogue.rank(quokkas.get(2), 0.1, 1);
		for (ResourceSearch.Order order : List.of(ResourceSearch.Order.RECENT, ResourceSearch.Order.EVALUATION,
				ResourceSearch.Order.TITLE)) {
			List<Long> ours = search.search(new ResourceSearch.Query("quokka", Map.of(), false, order, 0, 20)).hits()
				.stream().map(ResourceSearch.Hit::id).toList();
			List<Long> theirs = transactions.execute(status -> Search.session(entityManager).search(Resource.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.bool().must(f.match().field("title").matching("quokka"))
					.filter(f.match().field("status").matching("PUBLISHED", ValueModel.INDEX)))
				.sort(f -> switch (order) {
					case RECENT -> f.field("publishedAt").desc().then().score();
					case EVALUATION -> f.field("ranking").desc().then().score();
					default -> f.field("title_sort");
				})
				.fetchHits(20));
			assertThat(ours).as(order.name()).containsExactlyElementsOf(theirs).hasSize(4);
		}
		assertThat(search.search(new ResourceSearch.Query("quokka", Map.of(), false, ResourceSearch.Order.TITLE, 0, 20))
			.hits()).extracting(ResourceSearch.Hit::title)
			.containsExactly("abeilles et quokka", "Éléphant et quokka", "Quokka des îles", "Zèbre et quokka");
	}

	@Test
	void theOpeningCatalogueCountsFollowEveryChange() {
		ResourceSearch.Query opening = new ResourceSearch.Query("", Map.of(), false, null, 0, 20);
		ResourceSearch.Hits before = search.search(opening);
		// asked again with nothing changed: the same counts
		assertThat(search.search(opening).counts()).isEqualTo(before.counts());
		long added = samples.published(Persona.TEACHER, ResourceSamples.content("Une ressource de plus",
				"Elle change les comptes du catalogue."));
		ResourceSearch.Hits after = search.search(opening);
		assertThat(after.total()).isEqualTo(before.total() + 1);
		assertThat(after.hits()).extracting(ResourceSearch.Hit::id).first().isEqualTo(added);
		long languages = before.counts().get(Dimension.LANGUAGE).getOrDefault("fr", 0L);
		assertThat(after.counts().get(Dimension.LANGUAGE)).containsEntry("fr", languages + 1);
	}

	@Test
	void everyDimensionCountsThePublishedResourcesOnly() {
		published("Pangolinade en classe", "Un film.", "", ResourceType.VIDEO, Set.of(SchoolYear.P1, SchoolYear.P2),
				Set.of(Discipline.FLA), "fr", Licence.CC_BY, Set.of(Audience.ENSEIGNANT, Audience.ELEVE),
				Set.of(AccessibilityFeature.ALTERNATIVE_TEXT, AccessibilityFeature.HIGH_CONTRAST),
				Set.of(Accommodation.TROUBLES_DYS), Set.of("digcomp-2.2:1.1"), Provenance.CRP);
		published("Pangolinade au jardin", "Un jeu.", "", ResourceType.GAME, Set.of(SchoolYear.P2, SchoolYear.S1),
				Set.of(Discipline.MATHEMATIQUES, Discipline.FLA), "nl", Licence.CC_BY_ND, Set.of(Audience.ELEVE),
				Set.of(AccessibilityFeature.ALTERNATIVE_TEXT), Set.of(Accommodation.TROUBLES_DYS, Accommodation.TDAH),
				Set.of("digcomp-2.2:1.1", "digcomp-2.2:3.2"), Provenance.COMMUNAUTE);
		published("Pangolinade du soir", "Un autre film.", "", ResourceType.VIDEO, Set.of(SchoolYear.S4),
				Set.of(Discipline.SCIENCES), "fr", Licence.CC0, Set.of(Audience.PARENT), Set.of(), Set.of(), Set.of(),
				Provenance.CRP);
		// a draft with values no published resource holds: none of them is ever counted
		samples.draft(Persona.TEACHER, content("Pangolinade secrète", "Un brouillon.", "", ResourceType.AUDIO,
				Set.of(SchoolYear.M1), Set.of(Discipline.FLA), "de", Licence.PUBLIC_DOMAIN, Set.of(Audience.PARENT),
				Set.of(AccessibilityFeature.AUDIO_DESCRIPTION), Set.of(Accommodation.TSA), Set.of("digcomp-2.2:3.2"),
				Provenance.RTBF_SONUMA));

		ResourceSearch.Hits all = search.search(ResourceSearch.Query.text("pangolinade"));
		assertThat(all.total()).isEqualTo(3);
		Map<Dimension, Map<String, Long>> counts = all.counts();
		assertThat(counts.get(Dimension.TYPE)).containsOnly(Map.entry("VIDEO", 2L), Map.entry("GAME", 1L));
		assertThat(counts.get(Dimension.YEAR)).containsOnly(Map.entry("P1", 1L), Map.entry("P2", 2L),
				Map.entry("S1", 1L), Map.entry("S4", 1L));
		assertThat(counts.get(Dimension.STAGE)).containsOnly(Map.entry("PRIMAIRE", 2L),
				Map.entry("SECONDAIRE_INFERIEUR", 1L), Map.entry("SECONDAIRE_SUPERIEUR", 1L));
		assertThat(counts.get(Dimension.DISCIPLINE)).containsOnly(Map.entry("FLA", 2L), Map.entry("MATHEMATIQUES", 1L),
				Map.entry("SCIENCES", 1L));
		// mathematics and sciences are one domain: a resource counts once for it
		assertThat(counts.get(Dimension.DOMAIN)).containsOnly(Map.entry("LANGUES", 2L),
				Map.entry("MATHEMATIQUES_SCIENCES_TECHNIQUES", 2L));
		assertThat(counts.get(Dimension.LICENCE)).containsOnly(Map.entry("CC_BY", 1L), Map.entry("CC_BY_ND", 1L),
				Map.entry("CC0", 1L));
		assertThat(counts.get(Dimension.AUDIENCE)).containsOnly(Map.entry("ENSEIGNANT", 1L), Map.entry("ELEVE", 2L),
				Map.entry("PARENT", 1L));
		assertThat(counts.get(Dimension.ACCESSIBILITY)).containsOnly(Map.entry("ALTERNATIVE_TEXT", 2L),
				Map.entry("HIGH_CONTRAST", 1L));
		assertThat(counts.get(Dimension.ACCOMMODATION)).containsOnly(Map.entry("TROUBLES_DYS", 2L),
				Map.entry("TDAH", 1L));
		assertThat(counts.get(Dimension.COMPETENCE)).containsOnly(Map.entry("digcomp-2.2:1.1", 2L),
				Map.entry("digcomp-2.2:3.2", 1L));
		assertThat(counts.get(Dimension.LANGUAGE)).containsOnly(Map.entry("fr", 2L), Map.entry("nl", 1L));
		assertThat(counts.get(Dimension.PROVENANCE)).containsOnly(Map.entry("CRP", 2L), Map.entry("COMMUNAUTE", 1L));

		// one of these dimensions ticked: its counts ignore it, the others follow it
		ResourceSearch.Hits videos = search.search(new ResourceSearch.Query("pangolinade",
				Map.of(Dimension.TYPE, Set.of("VIDEO")), false, null, 0, 20));
		assertThat(videos.total()).isEqualTo(2);
		assertThat(videos.counts().get(Dimension.TYPE)).containsOnly(Map.entry("VIDEO", 2L), Map.entry("GAME", 1L));
		assertThat(videos.counts().get(Dimension.AUDIENCE)).containsOnly(Map.entry("ENSEIGNANT", 1L),
				Map.entry("ELEVE", 1L), Map.entry("PARENT", 1L));
		assertThat(videos.counts().get(Dimension.COMPETENCE)).containsOnly(Map.entry("digcomp-2.2:1.1", 1L));
		// two ticked: each counted among the other's
		ResourceSearch.Hits both = search.search(new ResourceSearch.Query("pangolinade", Map.of(Dimension.TYPE,
				Set.of("VIDEO"), Dimension.ACCESSIBILITY, Set.of("ALTERNATIVE_TEXT")), false, null, 0, 20));
		assertThat(both.total()).isEqualTo(1);
		assertThat(both.counts().get(Dimension.TYPE)).containsOnly(Map.entry("VIDEO", 1L), Map.entry("GAME", 1L));
		assertThat(both.counts().get(Dimension.ACCESSIBILITY)).containsOnly(Map.entry("ALTERNATIVE_TEXT", 1L),
				Map.entry("HIGH_CONTRAST", 1L));
		assertThat(both.counts().get(Dimension.ACCOMMODATION)).containsOnly(Map.entry("TROUBLES_DYS", 1L));
	}

	@Test
	void relevancePutsTitlesFirstAndOpenResourcesFirstAmongEquals() {
		// published oldest first: the newer, and open, resource would come first if the title weighed nothing
		long inTitle = published("Brontoclavier pour tous", "Un instrument de classe.", "Rien de plus.",
				ResourceType.EXERCISE, Set.of(SchoolYear.P3), Set.of(Discipline.FLA), "fr",
				Licence.ALL_RIGHTS_RESERVED_EDUCATIONAL, Set.of(Audience.ENSEIGNANT), Set.of(), Set.of(), Set.of(),
				Provenance.COMMUNAUTE);
		long inDescription = published("Un instrument de classe", "Pour jouer ensemble.",
				"On y joue du brontoclavier.", ResourceType.EXERCISE, Set.of(SchoolYear.P3), Set.of(Discipline.FLA), "fr",
				Licence.CC_BY, Set.of(Audience.ENSEIGNANT), Set.of(), Set.of(), Set.of(), Provenance.COMMUNAUTE);
		// the same texts, the closed one published last: only its licence puts the open one first
		long open = published("Accorder un instrument", "Le brontoclavier se règle.", "Rien de plus.",
				ResourceType.EXERCISE, Set.of(SchoolYear.P3), Set.of(Discipline.FLA), "fr", Licence.CC_BY,
				Set.of(Audience.ENSEIGNANT), Set.of(), Set.of(), Set.of(), Provenance.COMMUNAUTE);
		long closed = published("Accorder un instrument", "Le brontoclavier se règle.", "Rien de plus.",
				ResourceType.EXERCISE, Set.of(SchoolYear.P3), Set.of(Discipline.FLA), "fr", Licence.CC_BY_ND,
				Set.of(Audience.ENSEIGNANT), Set.of(), Set.of(), Set.of(), Provenance.COMMUNAUTE);

		List<Long> ranked = ids("brontoclavier");
		assertThat(ranked).containsExactlyInAnyOrder(inTitle, inDescription, open, closed);
		assertThat(ranked.get(0)).isEqualTo(inTitle);
		assertThat(ranked.indexOf(inTitle)).isLessThan(ranked.indexOf(inDescription));
		assertThat(ranked.indexOf(open)).isLessThan(ranked.indexOf(closed));
		// by date instead, the newest first, whatever the licence
		List<Long> recent = search.search(new ResourceSearch.Query("brontoclavier", Map.of(), false,
				ResourceSearch.Order.RECENT, 0, 20)).hits().stream().map(ResourceSearch.Hit::id).toList();
		assertThat(recent).containsExactly(closed, open, inDescription, inTitle);
	}

	@Test
	void pagesFollowOneAnotherWithoutOverlap() throws Exception {
		for (int i = 1; i <= 5; i++) {
			samples.published(Persona.TEACHER, ResourceSamples.content("Tatouinerie numéro " + i, "Une de plus."));
		}
		ResourceSearch.Hits whole = page("tatouinerie", 0, 5);
		ResourceSearch.Hits first = page("tatouinerie", 0, 2);
		ResourceSearch.Hits second = page("tatouinerie", 1, 2);
		ResourceSearch.Hits third = page("tatouinerie", 2, 2);
		assertThat(List.of(first.total(), second.total(), third.total())).containsOnly(5L);
		assertThat(first.pageCount()).isEqualTo(3);
		assertThat(ids(second)).hasSize(2).doesNotContainAnyElementsOf(ids(first));
		List<Long> paged = new ArrayList<>(ids(first));
		paged.addAll(ids(second));
		paged.addAll(ids(third));
		assertThat(paged).containsExactlyElementsOf(ids(whole)).hasSize(5);
		assertThat(second.page()).isEqualTo(1);
		assertThat(second.pastTheEnd()).isFalse();
		// one page past the last: no results, said so, with the same total
		ResourceSearch.Hits past = page("tatouinerie", 3, 2);
		assertThat(past.hits()).isEmpty();
		assertThat(past.pastTheEnd()).isTrue();
		assertThat(past.total()).isEqualTo(5);
		assertThat(past.page()).isEqualTo(3);
		// the page says it too, with the way back, and no paging that numbers it as another
		String page = html(get("/ressources?q=tatouinerie&page=2"));
		assertThat(page).contains("Cette page n&#39;existe pas : les résultats tiennent en 1 page.")
			.contains("href=\"/ressources?q=tatouinerie&amp;page=1\"").doesNotContain("Page 2 sur")
			.doesNotContain("<mark>Tatouinerie</mark>");
		assertThat(html(get("/ressources?q=tatouinerie"))).doesNotContain("Cette page n&#39;existe pas")
			.contains("<mark>Tatouinerie</mark>");
	}

	@Test
	void onlyTheFirstTenThousandResultsCanBeBrowsedAndThePagesSaySo() throws Exception {
		// 10,001 published resources, written as a bulk import would and indexed, then taken away
		long owner = samples.person(Persona.TEACHER).id();
		Instant start = Instant.parse("2020-01-01T08:00:00Z");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 1; i <= 10_001; i++) {
			Timestamp at = Timestamp.from(start.plusSeconds(i));
			rows.add(new Object[] { owner, "Okapinade " + i, "Une fiche parmi beaucoup.", at, at, at });
		}
		jdbc.batchUpdate("insert into resource (status, owner_id, title, summary, type, years, disciplines, language,"
				+ " licence, audiences, provenance, content_version, created_at, updated_at, published_at) values"
				+ " ('PUBLISHED', ?, ?, ?, 'EXERCISE', '|P3|', '|FLA|', 'fr', 'CC_BY', '|ENSEIGNANT|', 'COMMUNAUTE', 1,"
				+ " ?, ?, ?)", rows);
		List<Long> many = jdbc.queryForList("select id from resource where title like 'Okapinade %' order by id",
				Long.class);
		try {
			index(many, true);
			ResourceSearch.Hits hits = search.search(new ResourceSearch.Query("okapinade", Map.of(), false,
					ResourceSearch.Order.RECENT, 0, 20));
			// the total stays exact; the pages stop at the first 10,000
			assertThat(hits.total()).isEqualTo(10_001);
			assertThat(hits.pageCount()).isEqualTo(500);
			assertThat(hits.browsable()).isEqualTo(10_000);
			assertThat(hits.capped()).isTrue();
			ResourceSearch.Hits last = search.search(new ResourceSearch.Query("okapinade", Map.of(), false,
					ResourceSearch.Order.RECENT, 499, 20));
			assertThat(last.hits()).hasSize(20);
			assertThat(last.pastTheEnd()).isFalse();
			ResourceSearch.Hits beyond = search.search(new ResourceSearch.Query("okapinade", Map.of(), false,
					ResourceSearch.Order.RECENT, 599, 20));
			assertThat(beyond.hits()).isEmpty();
			assertThat(beyond.pastTheEnd()).isTrue();
			assertThat(beyond.page()).isEqualTo(599);
			assertThat(beyond.total()).isEqualTo(10_001);
			// 30 a page: the 334th page holds the 9,991st to the 10,000th newest, and no more
			ResourceSearch.Hits thirties = search.search(new ResourceSearch.Query("okapinade", Map.of(), false,
					ResourceSearch.Order.RECENT, 333, 30));
			assertThat(thirties.pageCount()).isEqualTo(334);
			assertThat(thirties.hits()).extracting(ResourceSearch.Hit::title).hasSize(10).first()
				.isEqualTo("Okapinade 11");
			assertThat(thirties.hits()).extracting(ResourceSearch.Hit::title).last().isEqualTo("Okapinade 2");

			String api = json(get("/api/ressources").param("q", "okapinade"), 200);
			assertThat(JsonPath.<Integer>read(api, "$.total")).isEqualTo(10_001);
			assertThat(JsonPath.<Integer>read(api, "$.pages")).isEqualTo(500);
			assertThat(JsonPath.<Integer>read(api, "$.parcourables")).isEqualTo(10_000);
			assertThat(JsonPath.<String>read(api, "$.remarque")).contains("premières ressources peuvent être parcourues")
				.contains("précisez la recherche");
			assertThat(JsonPath.<List<?>>read(json(get("/api/ressources").param("q", "okapinade").param("page", "500"),
					200), "$.resultats")).hasSize(20);
			assertThat(JsonPath.<String>read(json(get("/api/ressources").param("q", "okapinade").param("page", "501"),
					404), "$.detail")).startsWith("Cette page n'existe pas : seules les 500 premières pages");
			assertThat(JsonPath.<Integer>read(json(get("/api/ressources").param("q", "okapinade").param("taille", "100"),
					200), "$.pages")).isEqualTo(100);

			String html = html(get("/ressources?q=okapinade"));
			assertThat(html).contains("Page 1 sur 500").contains("premières ressources peuvent être parcourues")
				.contains("<mark>Okapinade</mark>");
			String past = html(get("/ressources?q=okapinade&page=600"));
			assertThat(past).contains("Cette page n&#39;existe pas : seules les 500 premières pages")
				.contains("href=\"/ressources?q=okapinade&amp;page=500\"").doesNotContain("Page 600 sur")
				.doesNotContain("<mark>Okapinade</mark>");
		}
		finally {
			index(many, false);
			jdbc.update("delete from resource where title like 'Okapinade %'");
		}
		assertThat(search.search(ResourceSearch.Query.text("okapinade")).total()).isZero();
	}

	@Test
	void theApiFiltersSortsPagesAndCountsAsThePageDoes() throws Exception {
		long first = published("Wombatique en images", "Une vidéo.", "", ResourceType.VIDEO, Set.of(SchoolYear.P3),
				Set.of(Discipline.FLA), "fr", Licence.CC_BY, Set.of(Audience.ENSEIGNANT), Set.of(), Set.of(), Set.of(),
				Provenance.COMMUNAUTE);
		long second = published("Calculs du marsupial", "Des exercices wombatiques.", "", ResourceType.EXERCISE,
				Set.of(SchoolYear.S1), Set.of(Discipline.MATHEMATIQUES), "fr", Licence.CC_BY_ND,
				Set.of(Audience.ENSEIGNANT), Set.of(), Set.of(), Set.of(), Provenance.COMMUNAUTE);
		long third = published("Atelier du terrier", "Une lecture wombatique.", "", ResourceType.EXERCISE,
				Set.of(SchoolYear.S4), Set.of(Discipline.FLA), "fr", Licence.CC0, Set.of(Audience.ENSEIGNANT),
				Set.of(), Set.of(), Set.of(), Provenance.COMMUNAUTE);
		catalogue.rank(second, 0.9, 4);
		catalogue.rank(first, 0.5, 2);

		String all = json(get("/api/ressources").param("q", "wombatique"), 200);
		assertThat(JsonPath.<Integer>read(all, "$.total")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(all, "$.page")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(all, "$.pages")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(all, "$.taille")).isEqualTo(20);
		assertThat(JsonPath.<Integer>read(all, "$.parcourables")).isEqualTo(3);
		assertThat(JsonPath.<Object>read(all, "$")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.doesNotContainKey("remarque");
		assertThat(JsonPath.<String>read(all, "$.tri")).isEqualTo("pertinence");
		// the title's match first
		assertThat(apiIds(all).get(0)).isEqualTo(first);
		assertThat(JsonPath.<Map<String, Integer>>read(all, "$.facettes.licence")).containsOnly(Map.entry("CC_BY", 1),
				Map.entry("CC_BY_ND", 1), Map.entry("CC0", 1));
		assertThat(JsonPath.<Map<String, Integer>>read(all, "$.facettes.type")).containsOnly(Map.entry("VIDEO", 1),
				Map.entry("EXERCISE", 2));
		assertThat(JsonPath.<Map<String, Integer>>read(all, "$.facettes.etape")).containsOnly(
				Map.entry("PRIMAIRE", 1), Map.entry("SECONDAIRE_INFERIEUR", 1), Map.entry("SECONDAIRE_SUPERIEUR", 1));
		// each discipline's count is the number of results of the page that have it
		Map<String, Integer> disciplines = JsonPath.read(all, "$.facettes.discipline");
		assertThat(disciplines).containsOnly(Map.entry("FLA", 2), Map.entry("MATHEMATIQUES", 1));
		List<List<String>> perResult = JsonPath.read(all, "$.resultats[*].disciplines");
		disciplines.forEach((code, count) -> assertThat(perResult.stream().filter(d -> d.contains(code)))
			.as(code).hasSize(count));

		// filters: a discipline (whose own counts still show the other), a stage, two licences, open ones only
		String fla = json(get("/api/ressources").param("q", "wombatique").param("discipline", "FLA"), 200);
		assertThat(apiIds(fla)).containsExactlyInAnyOrder(first, third);
		assertThat(JsonPath.<Map<String, Integer>>read(fla, "$.facettes.discipline")).containsOnly(
				Map.entry("FLA", 2), Map.entry("MATHEMATIQUES", 1));
		assertThat(JsonPath.<Map<String, Integer>>read(fla, "$.facettes.licence")).containsOnly(Map.entry("CC_BY", 1),
				Map.entry("CC0", 1));
		assertThat(apiIds(json(get("/api/ressources").param("q", "wombatique").param("etape", "SECONDAIRE_INFERIEUR"),
				200))).containsExactly(second);
		assertThat(apiIds(json(get("/api/ressources").param("q", "wombatique").param("licence", "CC_BY", "CC0"), 200)))
			.containsExactlyInAnyOrder(first, third);
		assertThat(apiIds(json(get("/api/ressources").param("q", "wombatique").param("rel", "oui"), 200)))
			.containsExactlyInAnyOrder(first, third);
		assertThat(apiIds(json(get("/api/ressources").param("q", "wombatique").param("rel", "non"), 200)))
			.hasSize(3);

		// each order
		assertThat(apiIds(json(get("/api/ressources").param("q", "wombatique").param("tri", "recent"), 200)))
			.containsExactly(third, second, first);
		assertThat(apiIds(json(get("/api/ressources").param("q", "wombatique").param("tri", "evaluation"), 200)))
			.containsExactly(second, first, third);
		String byTitle = json(get("/api/ressources").param("q", "wombatique").param("tri", "titre"), 200);
		assertThat(apiIds(byTitle)).containsExactly(third, second, first);
		assertThat(JsonPath.<String>read(byTitle, "$.tri")).isEqualTo("titre");

		// pages of two
		String one = json(get("/api/ressources").param("q", "wombatique").param("tri", "recent").param("taille", "2"), 200);
		String two = json(get("/api/ressources").param("q", "wombatique").param("tri", "recent").param("taille", "2")
			.param("page", "2"), 200);
		assertThat(JsonPath.<Integer>read(one, "$.pages")).isEqualTo(2);
		assertThat(JsonPath.<Integer>read(two, "$.page")).isEqualTo(2);
		assertThat(JsonPath.<Integer>read(two, "$.total")).isEqualTo(3);
		assertThat(apiIds(one)).containsExactly(third, second);
		assertThat(apiIds(two)).containsExactly(first);
		String past = json(get("/api/ressources").param("q", "wombatique").param("taille", "2").param("page", "3"), 404);
		assertThat(JsonPath.<String>read(past, "$.detail"))
			.isEqualTo("Cette page n'existe pas : les résultats tiennent en 2 pages.");
		assertThat(JsonPath.<String>read(past, "$.title")).isEqualTo("Introuvable");
	}

	@Test
	void theApiSaysInFrenchWhichParameterItCannotRead() throws Exception {
		List<String[]> refused = List.of(
				new String[] { "discipline", "ASTROLOGIE",
						"Valeur inconnue pour « discipline » : « ASTROLOGIE ». Codes possibles : FLA," },
				new String[] { "competence", "digcomp-2.2:9.9",
						"Valeur inconnue pour « competence » : « digcomp-2.2:9.9 ». Une compétence s'écrit" },
				new String[] { "langue", "klingon", "Valeur inconnue pour « langue » : « klingon »." },
				new String[] { "page", "0", "« page » est un numéro de page : un nombre entier à partir de 1." },
				new String[] { "page", "-2", "« page » est un numéro de page" },
				new String[] { "page", "deux", "« page » est un numéro de page" },
				new String[] { "taille", "vingt",
						"« taille » est le nombre de résultats par page : un nombre entier de 1 à 100." },
				new String[] { "taille", "0", "« taille » est le nombre de résultats par page" },
				new String[] { "taille", "101", "« taille » est le nombre de résultats par page" },
				new String[] { "tri", "hasard", "« tri » vaut pertinence, recent, evaluation ou titre." },
				new String[] { "rel", "peut-être", "« rel » vaut oui" },
				new String[] { "q", "mot ".repeat(60), "« q » compte au plus 200 caractères." });
		for (String[] parameter : refused) {
			MockHttpServletResponse response = mvc.perform(get("/api/ressources").param(parameter[0], parameter[1]))
				.andReturn().getResponse();
			assertThat(response.getStatus()).as(parameter[0] + "=" + parameter[1]).isEqualTo(400);
			assertThat(response.getContentType()).startsWith("application/problem+json");
			String problem = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(JsonPath.<String>read(problem, "$.detail")).as(parameter[0] + "=" + parameter[1])
				.startsWith(parameter[2]);
			assertThat(JsonPath.<String>read(problem, "$.title")).isEqualTo("Requête incorrecte");
		}
		// a blank value is no value, and parameters numedu does not read are left alone
		assertThat(apiIds(json(get("/api/ressources").param("q", "zorglubien").param("discipline", "")
			.param("taille", "").param("utm_source", "lettre"), 200))).contains(eleves, fractions);
	}

	@Test
	void theSuggestionOfTheSearchPageLeadsToWhatItSuggests() throws Exception {
		String nothing = html(get("/ressources?q={q}&discipline=FLA&page=2", "élèves hippopotane"));
		assertThat(nothing).contains("Aucune ressource publiée ne correspond à cette recherche.")
			.doesNotContain("Cette page n&#39;existe pas");
		Matcher suggested = Pattern.compile("Vouliez-vous dire</span>\\s*<a href=\"([^\"]+)\">([^<]+)</a>")
			.matcher(nothing);
		assertThat(suggested.find()).as("a suggestion link").isTrue();
		assertThat(suggested.group(2)).isEqualTo("élèves hippopotame");
		String link = suggested.group(1).replace("&amp;", "&");
		// the same search with the word corrected: the filter kept, back to the first page
		assertThat(link).startsWith("/ressources?").contains("discipline=FLA").doesNotContain("page=");
		// the link is an address as a browser sends it, already encoded
		String followed = html(get(URI.create(link)));
		assertThat(followed).contains("value=\"élèves hippopotame\"").contains("href=\"/ressources/" + eleves + "\"")
			.doesNotContain("Vouliez-vous dire");
	}

	private List<Long> ids(String text) {
		return search.search(ResourceSearch.Query.text(text)).hits().stream().map(ResourceSearch.Hit::id).toList();
	}

	private List<Long> ids(ResourceSearch.Hits hits) {
		return hits.hits().stream().map(ResourceSearch.Hit::id).toList();
	}

	private ResourceSearch.Hits page(String text, int page, int size) {
		return search.search(new ResourceSearch.Query(text, Map.of(), false, null, page, size));
	}

	private static ResourceContent content(String title, String summary, String description, ResourceType type,
			Set<SchoolYear> years, Set<Discipline> disciplines, String language, Licence licence, Set<Audience> audiences,
			Set<AccessibilityFeature> features, Set<Accommodation> accommodations, Set<String> competences,
			Provenance provenance) {
		return new ResourceContent(title, summary, description, type, new TreeSet<>(years), new TreeSet<>(disciplines),
				language, List.of("Marie Dupont"), null, licence, "https://ressources.example.org/" + Math.abs(title.hashCode()),
				null, new TreeSet<>(audiences), new TreeSet<>(features), null, null, null, new TreeSet<>(accommodations),
				null, new TreeSet<>(competences), List.of(), provenance, List.of());
	}

	private long published(String title, String summary, String description, ResourceType type, Set<SchoolYear> years,
			Set<Discipline> disciplines, String language, Licence licence, Set<Audience> audiences,
			Set<AccessibilityFeature> features, Set<Accommodation> accommodations, Set<String> competences,
			Provenance provenance) {
		return samples.published(Persona.TEACHER, content(title, summary, description, type, years, disciplines,
				language, licence, audiences, features, accommodations, competences, provenance));
	}

	/** Adds the resources to the index, or takes them out of it, a thousand at a time. */
	private void index(List<Long> ids, boolean add) {
		for (int from = 0; from < ids.size(); from += 1000) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
			transactions.executeWithoutResult(status -> {
				SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
				if (add) {
					entityManager.createQuery("select r from Resource r where r.id in :ids", Resource.class)
						.setParameter("ids", chunk).getResultList().forEach(plan::addOrUpdate);
				}
				else {
					chunk.forEach(id -> plan.purge(Resource.class, id, null));
				}
			});
		}
	}

	private String json(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<Long> apiIds(String json) {
		return JsonPath.<List<Number>>read(json, "$.resultats[*].id").stream().map(Number::longValue).toList();
	}
}
