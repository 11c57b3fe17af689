package be.numedu.resources.standards;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The OAI-PMH endpoint, public, for GET and for POST (a form of the same arguments, which harvesters use for long
 * resumption tokens). Every answer, errors included, is HTTP 200 with the protocol's XML, as OAI-PMH requires.
 */
@Controller
class OaiController {

	private static final Logger log = LoggerFactory.getLogger(OaiController.class);

	static final MediaType TEXT_XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

	private final OaiProvider provider;

	OaiController(OaiProvider provider) {
		this.provider = provider;
	}

	@RequestMapping(path = "/oai", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> oai(HttpServletRequest request) {
		return ResponseEntity.ok().contentType(TEXT_XML).body(provider.respond(request.getParameterMap()));
	}

	/**
	 * Arguments the container cannot decode fail on the first parameter read, this controller's or an interceptor's:
	 * the protocol's {@code badArgument}, rather than the container's 400.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<byte[]> undecodable(InvalidParameterException e) {
		log.debug("OAI-PMH arguments not decoded: {}", e.getMessage());
		return ResponseEntity.ok().contentType(TEXT_XML).body(provider.undecodable());
	}
}
