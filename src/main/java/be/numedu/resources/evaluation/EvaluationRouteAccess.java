package be.numedu.resources.evaluation;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Evaluating a resource needs an account (the page then refuses the resource's owner, and resources not published);
 * the grid's settings and the experts are the SGNE administrators'. Declared ahead of the other modules' rules
 * (these paths are more specific than any rule the catalogue may declare for {@code /ressources/**}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvaluationRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/ressources/grille", "/ressources/experts", "/ressources/experts/**")
			.hasRole(Role.ADMIN_SGNE.name());
		routes.requestMatchers("/ressources/*/evaluation").authenticated();
	}
}
