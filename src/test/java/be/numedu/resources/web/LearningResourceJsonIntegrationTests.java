package be.numedu.resources.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.resources.catalogue.AccessMode;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.AccessibilityHazard;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What search engines and catalogues read of a published resource: its schema.org {@code LearningResource} with the
 * LRMI properties, served at {@code /api/ressources/{id}} and embedded in its page as the same document, every
 * property filled from what the resource says (levels, alignments to competence URIs, audience, accessibility,
 * licence, duration, version), and nothing a person typed able to close the data block.
 */
@NumeduTest
class LearningResourceJsonIntegrationTests {

	private static final Pattern DATA_BLOCK = Pattern
		.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceSamples samples;

	@Autowired
	ObjectMapper json;

	@Value("${numedu.resources.base-url:http://localhost:8080}")
	String baseUrl;

	@Test
	void aPublishedResourceIsDescribedWithItsLrmiProperties() throws Exception {
		long id = samples.published(Persona.TEACHER, described("Les fractions équivalentes en 4e primaire"));

		MockHttpServletResponse api = mvc.perform(get("/api/ressources/" + id)).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getContentType()).startsWith("application/ld+json");
		JsonNode ld = json.readTree(api.getContentAsString());

		assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org/");
		assertThat(ld.path("@type").asString()).isEqualTo("LearningResource");
		assertThat(ld.path("@id").asString()).endsWith("/ressources/" + id);
		assertThat(ld.path("name").asString()).isEqualTo("Les fractions équivalentes en 4e primaire");
		assertThat(ld.path("inLanguage").asString()).isEqualTo("fr");
		assertThat(ld.path("license").asString()).isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
		assertThat(texts(ld.path("educationalLevel"), "termCode")).containsExactly("P4", "P5");
		assertThat(texts(ld.path("audience"), "educationalRole")).containsExactlyInAnyOrder("teacher", "learner");
		assertThat(ld.path("timeRequired").asString()).isEqualTo("PT45M");
		assertThat(ld.path("accessibilityFeature").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("captions", "transcript");
		assertThat(ld.path("accessMode").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("visual", "auditory");
		assertThat(ld.path("accessibilityHazard").valueStream().map(JsonNode::asString).toList())
			.containsExactly("none");
		assertThat(ld.path("accessibilitySummary").asString()).isEqualTo("Vidéo sous-titrée, transcription jointe.");
		// each alignment names the competence by its stable URI, which numedu serves
		JsonNode alignment = ld.path("educationalAlignment").get(0);
		assertThat(alignment.path("alignmentType").asString()).isEqualTo("teaches");
		String target = alignment.path("targetUrl").asString();
		assertThat(target).isEqualTo(baseUrl + "/referentiels/digcomp-2.2/1.1");
		assertThat(mvc.perform(get(target.substring(baseUrl.length()))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(ld.path("version").asInt()).isEqualTo(1);
		assertThat(ld.path("datePublished").isMissingNode()).isFalse();
		// nothing numedu does not know is claimed
		assertThat(ld.has("isAccessibleForFree")).isFalse();

		// the page embeds the same description
		String page = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(json.readTree(dataBlock(page))).isEqualTo(ld);
	}

	@Test
	void aTitleCannotCloseTheDataBlock() throws Exception {
		long id = samples.published(Persona.TEACHER,
				ResourceSamples.content("Titre </script><script>alert(1)</script>", "Résumé <!-- et -->."));
		String page = mvc.perform(get("/ressources/" + id)).andReturn().getResponse().getContentAsString();

		String block = dataBlock(page);
		assertThat(block).doesNotContain("<").doesNotContain(">");
		assertThat(json.readTree(block).path("name").asString()).isEqualTo("Titre </script><script>alert(1)</script>");
	}

	@Test
	void onlyPublishedResourcesAreDescribed() throws Exception {
		long draft = samples.draft(Persona.TEACHER, ResourceSamples.content("Brouillon non décrit", "Un brouillon."));
		assertThat(mvc.perform(get("/api/ressources/" + draft)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private static ResourceContent described(String title) {
		return new ResourceContent(title, "Comparer et construire des fractions équivalentes.", "Une séquence.",
				ResourceType.SEQUENCE, new TreeSet<>(Set.of(SchoolYear.P4, SchoolYear.P5)),
				new TreeSet<>(Set.of(Discipline.MATHEMATIQUES)), "fr", List.of("Anne Lambert"), null, Licence.CC_BY_SA,
				"https://ressources.example.org/fractions", 45,
				new TreeSet<>(Set.of(Audience.ENSEIGNANT, Audience.ELEVE)),
				new TreeSet<>(Set.of(AccessibilityFeature.CAPTIONS, AccessibilityFeature.TRANSCRIPT)),
				new TreeSet<>(Set.of(AccessMode.VISUAL, AccessMode.AUDITORY)),
				new TreeSet<>(Set.of(AccessibilityHazard.NONE)),
				"Vidéo sous-titrée, transcription jointe.", new TreeSet<>(Set.of(Accommodation.values()[0])), null,
				new TreeSet<>(Set.of("digcomp-2.2:1.1")), List.of("fractions"), Provenance.COMMUNAUTE, List.of());
	}

	private static List<String> texts(JsonNode array, String field) {
		return array.valueStream().map(node -> node.path(field).asString()).toList();
	}

	private static String dataBlock(String page) {
		Matcher matcher = DATA_BLOCK.matcher(page);
		assertThat(matcher.find()).as("a JSON-LD data block in the page").isTrue();
		return matcher.group(1);
	}
}
