package be.numedu.support.web;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Filing is for school staff (a request is always for their implantation); the queue is for operator staff and the
 * SGNE; the triage for the SGNE. A request's own page and its files are open to anyone signed in: the desk then
 * checks that the person may see that very request (its requester, its implantation's head or digital referent, the
 * staff of an operator that held it, the SGNE).
 */
@Component
class SupportRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		String[] schoolStaff = { Role.ENSEIGNANT.name(), Role.DIRECTION.name(), Role.REFERENT_NUMERIQUE.name() };
		String[] handlers = { Role.AGENT_OPERATEUR.name(), Role.CONSEILLER_TECHNOPEDAGOGIQUE.name(),
				Role.ADMIN_SGNE.name() };
		routes.requestMatchers("/demandes/nouvelle").hasAnyRole(schoolStaff);
		routes.requestMatchers("/demandes/file").hasAnyRole(handlers);
		routes.requestMatchers("/demandes/tri", "/demandes/D-*/attribution").hasRole(Role.ADMIN_SGNE.name());
		routes.requestMatchers("/demandes", "/demandes/D-*", "/demandes/D-*/**", "/api/demandes", "/api/demandes/**")
			.authenticated();
	}
}
