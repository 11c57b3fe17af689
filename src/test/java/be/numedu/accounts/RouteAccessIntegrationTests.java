package be.numedu.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who gets into every route. The matrix below names each route of numedu with, for each role, what must happen:
 * {@code Y} in, {@code N} refused (403), {@code L} sent to sign in (the login page, or 401 on the API). A route the
 * application serves but the matrix does not name fails {@link #everyRouteIsInTheMatrix()}: adding a route means
 * deciding here who may use it. Requests that would change data are sent in a form that changes nothing (missing
 * version, empty form), so the matrix can run in any order.
 */
@NumeduTest
class RouteAccessIntegrationTests {

	/** The roles of the matrix, in its column order. */
	enum Who {
		VISITOR(null), TEACHER(Persona.TEACHER), HEAD(Persona.HEAD), REFERENT(Persona.REFERENT), CTP(Persona.CTP),
		AGENT(Persona.AGENT), ADMIN(Persona.ADMIN);

		final Persona persona;

		Who(Persona persona) {
			this.persona = persona;
		}
	}

	/**
	 * method, route pattern as mapped, a concrete path to request, expectations for VISITOR TEACHER HEAD REFERENT
	 * CTP AGENT ADMIN. The sample operator is the CIRB, whose agent is the AGENT persona; the CTP persona belongs to
	 * the SeGEC.
	 */
	static final String[][] MATRIX = {
		{ "GET", "/", "/", "YYYYYYY" },
		{ "GET", "/accessibilite", "/accessibilite", "YYYYYYY" },
		{ "GET", "/vie-privee", "/vie-privee", "YYYYYYY" },
		{ "GET", "/connexion", "/connexion", "YYYYYYY" },
		{ "GET", "/compte", "/compte", "LYYYYYY" },
		{ "POST", "/compte/mot-de-passe", "/compte/mot-de-passe", "LYYYYYY" },
		{ "GET", "/compte/personnes", "/compte/personnes", "LNNNNNY" },
		{ "GET", "/compte/personnes/nouvelle", "/compte/personnes/nouvelle", "LNNNNNY" },
		{ "POST", "/compte/personnes/nouvelle", "/compte/personnes/nouvelle", "LNNNNNY" },
		{ "POST", "/compte/personnes/{id}/desactiver", "/compte/personnes/999999999/desactiver", "LNNNNNY" },
		{ "POST", "/compte/personnes/{id}/reactiver", "/compte/personnes/999999999/reactiver", "LNNNNNY" },
		{ "POST", "/compte/personnes/{id}/mot-de-passe", "/compte/personnes/999999999/mot-de-passe", "LNNNNNY" },
		{ "GET", "/etablissements", "/etablissements?q=namur", "YYYYYYY" },
		{ "GET", "/etablissements/{fase}", "/etablissements/2938", "YYYYYYY" },
		{ "GET", "/etablissements/implantations/{fase}", "/etablissements/implantations/5839", "YYYYYYY" },
		{ "GET", "/etablissements/import", "/etablissements/import", "LNNNNNY" },
		{ "POST", "/etablissements/import", "/etablissements/import", "LNNNNNY" },
		{ "GET", "/etablissements/import/{id}", "/etablissements/import/1", "LNNNNNY" },
		{ "GET", "/api/etablissements", "/api/etablissements?q=namur", "YYYYYYY" },
		{ "GET", "/api/etablissements/{fase}", "/api/etablissements/2938", "YYYYYYY" },
		{ "POST", "/api/etablissements/imports", "/api/etablissements/imports", "LNNNNNY" },
		{ "GET", "/api/etablissements/imports/{id}", "/api/etablissements/imports/1", "LNNNNNY" },
		{ "GET", "/cartographie", "/cartographie", "YYYYYYY" },
		{ "GET", "/cartographie/trouver", "/cartographie/trouver?besoin=CONNECTIVITE&ecole=231", "YYYYYYY" },
		{ "GET", "/cartographie/operateurs/{slug}", "/cartographie/operateurs/cirb", "YYYYYYY" },
		{ "GET", "/cartographie/operateurs/{slug}/imprimer", "/cartographie/operateurs/cirb/imprimer", "YYYYYYY" },
		{ "GET", "/cartographie/operateurs/nouveau", "/cartographie/operateurs/nouveau", "LNNNNNY" },
		{ "POST", "/cartographie/operateurs/nouveau", "/cartographie/operateurs/nouveau", "LNNNNNY" },
		{ "GET", "/cartographie/operateurs/{slug}/modifier", "/cartographie/operateurs/cirb/modifier", "LNNNNYY" },
		{ "POST", "/cartographie/operateurs/{slug}/modifier", "/cartographie/operateurs/cirb/modifier", "LNNNNYY" },
		{ "POST", "/cartographie/operateurs/{slug}/retirer", "/cartographie/operateurs/cirb/retirer", "LNNNNNY" },
		{ "POST", "/cartographie/operateurs/{slug}/reactiver", "/cartographie/operateurs/cirb/reactiver", "LNNNNNY" },
		{ "GET", "/cartographie/export.csv", "/cartographie/export.csv", "YYYYYYY" },
		{ "GET", "/cartographie/export.json", "/cartographie/export.json", "YYYYYYY" },
		{ "GET", "/api/cartographie/operateurs", "/api/cartographie/operateurs", "YYYYYYY" },
		{ "GET", "/api/cartographie/operateurs/{slug}", "/api/cartographie/operateurs/cirb", "YYYYYYY" },
		{ "GET", "/api/cartographie/trouver", "/api/cartographie/trouver?besoin=MAINTENANCE&ecole=2938", "YYYYYYY" },
		{ "GET", "/referentiels", "/referentiels", "YYYYYYY" },
		{ "GET", "/referentiels/{id}", "/referentiels/digcompedu", "YYYYYYY" },
		{ "GET", "/referentiels/{id}/{code}", "/referentiels/digcompedu/2.1", "YYYYYYY" },
		{ "GET", "/demandes", "/demandes", "LYYYYYY" },
		{ "GET", "/demandes/nouvelle", "/demandes/nouvelle", "LYYYNNN" },
		{ "POST", "/demandes/nouvelle", "/demandes/nouvelle", "LYYYNNN" },
		{ "GET", "/demandes/file", "/demandes/file", "LNNNYYY" },
		{ "GET", "/demandes/tri", "/demandes/tri", "LNNNNNY" },
		{ "GET", "/demandes/tableau-de-bord", "/demandes/tableau-de-bord", "LNNNYYY" },
		{ "GET", "/demandes/tableau-de-bord.csv", "/demandes/tableau-de-bord.csv", "LNNNYYY" },
		{ "GET", "/notifications", "/notifications", "LYYYYYY" },
		{ "POST", "/notifications/{id}/lue", "/notifications/999999/lue", "LYYYYYY" },
		{ "POST", "/notifications/tout-lu", "/notifications/tout-lu", "LYYYYYY" },
		// A request nobody has: signed-in people reach the route (and get 404); each request's own rights are
		// tested in SupportPagesIntegrationTests.
		{ "GET", "/demandes/{reference}", "/demandes/D-999999", "LYYYYYY" },
		{ "GET", "/demandes/{reference}/fichiers/{id}", "/demandes/D-999999/fichiers/1", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/prise-en-charge", "/demandes/D-999999/prise-en-charge", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/message", "/demandes/D-999999/message", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/information", "/demandes/D-999999/information", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/transmission", "/demandes/D-999999/transmission", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/attribution", "/demandes/D-999999/attribution", "LNNNNNY" },
		{ "POST", "/demandes/{reference}/fermeture", "/demandes/D-999999/fermeture", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/confirmation", "/demandes/D-999999/confirmation", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/reouverture", "/demandes/D-999999/reouverture", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/retrait", "/demandes/D-999999/retrait", "LYYYYYY" },
		{ "POST", "/demandes/{reference}/evaluation", "/demandes/D-999999/evaluation", "LYYYYYY" },
		{ "GET", "/api/demandes", "/api/demandes", "LYYYYYY" },
		{ "GET", "/api/demandes/{reference}", "/api/demandes/D-999999", "LYYYYYY" },
		{ "POST", "/api/demandes", "/api/demandes", "LYYYYYY" },
		{ "POST", "/api/demandes/{reference}/prise-en-charge", "/api/demandes/D-999999/prise-en-charge", "LYYYYYY" },
		{ "POST", "/api/demandes/{reference}/messages", "/api/demandes/D-999999/messages", "LYYYYYY" },
		{ "POST", "/api/demandes/{reference}/transmission", "/api/demandes/D-999999/transmission", "LYYYYYY" },
		{ "POST", "/api/demandes/{reference}/fermeture", "/api/demandes/D-999999/fermeture", "LYYYYYY" },
		// Resources: a resource nobody has (signed-in people reach the route and get 404); who may see or change which
		// resource is tested in ResourcePagesIntegrationTests and ProposalsIntegrationTests.
		{ "GET", "/ressources", "/ressources?q=fractions&etape=PRIMAIRE", "YYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}", "/ressources/999999999", "YYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/fichiers/{fileId:\\d{1,18}}", "/ressources/999999999/fichiers/1",
				"YYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/versions", "/ressources/999999999/versions", "YYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/ameliorations/{proposalId:\\d{1,18}}",
				"/ressources/999999999/ameliorations/1", "YYYYYYY" },
		{ "GET", "/ressources/nouvelle", "/ressources/nouvelle", "LYYYYYY" },
		{ "POST", "/ressources/nouvelle", "/ressources/nouvelle", "LYYYYYY" },
		{ "GET", "/ressources/miennes", "/ressources/miennes", "LYYYYYY" },
		{ "GET", "/ressources/moderation", "/ressources/moderation", "LNNNNNY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/modifier", "/ressources/999999999/modifier", "LYYYYYY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/modifier", "/ressources/999999999/modifier", "LYYYYYY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/etape", "/ressources/999999999/etape", "LYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/ameliorations/nouvelle", "/ressources/999999999/ameliorations/nouvelle",
				"LYYYYYY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/ameliorations/nouvelle", "/ressources/999999999/ameliorations/nouvelle",
				"LYYYYYY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/ameliorations/{proposalId:\\d{1,18}}/decision",
				"/ressources/999999999/ameliorations/1/decision", "LYYYYYY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/suivi", "/ressources/999999999/suivi", "LYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/evaluation", "/ressources/999999999/evaluation", "LYYYYYY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/evaluation", "/ressources/999999999/evaluation", "LYYYYYY" },
		{ "GET", "/ressources/grille", "/ressources/grille", "LNNNNNY" },
		{ "POST", "/ressources/grille", "/ressources/grille", "LNNNNNY" },
		{ "GET", "/ressources/experts", "/ressources/experts", "LNNNNNY" },
		{ "POST", "/ressources/experts", "/ressources/experts", "LNNNNNY" },
		{ "POST", "/ressources/experts/{personId:\\d{1,18}}/retrait", "/ressources/experts/999999999/retrait",
				"LNNNNNY" },
		{ "GET", "/collections", "/collections", "YYYYYYY" },
		{ "GET", "/collections/{id}", "/collections/999999999", "YYYYYYY" },
		{ "GET", "/collections/nouvelle", "/collections/nouvelle", "LYYYYYY" },
		{ "POST", "/collections/nouvelle", "/collections/nouvelle", "LYYYYYY" },
		{ "GET", "/collections/{id}/modifier", "/collections/999999999/modifier", "LYYYYYY" },
		{ "POST", "/collections/{id}/modifier", "/collections/999999999/modifier", "LYYYYYY" },
		{ "POST", "/collections/{id}/supprimer", "/collections/999999999/supprimer", "LYYYYYY" },
		{ "POST", "/collections/{id}/ressources", "/collections/999999999/ressources", "LYYYYYY" },
		{ "POST", "/collections/{id}/ressources/{resourceId}/retirer", "/collections/999999999/ressources/1/retirer",
				"LYYYYYY" },
		{ "POST", "/collections/{id}/ressources/{resourceId}/monter", "/collections/999999999/ressources/1/monter",
				"LYYYYYY" },
		{ "POST", "/collections/{id}/ressources/{resourceId}/descendre",
				"/collections/999999999/ressources/1/descendre", "LYYYYYY" },
		{ "POST", "/collections/{id}/ressources/{resourceId}/note", "/collections/999999999/ressources/1/note",
				"LYYYYYY" },
		{ "POST", "/collections/{id}/rendre-privee", "/collections/999999999/rendre-privee", "LNNNNNY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/commentaires", "/ressources/999999999/commentaires", "LYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/signalement",
				"/ressources/999999999/commentaires/999999999/signalement", "LYYYYYY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/signalement",
				"/ressources/999999999/commentaires/999999999/signalement", "LYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/supprimer",
				"/ressources/999999999/commentaires/999999999/supprimer", "LYYYYYY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/supprimer",
				"/ressources/999999999/commentaires/999999999/supprimer", "LYYYYYY" },
		{ "GET", "/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/masquer",
				"/ressources/999999999/commentaires/999999999/masquer", "LNNNNNY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/masquer",
				"/ressources/999999999/commentaires/999999999/masquer", "LNNNNNY" },
		{ "POST", "/ressources/{id:\\d{1,18}}/commentaires/{commentId:\\d{1,18}}/retablir",
				"/ressources/999999999/commentaires/999999999/retablir", "LNNNNNY" },
		{ "GET", "/ressources/signalements", "/ressources/signalements", "LNNNNNY" },
		{ "POST", "/ressources/signalements/{commentId:\\d{1,18}}/classer", "/ressources/signalements/999999999/classer",
				"LNNNNNY" },
		{ "GET", "/oai", "/oai?verb=Identify", "YYYYYYY" },
		{ "POST", "/oai", "/oai?verb=Identify", "YYYYYYY" },
		{ "GET", "/ressources/import", "/ressources/import", "LNNNNNY" },
		{ "POST", "/ressources/import", "/ressources/import", "LNNNNNY" },
		{ "GET", "/api/ressources", "/api/ressources?q=fractions", "YYYYYYY" },
		{ "GET", "/api/ressources/{id}", "/api/ressources/999999999", "YYYYYYY" },
	};

	/** A CTP of the SeGEC may edit the SeGEC's card but not the CIRB's. */
	static final String[][] OWN_CARD = {
		{ "GET", "/cartographie/operateurs/segec/modifier", "LNNNYNY" },
		{ "POST", "/cartographie/operateurs/segec/modifier", "LNNNYNY" },
	};

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteIsInTheMatrix() {
		Set<String> served = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPatternValues();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (pattern.equals("/error")) {
					continue;
				}
				for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
						: methods) {
					served.add(method.name() + " " + pattern);
				}
			}
		}
		Set<String> declared = new TreeSet<>();
		for (String[] row : MATRIX) {
			declared.add(row[0] + " " + row[1]);
		}
		assertThat(served).as("routes served by numedu that the access matrix does not name").isSubsetOf(declared);
		assertThat(declared).as("routes in the matrix that numedu does not serve").isSubsetOf(served);
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (String[] row : MATRIX) {
			add(cases, row[0], row[2], row[3]);
		}
		for (String[] row : OWN_CARD) {
			add(cases, row[0], row[1], row[2]);
		}
		return cases.stream();
	}

	private static void add(List<Arguments> cases, String method, String path, String expectations) {
		Who[] who = Who.values();
		for (int i = 0; i < who.length; i++) {
			cases.add(Arguments.of(method, path, who[i], expectations.charAt(i)));
		}
	}

	@ParameterizedTest(name = "{0} {1} as {2} → {3}")
	@MethodSource("cases")
	void accessIsAsTheMatrixSays(String method, String path, Who who, char expected) throws Exception {
		boolean api = path.startsWith("/api/");
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
		if (who.persona != null) {
			personas.user(who.persona);
			request = api ? request.with(httpBasic(who.persona.email, Personas.PASSWORD))
					: request.with(user(personas.user(who.persona)));
		}
		if (method.equals("POST") && !api) {
			request = request.with(csrf());
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

		String outcome = outcome(response, api);
		assertThat(outcome).as("%s %s as %s (status %d, redirect %s)", method, path, who, response.getStatus(),
				response.getRedirectedUrl()).isEqualTo(String.valueOf(expected));
	}

	private static String outcome(MockHttpServletResponse response, boolean api) {
		int status = response.getStatus();
		if (status == 403) {
			return "N";
		}
		if (status == 401 || (status == 302 && response.getRedirectedUrl() != null
				&& response.getRedirectedUrl().contains("/connexion"))) {
			return "L";
		}
		return "Y";
	}
}
