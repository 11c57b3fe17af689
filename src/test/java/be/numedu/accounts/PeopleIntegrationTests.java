package be.numedu.accounts;

import be.numedu.accounts.domain.Accounts;
import be.numedu.accounts.domain.Person;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SGNE administrators open, close and reopen accounts and hand out generated passwords; attachments are checked
 * against the register and the directory; French messages for every mistake.
 */
@NumeduTest
class PeopleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	Accounts accounts;

	@Test
	void anAdministratorOpensATeachersAccountWithAGeneratedPassword() throws Exception {
		String email = "nouvelle.enseignante@test.numedu.example";

		MvcResult created = mvc.perform(post("/compte/personnes/nouvelle").with(csrf()).with(user(personas.user(Persona.ADMIN)))
			.param("email", " Nouvelle.Enseignante@test.numedu.example ")
			.param("displayName", "Nouvelle Enseignante")
			.param("role", "ENSEIGNANT")
			.param("siteFase", "5839"))
			.andExpect(redirectedUrl("/compte/personnes"))
			.andExpect(flash().attribute("generatedFor", email))
			.andReturn();

		String password = (String) created.getFlashMap().get("generatedPassword");
		assertThat(password).hasSize(20);
		Person person = accounts.find(email).orElseThrow();
		assertThat(person.getRole()).isEqualTo(Role.ENSEIGNANT);
		assertThat(person.getSiteFase()).isEqualTo(5839);
		mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", password))
			.andExpect(redirectedUrl("/compte"));
		mvc.perform(get("/compte/personnes").with(user(personas.user(Persona.ADMIN))))
			.andExpect(content().string(allOf(containsString("Nouvelle Enseignante"),
					containsString("Ecole fondamentale communale de Temploux"))));
	}

	@Test
	void attachmentsMustExistAndAddressesBeFree() throws Exception {
		personas.user(Persona.TEACHER);
		mvc.perform(post("/compte/personnes/nouvelle").with(csrf()).with(user(personas.user(Persona.ADMIN)))
			.param("email", "x@test.numedu.example").param("displayName", "X").param("role", "DIRECTION")
			.param("siteFase", "99999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez le numéro FASE d&#39;une implantation active du registre.")));
		mvc.perform(post("/compte/personnes/nouvelle").with(csrf()).with(user(personas.user(Persona.ADMIN)))
			.param("email", "y@test.numedu.example").param("displayName", "Y").param("role", "AGENT_OPERATEUR")
			.param("operatorSlug", "inexistant"))
			.andExpect(content().string(containsString("Choisissez un opérateur actif de la cartographie.")));
		mvc.perform(post("/compte/personnes/nouvelle").with(csrf()).with(user(personas.user(Persona.ADMIN)))
			.param("email", Persona.TEACHER.email).param("displayName", "Doublon").param("role", "ENSEIGNANT")
			.param("siteFase", "5839"))
			.andExpect(content().string(containsString("Un compte existe déjà avec cette adresse.")));
		mvc.perform(post("/compte/personnes/nouvelle").with(csrf()).with(user(personas.user(Persona.ADMIN)))
			.param("email", "pas-une-adresse").param("displayName", "").param("role", "PAPE"))
			.andExpect(content().string(allOf(containsString("Cette adresse électronique n&#39;est pas valide."),
					containsString("Ce champ est obligatoire."), containsString("Cette valeur n&#39;est pas valide."))));
		assertThat(accounts.find("x@test.numedu.example")).isEmpty();
		assertThat(accounts.find("y@test.numedu.example")).isEmpty();
	}

	@Test
	void aDisabledAccountCannotSignInUntilReopened() throws Exception {
		String email = "ferme@test.numedu.example";
		if (accounts.find(email).isEmpty()) {
			accounts.create(email, "Fermé", Personas.PASSWORD, Role.REFERENT_NUMERIQUE, 372, null, false);
		}
		long id = accounts.find(email).orElseThrow().getId();

		mvc.perform(post("/compte/personnes/" + id + "/desactiver").with(csrf()).with(user(personas.user(Persona.ADMIN))))
			.andExpect(redirectedUrl("/compte/personnes"));
		mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", Personas.PASSWORD))
			.andExpect(redirectedUrl("/connexion?erreur"));

		mvc.perform(post("/compte/personnes/" + id + "/reactiver").with(csrf()).with(user(personas.user(Persona.ADMIN))))
			.andExpect(redirectedUrl("/compte/personnes"));
		mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", Personas.PASSWORD))
			.andExpect(redirectedUrl("/compte"));
	}

	@Test
	void anAdministratorCannotCloseTheirOwnAccount() throws Exception {
		var admin = personas.user(Persona.ADMIN);
		long id = accounts.find(Persona.ADMIN.email).orElseThrow().getId();

		mvc.perform(post("/compte/personnes/" + id + "/desactiver").with(csrf()).with(user(admin)))
			.andExpect(flash().attribute("notice", "people.error.self"));
		assertThat(accounts.find(id).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void aNewPasswordReplacesTheOld() throws Exception {
		String email = "oublie@test.numedu.example";
		if (accounts.find(email).isEmpty()) {
			accounts.create(email, "Oublié", Personas.PASSWORD, Role.AGENT_OPERATEUR, null, "ifc", false);
		}
		long id = accounts.find(email).orElseThrow().getId();

		MvcResult reset = mvc.perform(post("/compte/personnes/" + id + "/mot-de-passe").with(csrf())
			.with(user(personas.user(Persona.ADMIN)))).andReturn();

		String password = (String) reset.getFlashMap().get("generatedPassword");
		mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", password))
			.andExpect(redirectedUrl("/compte"));
		mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", Personas.PASSWORD))
			.andExpect(redirectedUrl("/connexion?erreur"));
	}
}
