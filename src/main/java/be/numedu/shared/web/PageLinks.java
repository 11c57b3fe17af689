package be.numedu.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the previous and next pages of a result list: the current address with only its {@code page} parameter
 * changed (pages are numbered from 1 in addresses), or {@code null} at either end.
 */
public record PageLinks(int page, int pageCount, String previous, String next) {

	public static PageLinks of(HttpServletRequest request, int zeroBasedPage, int pageCount) {
		int page = zeroBasedPage + 1;
		return new PageLinks(page, pageCount, page > 1 ? withParameter(request, "page", page - 1) : null,
				page < pageCount ? withParameter(request, "page", page + 1) : null);
	}

	/** The zero-based page an address's {@code page} parameter asks for (numbered from 1); anything else gives the first. */
	public static int index(String page) {
		return page != null && page.matches("\\d{1,6}") ? Math.max(0, Integer.parseInt(page) - 1) : 0;
	}

	/**
	 * A path that stays on this site: "//host/x" would be read by browsers as another host's address, so any run of
	 * leading slashes becomes one.
	 */
	public static String local(String path) {
		return path == null || path.isEmpty() ? "/" : path.replaceFirst("^[/\\\\]+", "/");
	}

	/**
	 * The current path and query with one parameter replaced, relative to the host: links built from the request
	 * never carry a host name a client sent.
	 */
	public static String withParameter(HttpServletRequest request, String name, Object value) {
		// On an error page, the address is the one that failed, not the error page's own.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = local(failed instanceof String uri ? uri : request.getRequestURI());
		String query = failed instanceof String ? null : request.getQueryString();
		try {
			return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang")
				.replaceQueryParam(name, value).build(true).toUriString();
		}
		catch (IllegalArgumentException malformed) {
			// A hand-made address with broken percent-encoding: keep the path, drop its query.
			return UriComponentsBuilder.fromPath(path).queryParam(name, value).build().encode().toUriString();
		}
	}
}
