package be.numedu.accounts;

import be.numedu.accounts.domain.Accounts;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in and the protections around it: the login form, a new session id at sign-in, CSRF tokens on every form,
 * throttling after repeated failures, security headers, the API's HTTP Basic with French problem documents, and the
 * person's own password change.
 */
@NumeduTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	Accounts accounts;

	@Test
	void signingInLeadsToTheAccountWhateverTheCaseOfTheAddress() throws Exception {
		// (that the session id changes at sign-in is checked on a real server, in ApplicationProcessIntegrationTests)
		personas.user(Persona.HEAD);

		mvc.perform(post("/connexion").with(csrf())
			.param("username", Persona.HEAD.email.toUpperCase())
			.param("password", Personas.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/compte"));
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
		mvc.perform(post("/connexion").with(csrf()).param("username", "personne@nulle.part").param("password", "x"))
			.andExpect(redirectedUrl("/connexion?erreur"));
		mvc.perform(get("/connexion").param("erreur", ""))
			.andExpect(content().string(containsString("Adresse électronique ou mot de passe incorrect.")));
	}

	@Test
	void repeatedFailuresBlockTheAccountEvenForTheRightPassword() throws Exception {
		String email = "bloque@test.numedu.example";
		if (accounts.find(email).isEmpty()) {
			accounts.create(email, "Bloqué", Personas.PASSWORD, Role.ENSEIGNANT, 5839, null, false);
		}
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", "mauvais" + i))
				.andExpect(redirectedUrl("/connexion?erreur"));
		}

		mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", Personas.PASSWORD))
			.andExpect(redirectedUrl("/connexion?bloque"));
		mvc.perform(get("/api/cartographie/operateurs").with(httpBasic(email, Personas.PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesRegex("[1-9][0-9]*")))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Trop de requêtes"))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(containsString("Trop de tentatives")));
		mvc.perform(get("/connexion").param("bloque", ""))
			.andExpect(content().string(containsString("Trop de tentatives de connexion échouées")));
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		mvc.perform(post("/compte/mot-de-passe").with(user(personas.user(Persona.TEACHER)))
			.param("current", Personas.PASSWORD).param("replacement", "un-nouveau-mot-de-passe").param("confirmation",
					"un-nouveau-mot-de-passe"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cartographie/operateurs/cirb/modifier").with(user(personas.user(Persona.ADMIN))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cartographie/operateurs/cirb/modifier").with(user(personas.user(Persona.ADMIN))))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/cartographie"))
			.andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
					containsString("frame-ancestors 'none'"), containsString("object-src 'none'"),
					not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
		mvc.perform(get("/api/cartographie/operateurs"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
	}

	@Test
	void theApiAnswersInFrenchProblemDocuments() throws Exception {
		personas.user(Persona.TEACHER);
		mvc.perform(post("/api/etablissements/imports"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Identification requise"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.instance").value("/api/etablissements/imports"))
			.andExpect(jsonPath("$.detail").value(containsString("Authentification requise")));
		mvc.perform(post("/api/etablissements/imports").with(httpBasic(Persona.TEACHER.email, Personas.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Accès refusé"))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value("Votre rôle ne permet pas cette action."));
	}

	@Test
	void aPersonChangesTheirOwnPassword() throws Exception {
		String email = "change@test.numedu.example";
		if (accounts.find(email).isEmpty()) {
			accounts.create(email, "Change", Personas.PASSWORD, Role.DIRECTION, 3922, null, false);
		}
		var principal = personas.user(Persona.HEAD);
		mvc.perform(post("/compte/mot-de-passe").with(csrf()).with(user(principal))
			.param("current", "pas-le-bon").param("replacement", "court").param("confirmation", "autre"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Le mot de passe actuel ne correspond pas."),
					containsString("Ce champ doit compter entre 12 et 200 caractères."))));

		// signed in through the real form, then changing the password
		MvcResult login = mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password",
				Personas.PASSWORD)).andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		mvc.perform(post("/compte/mot-de-passe").session(session).with(csrf())
			.param("current", Personas.PASSWORD).param("replacement", "un-mot-de-passe-tout-neuf")
			.param("confirmation", "un-mot-de-passe-tout-neuf"))
			.andExpect(redirectedUrl("/compte"));
		mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", "un-mot-de-passe-tout-neuf"))
			.andExpect(redirectedUrl("/compte"));
		mvc.perform(post("/connexion").with(csrf()).param("username", email).param("password", Personas.PASSWORD))
			.andExpect(redirectedUrl("/connexion?erreur"));
	}

	@Test
	void closingAnAccountEndsItsOpenSessions() throws Exception {
		String email = "session@test.numedu.example";
		if (accounts.find(email).isEmpty()) {
			accounts.create(email, "Session", Personas.PASSWORD, Role.ENSEIGNANT, 5839, null, false);
		}
		long id = accounts.find(email).orElseThrow().getId();
		accounts.enable(id, true);
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/connexion").with(csrf())
			.param("username", email).param("password", Personas.PASSWORD)).andReturn().getRequest().getSession();
		mvc.perform(get("/compte").session(session)).andExpect(status().isOk());

		// when an administrator closes the account
		accounts.enable(id, false);

		// then the open session ends at its next request, with the reason
		mvc.perform(get("/compte").session(session)).andExpect(redirectedUrl("/connexion?expire"));
		mvc.perform(get("/connexion").param("expire", ""))
			.andExpect(content().string(containsString("Votre session a pris fin")));
		accounts.enable(id, true);
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionButEndsTheOthers() throws Exception {
		String email = "deux.sessions@test.numedu.example";
		if (accounts.find(email).isEmpty()) {
			accounts.create(email, "Deux sessions", Personas.PASSWORD, Role.ENSEIGNANT, 5839, null, false);
		}
		MockHttpSession here = signIn(email, Personas.PASSWORD);
		MockHttpSession elsewhere = signIn(email, Personas.PASSWORD);

		mvc.perform(post("/compte/mot-de-passe").session(here).with(csrf()).param("current", Personas.PASSWORD)
			.param("replacement", "nouveau-mot-de-passe-2026").param("confirmation", "nouveau-mot-de-passe-2026"))
			.andExpect(redirectedUrl("/compte"));

		mvc.perform(get("/compte").session(here)).andExpect(status().isOk());
		mvc.perform(get("/compte").session(elsewhere)).andExpect(redirectedUrl("/connexion?expire"));
	}

	@Test
	void theImportApiTakesOnlyCsvSoNoFormCanPostToIt() throws Exception {
		mvc.perform(post("/api/etablissements/imports").contentType("text/plain").content("x")
			.with(httpBasic(Persona.ADMIN.email, Personas.PASSWORD)))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("type de contenu")));
		mvc.perform(get("/api/inconnu").with(httpBasic(Persona.ADMIN.email, Personas.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Ressource introuvable."));
		mvc.perform(post("/api/etablissements/imports").contentType("text/csv")
			.content(new byte[20 * 1024 * 1024 + 1]).with(httpBasic(Persona.ADMIN.email, Personas.PASSWORD)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Requête trop volumineuse"))
			.andExpect(jsonPath("$.status").value(413))
			.andExpect(jsonPath("$.detail").value(containsString("dépasse 20 Mo")));
	}

	private MockHttpSession signIn(String email, String password) throws Exception {
		return (MockHttpSession) mvc.perform(post("/connexion").with(csrf()).param("username", email)
			.param("password", password)).andReturn().getRequest().getSession();
	}

	@Test
	void visitorsAreSentToSignInForProtectedPagesAndSignedInPeopleGetTheFrench403() throws Exception {
		mvc.perform(get("/compte")).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion"));
		mvc.perform(get("/etablissements/import").with(user(personas.user(Persona.TEACHER))))
			.andExpect(status().isForbidden());
	}
}
