package be.numedu.shared.web;

import org.springframework.http.HttpStatus;
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
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}
}
