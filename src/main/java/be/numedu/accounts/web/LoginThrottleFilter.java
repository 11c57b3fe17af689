package be.numedu.accounts.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import be.numedu.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, before the password is even checked, while the account or the address is blocked: the
 * login form's POST and, on the API, any request carrying HTTP Basic credentials.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = attemptedUsername(request);
		if (username != null && throttle.isBlocked(username, request.getRemoteAddr())) {
			if (isFormLogin(request)) {
				response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN + "?bloque");
			}
			else {
				response.setHeader("Retry-After", String.valueOf(throttle.blockMinutes() * 60));
				Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
						"Trop de tentatives de connexion échouées : réessayez dans " + throttle.blockMinutes()
								+ " minutes.");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isFormLogin(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& SecurityConfig.LOGIN.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private static String attemptedUsername(HttpServletRequest request) {
		if (isFormLogin(request)) {
			return String.valueOf(request.getParameter("username"));
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? decoded : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException malformed) {
				return null;
			}
		}
		return null;
	}
}
