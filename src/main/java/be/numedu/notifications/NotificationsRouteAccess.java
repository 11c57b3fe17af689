package be.numedu.notifications;

import be.numedu.accounts.RouteAccess;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Everyone signed in has notifications; the service shows each person only their own. */
@Component
class NotificationsRouteAccess implements RouteAccess {

	@Override
	public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/notifications", "/notifications/**").authenticated();
	}
}
