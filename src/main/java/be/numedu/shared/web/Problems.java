package be.numedu.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem documents, for the JSON API's answers that are not the resource asked for. */
public final class Problems {

	private Problems() {
	}

	/** A problem document with its status and a French explanation. */
	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String detail) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(document(status, detail));
	}

	/**
	 * The document itself, titled in French: left untitled, Spring titles it with the status's English reason phrase
	 * ("Bad Request").
	 */
	static ProblemDetail document(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(switch (status.value()) {
			case 400 -> "Requête incorrecte";
			case 401 -> "Identification requise";
			case 403 -> "Accès refusé";
			case 404 -> "Introuvable";
			case 405 -> "Méthode non acceptée";
			case 406 -> "Format non disponible";
			case 409 -> "Conflit";
			case 413 -> "Requête trop volumineuse";
			case 415 -> "Type de contenu non accepté";
			case 422 -> "Données refusées";
			case 429 -> "Trop de requêtes";
			default -> status.is5xxServerError() ? "Erreur du service" : "Requête non traitée";
		});
		return problem;
	}
}
