package be.numedu.accounts.web;

import java.io.IOException;

import be.numedu.accounts.domain.NumeduUser;
import be.numedu.accounts.domain.SessionValidity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was closed or changed since the sign-in: the person is sent back to the login page,
 * told why. Without it a closed account, or a stolen session after a password change, would stay signed in until
 * the session times out.
 */
class SessionValidityFilter extends OncePerRequestFilter {

	private final SessionValidity validity;

	SessionValidityFilter(SessionValidity validity) {
		this.validity = validity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof NumeduUser user
				&& !validity.stillValid(user)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN + "?expire");
			return;
		}
		chain.doFilter(request, response);
	}
}
