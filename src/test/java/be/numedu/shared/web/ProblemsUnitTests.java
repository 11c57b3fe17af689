package be.numedu.shared.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem documents written outside Spring MVC are the API's own: the same fields, titled in French. */
class ProblemsUnitTests {

	@Test
	void aDocumentWrittenByAFilterIsTitledInFrenchAndNamesTheRequest() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Problems.write(new MockHttpServletRequest("POST", "/api/ressources/import"), response,
				HttpStatus.CONTENT_TOO_LARGE, "Le corps de la requête dépasse 20 Mo « tout compris ».");
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		// as Spring MVC writes the API's documents: "about:blank", the default type, is left out
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo("{\"detail\":\"Le corps de la requête dépasse 20 Mo « tout compris ».\","
					+ "\"instance\":\"/api/ressources/import\",\"status\":413,\"title\":\"Requête trop volumineuse\"}");
	}

	@Test
	void everyStatusHasAFrenchTitleAndDetail() {
		for (HttpStatus status : HttpStatus.values()) {
			if (status.isError()) {
				var problem = Problems.document(status);
				assertThat(problem.getTitle()).as(status.name()).isNotBlank().isNotEqualTo(status.getReasonPhrase());
				assertThat(problem.getDetail()).as(status.name()).isNotBlank();
			}
		}
		assertThat(Problems.document(HttpStatus.UNAUTHORIZED).getTitle()).isEqualTo("Identification requise");
		assertThat(Problems.document(HttpStatus.TOO_MANY_REQUESTS).getTitle()).isEqualTo("Trop de requêtes");
		assertThat(Problems.document(HttpStatus.BAD_GATEWAY).getTitle()).isEqualTo("Erreur du service");
		assertThat(Problems.document(HttpStatus.I_AM_A_TEAPOT).getTitle()).isEqualTo("Requête non traitée");
	}
}
