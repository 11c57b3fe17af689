package be.numedu.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.search.ResourceSearch;
import be.numedu.resources.search.ResourceSearch.Dimension;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

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

	private List<Long> ids(String text) {
		return search.search(ResourceSearch.Query.text(text)).hits().stream().map(ResourceSearch.Hit::id).toList();
	}
}
