package be.numedu.accounts.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;

/** The person's own account pages need a signed-in person, whatever the role; managing accounts is for SGNE administrators. */
@Component
class AccountsRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/compte/personnes", "/compte/personnes/**").hasRole(Role.ADMIN_SGNE.name());
		routes.requestMatchers("/compte", "/compte/**").authenticated();
	}
}
