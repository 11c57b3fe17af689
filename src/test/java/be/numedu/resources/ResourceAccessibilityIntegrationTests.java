package be.numedu.resources;

import be.numedu.resources.catalogue.AccessMode;
import be.numedu.resources.catalogue.AccessibilityHazard;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * What a resource says of its accessibility, beyond its features: through which senses its content is understood
 * (schema.org's {@code accessMode}) and what in it may harm some pupils ({@code accessibilityHazard}), typed on the
 * form, kept in its versions, shown on its page in French; a contradictory or forged answer is refused in French
 * with nothing stored.
 */
@NumeduTest
class ResourceAccessibilityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	ResourceSamples samples;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void accessModesAndHazardsAreKeptAndShown() throws Exception {
		MockHttpServletResponse created = mvc.perform(proposal("Une vidéo sur le cycle de l'eau")
			.param("accessModes", "VISUAL", "AUDITORY").param("accessibilityHazards", "FLASHING"))
			.andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().replace("/ressources/", ""));

		ResourceContent stored = samples.contentOf(id);
		assertThat(stored.accessModes()).containsExactly(AccessMode.VISUAL, AccessMode.AUDITORY);
		assertThat(stored.accessibilityHazards()).containsExactly(AccessibilityHazard.FLASHING);
		String page = mvc.perform(get("/ressources/" + id).with(user(personas.user(Persona.TEACHER)))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Comment son contenu est perçu").contains("Par la vue (images, vidéo)")
			.contains("Par l&#39;ouïe (son, parole)")
			.contains("Flashs lumineux (risque pour l&#39;épilepsie photosensible)");
		// the edit form shows them ticked
		String form = mvc.perform(get("/ressources/" + id + "/modifier").with(user(personas.user(Persona.TEACHER))))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).containsPattern("value=\"FLASHING\" id=\"accessibilityHazards-FLASHING\"\\s+checked");
	}

	@Test
	void noHazardCannotGoWithAHazardAndForgedCodesAreRefused() throws Exception {
		long before = jdbc.queryForObject("select count(*) from resource", Long.class);

		MockHttpServletResponse contradictory = mvc.perform(proposal("Une animation contradictoire")
			.param("accessibilityHazards", "NONE", "SOUND")).andReturn().getResponse();
		assertThat(contradictory.getStatus()).isEqualTo(422);
		assertThat(contradictory.getContentAsString())
			.contains("« Aucun de ces dangers » ne peut être coché avec un danger");

		MockHttpServletResponse forged = mvc.perform(proposal("Une animation falsifiée")
			.param("accessModes", "TELEPATHIC")).andReturn().getResponse();
		assertThat(forged.getStatus()).isEqualTo(422);
		assertThat(forged.getContentAsString()).contains("Une animation falsifiée");

		assertThat(jdbc.queryForObject("select count(*) from resource", Long.class)).isEqualTo(before);
	}

	private MockMultipartHttpServletRequestBuilder proposal(String title) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/ressources/nouvelle").param("title", title)
			.param("summary", "Un résumé de la ressource.")
			.param("type", "VIDEO")
			.param("years", "P4")
			.param("disciplines", "SCIENCES")
			.param("audiences", "ELEVE")
			.param("language", "fr")
			.param("licence", "CC_BY")
			.param("url", "https://exemple.be/" + Math.abs(title.hashCode()))
			.with(user(personas.user(Persona.TEACHER)))
			.with(csrf());
	}
}
