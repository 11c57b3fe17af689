package be.numedu.schools;

import java.util.Set;

import be.numedu.schools.domain.SchoolSearch;
import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import be.numedu.testsupport.NumeduTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searching the register through the Lucene index: by name (accents and case ignored, the last word a prefix), by a
 * school's or an implantation's FASE number, by postcode or municipality; filters and their counts; the page, its
 * htmx fragment and the JSON API with paging.
 */
@NumeduTest
class SchoolSearchIntegrationTests {

	@Autowired
	SchoolSearch search;

	@Autowired
	MockMvc mvc;

	@Test
	void namesAreFoundWithoutAccentsAndBeforeTheyAreFinished() {
		SchoolSearch.Hits hits = search.search(SchoolSearch.Query.text("athenee royal d'ev", 10));

		assertThat(hits.schools()).extracting(SchoolSummary::fase).contains(231);
	}

	@Test
	void anImplantationsFaseNumberFindsItsSchools() {
		// implantation 9286 is shared by two schools (a CEFA and its partner)
		assertThat(search.search(SchoolSearch.Query.text("9286", 10)).schools()).extracting(SchoolSummary::fase)
			.containsExactlyInAnyOrder(124, 5449);
	}

	@Test
	void aPostcodeOrAMunicipalityFindsTheSchoolsThere() {
		SchoolSearch.Hits byPostcode = search.search(SchoolSearch.Query.text("5020", 100));
		assertThat(byPostcode.total()).isGreaterThan(1);
		assertThat(byPostcode.schools()).extracting(SchoolSummary::fase).contains(2938);

		SchoolSearch.Hits byName = search.search(new SchoolSearch.Query("Temploux", null, null, null, null, false, 0, 10));
		assertThat(byName.schools()).extracting(SchoolSummary::fase).contains(2938);
	}

	@Test
	void filtersNarrowAndTheirCountsIgnoreTheirOwnSelection() {
		SchoolSearch.Query query = new SchoolSearch.Query("", Set.of(Zone.NAMUR), Set.of(Network.WBE),
				Set.of(Level.SECONDAIRE), null, false, 0, 100);

		SchoolSearch.Hits hits = search.search(query);

		assertThat(hits.total()).isPositive();
		assertThat(hits.schools()).allSatisfy(school -> {
			assertThat(school.zone()).isEqualTo(Zone.NAMUR);
			assertThat(school.network()).isEqualTo(Network.WBE);
			assertThat(school.levels()).contains(Level.SECONDAIRE);
		});
		// the zone counts are those of WBE secondary schools in every zone, not only Namur's
		assertThat(hits.counts().get(SchoolSearch.Dimension.ZONE)).containsKeys("NAMUR", "LIEGE", "BRUXELLES");
		assertThat(hits.counts().get(SchoolSearch.Dimension.ZONE).get("NAMUR")).isEqualTo(hits.total());
	}

	@Test
	void allSchoolsAreCountedByZoneAsInTheFile() {
		SchoolSearch.Hits all = search.search(new SchoolSearch.Query("", null, null, null, null, false, 0, 1));

		assertThat(all.total()).isEqualTo(3029);
		assertThat(all.counts().get(SchoolSearch.Dimension.ZONE)).hasSize(11).containsKey("HORS_ZONES");
		assertThat(all.counts().get(SchoolSearch.Dimension.TEACHING_TYPE)).containsKey(TeachingType.SECONDAIRE_CEFA.name());
	}

	@Test
	void queryTextIsNeverSyntax() {
		assertThat(search.search(SchoolSearch.Query.text("\"athénée* (royal", 10)).total()).isPositive();
		assertThat(search.search(SchoolSearch.Query.text("-+|~()", 10)).total()).isZero();
	}

	@Test
	void theSearchPageAndItsFragment() throws Exception {
		mvc.perform(get("/etablissements").param("q", "temploux"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"),
					containsString("Le registre reprend la signalétique FASE"), containsString("1 035"),
					containsString("3 029"), containsString("5 516"), containsString("Ecole fondamentale communale de Temploux"))));
		mvc.perform(get("/etablissements").param("q", "temploux").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"school-search\""),
					containsString("Ecole fondamentale communale de Temploux"))));
	}

	@Test
	void unknownFilterValuesAreIgnoredRatherThanFailing() throws Exception {
		mvc.perform(get("/etablissements").param("zone", "ATLANTIDE").param("page", "9999").param("taille", "100000"))
			.andExpect(status().isOk());
		mvc.perform(get("/etablissements").param("page", "2147483647")).andExpect(status().isOk());
		mvc.perform(get("/api/etablissements").param("page", "107374183").param("taille", "20"))
			.andExpect(status().isOk());
		mvc.perform(get("/etablissements").param("page", "abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/etablissements").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Requête incorrecte")));
	}

	@Test
	void theApiPagesWithFiltersAndFacets() throws Exception {
		mvc.perform(get("/api/etablissements").param("zone", "BRUXELLES").param("page", "2").param("taille", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.items[0].zone").value("BRUXELLES"))
			.andExpect(jsonPath("$.facets.zone.BRUXELLES").isNumber());
		mvc.perform(get("/api/etablissements/2938"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Ecole fondamentale communale de Temploux"))
			.andExpect(jsonPath("$.sites[*].fase", org.hamcrest.Matchers.hasItem(5839)));
		mvc.perform(get("/api/etablissements/abc"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.detail").value(containsString("n'est pas un numéro FASE")));
	}

	@Test
	void aSchoolPageShowsItsImplantationsOnAMapAndUnknownNumbersAreNotFound() throws Exception {
		mvc.perform(get("/etablissements/2938"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg"), containsString("map-area--here"),
					containsString("Rue"), containsString("Pouvoir organisateur"))));
		mvc.perform(get("/etablissements/99999999")).andExpect(status().isNotFound());
		mvc.perform(get("/etablissements/implantations/9286"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("est partagée")));
		mvc.perform(get("/etablissements/implantations/5839"))
			.andExpect(status().isFound());
	}
}
