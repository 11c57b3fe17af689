package be.numedu.schools.web;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The register is public reading; importing it is for SGNE administrators only. */
@Component
class SchoolsRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/etablissements/import", "/etablissements/import/**").hasRole(Role.ADMIN_SGNE.name());
		routes.requestMatchers("/api/etablissements/imports", "/api/etablissements/imports/**")
			.hasRole(Role.ADMIN_SGNE.name());
		routes.requestMatchers(HttpMethod.GET, "/etablissements", "/etablissements/**", "/api/etablissements",
				"/api/etablissements/**").permitAll();
	}
}
