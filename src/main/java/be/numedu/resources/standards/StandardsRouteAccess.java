package be.numedu.resources.standards;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The OAI-PMH endpoint is open to every harvester, for GET and POST; the imports of partner collections are the SGNE
 * administrators'.
 */
@Component
class StandardsRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/oai").permitAll();
		routes.requestMatchers("/ressources/import").hasRole(Role.ADMIN_SGNE.name());
	}
}
