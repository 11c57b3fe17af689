package be.numedu.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the JSON API as problem documents (RFC 9457) with a French {@code detail}: a malformed parameter, a
 * method or media type the route does not take, and, for anything unexpected, a generic message and no stack trace.
 */
@RestControllerAdvice(annotations = JsonApi.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.document(status);
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(problem, problemHeaders, status);
	}

	/**
	 * What goes wrong before a controller is chosen (an unknown address, a method or a media type the route does not
	 * take) reaches no advice bound to the API's controllers: under {@code /api/} it is answered here too; elsewhere
	 * it goes on to the pages' French error pages.
	 */
	@RestControllerAdvice
	static class BeforeAnyController {

		@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
				HttpMediaTypeNotSupportedException.class, NoHandlerFoundException.class, NoResourceFoundException.class })
		ResponseEntity<ProblemDetail> routing(Exception e, HttpServletRequest request) throws Exception {
			if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				throw e;
			}
			HttpStatusCode status = e instanceof org.springframework.web.ErrorResponse response ? response.getStatusCode()
					: HttpStatus.NOT_FOUND;
			ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
			if (e instanceof HttpRequestMethodNotSupportedException method && method.getSupportedHttpMethods() != null) {
				answer.allow(method.getSupportedHttpMethods().toArray(new org.springframework.http.HttpMethod[0]));
			}
			return answer.body(Problems.document(status));
		}
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Erreur inattendue de l'API", e);
		ProblemDetail problem = Problems.document(HttpStatus.INTERNAL_SERVER_ERROR);
		return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
