package be.numedu.directory;

import be.numedu.directory.domain.CardSearch;
import be.numedu.testsupport.NumeduTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The cards' French full-text search: accents folded, plurals stemmed, elisions removed, syntax neutralised. */
@NumeduTest
class CardSearchIntegrationTests {

	@Autowired
	CardSearch search;

	@Autowired
	MockMvc mvc;

	@Test
	void accentsAndCaseDoNotMatter() {
		assertThat(search.search("CONNECTIVITE", false)).extracting(OperatorCard::slug).contains("cirb");
		assertThat(search.search("équipement", false)).extracting(OperatorCard::slug).contains("ecole-numerique-rw");
	}

	@Test
	void pluralsAndElisionsFindTheirWord() {
		// "formations" (plural) finds the IFC, whose missions speak of "formation"; "l'écosystème" finds "écosystèmes"
		assertThat(search.search("formations", false)).extracting(OperatorCard::slug).contains("ifc");
		assertThat(search.search("l'écosystème", false)).extracting(OperatorCard::slug).contains("wbe");
	}

	@Test
	void acronymsAreFoundFirst() {
		assertThat(search.search("etnic", false)).extracting(OperatorCard::slug).first().isEqualTo("etnic");
	}

	@Test
	void syntaxIsNeutralised() {
		assertThat(search.search("\"maintenance (", false)).extracting(OperatorCard::slug).contains("maintenance-rw");
		assertThat(search.search("***", false)).isEmpty();
	}

	@Test
	void theDirectoryPageAndTheApiSearch() throws Exception {
		mvc.perform(get("/cartographie").param("q", "connectivité"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pour « connectivité »")));
		mvc.perform(get("/api/cartographie/operateurs").param("q", "formation"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.slug == 'ifc')]").exists());
	}
}
