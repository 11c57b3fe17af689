package be.numedu.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One URL serves a whole page and, to htmx, only the fragment it swaps: controllers ask here which one is wanted.
 */
public final class Htmx {

	private Htmx() {
	}

	/** Whether htmx sent the request (and so wants a fragment, not the whole page). */
	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/** The view for a request: the fragment for htmx, the page otherwise. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmx(request) ? page + " :: " + fragment : page;
	}
}
