package be.numedu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: who runs the service, the current path (to mark the active navigation item)
 * and the links that switch the language while staying on the same page.
 */
@ControllerAdvice
class LayoutModel {

	private final ServiceProperties service;

	LayoutModel(ServiceProperties service) {
		this.service = service;
	}

	@ModelAttribute("service")
	ServiceProperties service() {
		return service;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("languageLinks")
	LanguageLinks languageLinks(HttpServletRequest request) {
		return new LanguageLinks(switchTo(request, "fr"), switchTo(request, "en"));
	}

	private static String switchTo(HttpServletRequest request, String language) {
		return PageLinks.withParameter(request, "lang", language);
	}

	record LanguageLinks(String fr, String en) {
	}
}
