package be.numedu.resources.web;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The catalogue, the resources' pages, their files and versions, and the search API are public (a resource not yet
 * published is then shown only to its author and the moderators, checked by the pages). Proposing, editing and the
 * workflow need sign-in; the moderators' queue is the SGNE's.
 */
@Component
class ResourcesRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/ressources/moderation").hasRole(Role.ADMIN_SGNE.name());
		routes.requestMatchers("/ressources/nouvelle", "/ressources/miennes", "/ressources/*/modifier",
				"/ressources/*/etape", "/ressources/*/ameliorations/nouvelle", "/ressources/*/ameliorations/*/decision",
				"/ressources/*/suivi").authenticated();
		// Numbers only: the other modules' and features' pages under /ressources/ keep their own rules.
		routes.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET,
				"^/(api/)?ressources(/\\d{1,18}(/fichiers/\\d{1,18}|/versions|/ameliorations/\\d{1,18})?)?(\\?.*)?$")).permitAll();
	}
}
