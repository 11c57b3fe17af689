package be.numedu.support.dashboard;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The dashboards are for the SGNE and for operator staff; the controller then narrows operator staff to their own
 * operator's figures.
 */
@Component
class DashboardRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, DashboardController.PAGE, DashboardController.PAGE + ".csv")
			.hasAnyRole(Role.ADMIN_SGNE.name(), Role.AGENT_OPERATEUR.name(), Role.CONSEILLER_TECHNOPEDAGOGIQUE.name());
	}
}
