package be.numedu.resources.community;

import be.numedu.accounts.Role;
import be.numedu.accounts.RouteAccess;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Comments are read on the resources' pages (public); writing, reporting and deleting one's own need an account (the
 * service then checks the resource is published and the comment is the person's); hiding, restoring, the queue of
 * reports and dismissing them are the moderators', the SGNE administrators. Declared ahead of the catalogue's rules,
 * like the other features under {@code /ressources/}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CommunityRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/ressources/signalements", "/ressources/signalements/*/classer",
				"/ressources/*/commentaires/*/masquer", "/ressources/*/commentaires/*/retablir")
			.hasRole(Role.ADMIN_SGNE.name());
		routes.requestMatchers("/ressources/*/commentaires", "/ressources/*/commentaires/*/signalement",
				"/ressources/*/commentaires/*/supprimer").authenticated();
	}
}
