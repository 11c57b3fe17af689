package be.numedu.directory.web;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The directory is public reading. Creating, retiring and bringing back cards is for SGNE administrators; editing is
 * open to them and to operator staff, and the service checks that a person edits only their own operator's card.
 */
@Component
class DirectoryRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		String admin = Role.ADMIN_SGNE.name();
		routes.requestMatchers("/cartographie/operateurs/nouveau", "/cartographie/operateurs/*/retirer",
				"/cartographie/operateurs/*/reactiver").hasRole(admin);
		routes.requestMatchers("/cartographie/operateurs/*/modifier")
			.hasAnyRole(admin, Role.AGENT_OPERATEUR.name(), Role.CONSEILLER_TECHNOPEDAGOGIQUE.name());
		routes.requestMatchers(HttpMethod.GET, "/cartographie", "/cartographie/**", "/api/cartographie",
				"/api/cartographie/**").permitAll();
	}
}
