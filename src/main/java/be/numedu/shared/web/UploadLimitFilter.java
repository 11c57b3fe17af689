package be.numedu.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the limit before anything reads its body. Reading any parameter of such a request
 * (the CSRF check does, first of all) makes the servlet container fail with its own English page, so the refusal
 * must come earlier: a page's form is sent back to its own address with {@code ?trop-volumineux}
 * ({@link UploadLimit#TOO_LARGE}), where the page says so in French; the API answers 413 with a problem document.
 * The decision rests on the declared length, which browsers always send with a form. A form the container cannot read within its other limits (a body sent without
 * its length that turns out too large, more parts than {@code server.tomcat.max-part-count}) is read here first, and
 * refused the same way.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimitRefusals(UploadLimit uploadLimit) {
		DataSize limit = uploadLimit.maxRequest();
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod())
						&& (request.getContentLengthLong() > limit.toBytes() || !readable(request))) {
					refuse(request, response, limit);
					return;
				}
				chain.doFilter(request, response);
			}
		});
		// before Spring Security's filters (whose default order is -100)
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Whether the container reads the form within its limits: past them, every parameter read fails with the
	 * container's 413, which is better said here than by the first filter that reads one.
	 */
	private static boolean readable(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return true;
		}
		try {
			request.getParameterMap();
			return true;
		}
		catch (InvalidParameterException e) {
			return e.getErrorCode() != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit)
			throws IOException {
		String path = PageLinks.local(request.getRequestURI().substring(request.getContextPath().length()));
		if (path.startsWith("/api/")) {
			Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
					"Le corps de la requête dépasse " + limit.toMegabytes() + " Mo.");
			return;
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + path + "?" + UploadLimit.TOO_LARGE);
	}
}
