package be.numedu.resources.collections;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The list of public collections and each collection's page are public (a private collection then exists only for
 * its owner, checked by the pages). Making, changing and deleting collections need sign-in (the pages then check that
 * the collection is the person's); making someone's public collection private is the SGNE administrators'.
 */
@Component
class CollectionsRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		// Numbers only: /collections/nouvelle needs sign-in.
		routes.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "^/collections(/\\d{1,18})?(\\?.*)?$"))
			.permitAll();
		routes.requestMatchers("/collections/*/rendre-privee").hasRole(Role.ADMIN_SGNE.name());
		routes.requestMatchers("/collections", "/collections/**").authenticated();
	}
}
