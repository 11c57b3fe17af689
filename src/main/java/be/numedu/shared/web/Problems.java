package be.numedu.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;

/** RFC 9457 problem documents, for the JSON API's answers that are not the resource asked for. */
public final class Problems {

	/** A status's French title, and what is said of it when nothing more precise is known. */
	private record Wording(String title, String detail) {
	}

	/**
	 * The statuses the API answers with, in French: left untitled, Spring titles a document with the status's English
	 * reason phrase ("Bad Request").
	 */
	private static final Map<Integer, Wording> WORDINGS = Map.ofEntries(
			Map.entry(400, new Wording("Requête incorrecte",
					"Requête incorrecte : un paramètre manque ou n'a pas le bon format.")),
			Map.entry(401, new Wording("Identification requise", "Identification requise.")),
			Map.entry(403, new Wording("Accès refusé", "Votre rôle ne permet pas cette action.")),
			Map.entry(404, new Wording("Introuvable", "Ressource introuvable.")),
			Map.entry(405, new Wording("Méthode non acceptée", "Cette méthode HTTP n'est pas acceptée à cette adresse.")),
			Map.entry(406, new Wording("Format non disponible",
					"Ce format de réponse n'est pas disponible : demandez application/json.")),
			Map.entry(409, new Wording("Conflit", "La ressource a changé entre-temps : relisez-la avant de réessayer.")),
			Map.entry(413, new Wording("Requête trop volumineuse", "Le corps de la requête est trop volumineux.")),
			Map.entry(415, new Wording("Type de contenu non accepté",
					"Ce type de contenu n'est pas accepté à cette adresse.")),
			Map.entry(422, new Wording("Données refusées", "Les données envoyées ne peuvent pas être acceptées.")),
			Map.entry(429, new Wording("Trop de requêtes", "Trop de requêtes : réessayez dans quelques minutes.")));

	private static final Wording SERVER_ERROR = new Wording("Erreur du service",
			"Erreur inattendue du service : réessayez plus tard.");

	private static final Wording OTHER = new Wording("Requête non traitée", "La requête n'a pas pu être traitée.");

	/** Writes documents where no message converter is at hand: in the filters before Spring MVC. */
	private static final JacksonJsonHttpMessageConverter JSON = new JacksonJsonHttpMessageConverter();

	private Problems() {
	}

	/** A problem document with its status and a French explanation. */
	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String detail) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(document(status, detail));
	}

	/**
	 * Answers a request with a problem document from outside Spring MVC (a filter, Spring Security's handlers), as the
	 * API's controllers would: titled in French, and with the request's path as its {@code instance}. Headers the
	 * answer needs ({@code WWW-Authenticate}, {@code Retry-After}) are set before.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		ProblemDetail problem = document(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		JSON.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
	}

	/** The document itself, titled in French. */
	static ProblemDetail document(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(wording(status).title());
		return problem;
	}

	/** The document for a status, with what is said of it when nothing more precise is known. */
	static ProblemDetail document(HttpStatusCode status) {
		return document(status, wording(status).detail());
	}

	private static Wording wording(HttpStatusCode status) {
		return WORDINGS.getOrDefault(status.value(), status.is5xxServerError() ? SERVER_ERROR : OTHER);
	}
}
