package be.numedu.resources;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.search.ResourceSearch;
import be.numedu.resources.search.ResourceSearch.Dimension;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
				Licence.CC_BY_ND, maths.url(), 45, maths.audiences(), null, null, null, null, null, List.of("partage"),
				maths.provenance(), List.of()));
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
		assertThat(maths.counts().get(Dimension.STAGE)).containsEntry("SECONDAIRE_INFERIEUR", 1L)
			.containsEntry("PRIMAIRE", 1L);
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
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				search.search(ResourceSearch.Query.text("hipopotame")).suggestion()).isEqualTo("hippopotame"));
		// words of drafts are never suggested
		assertThat(search.search(ResourceSearch.Query.text("brouilon")).suggestion()).isNull();
	}

	private List<Long> ids(String text) {
		return search.search(ResourceSearch.Query.text(text)).hits().stream().map(ResourceSearch.Hit::id).toList();
	}
}
