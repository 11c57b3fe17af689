package be.numedu.frameworks.web;

import be.numedu.accounts.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The frameworks are public reading, without signing in: a competence's URI must lead anyone to its page.
 */
@Component
class FrameworksRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/referentiels", "/referentiels/**").permitAll();
	}
}
