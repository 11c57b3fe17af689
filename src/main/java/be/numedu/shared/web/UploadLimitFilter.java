package be.numedu.shared.web;

import java.io.IOException;
import java.util.Locale;

import be.numedu.shared.web.UploadLimit.SentBack;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
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
 * The decision rests on the declared length, which browsers always send with a form. A form the container cannot
 * read within its other limits is read here first: one sent without its length that turns out too large is refused
 * the same way; one of more parts than {@code server.tomcat.max-part-count}, or whose part's headers are too long,
 * was not too large, and comes back with {@code ?illisible} ({@link UploadLimit#UNREADABLE}) instead.
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
				if ("POST".equals(request.getMethod())) {
					SentBack refused = request.getContentLengthLong() > limit.toBytes() ? SentBack.TOO_LARGE
							: unreadable(request, limit);
					if (refused != null) {
						refuse(request, response, limit, refused);
						return;
					}
				}
				chain.doFilter(request, response);
			}
		});
		// before Spring Security's filters (whose default order is -100)
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Why the container cannot read the form within its limits, if it cannot: past them, every parameter read fails
	 * with the container's 413, which is better said here than by the first filter that reads one. Only a size past
	 * the request's limit (a body sent without its length, or one file as large) makes the form too large; too many
	 * parts or too long a part's headers make it unreadable.
	 */
	private static SentBack unreadable(HttpServletRequest request, DataSize limit) {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			return null;
		}
		try {
			request.getParameterMap();
			return null;
		}
		catch (InvalidParameterException e) {
			if (e.getErrorCode() != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
				return null;
			}
			return e.getCause() instanceof SizeException size && size.getActualSize() > limit.toBytes()
					? SentBack.TOO_LARGE : SentBack.UNREADABLE;
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit,
			SentBack refused) throws IOException {
		String path = PageLinks.local(request.getRequestURI().substring(request.getContextPath().length()));
		if (path.startsWith("/api/")) {
			Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, switch (refused) {
				case TOO_LARGE -> "Le corps de la requête dépasse " + limit.toMegabytes() + " Mo.";
				case UNREADABLE -> "Le formulaire n'a pas pu être lu en entier : il compte trop de parties, ou les "
						+ "en-têtes d'une partie sont trop longs.";
			});
			return;
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + path + "?" + refused.parameter());
	}
}
