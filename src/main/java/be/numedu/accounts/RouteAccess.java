package be.numedu.accounts;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's access rules for its own routes. Each module declares one bean; the security configuration applies them
 * all, then requires sign-in for anything no module named. The route matrix test checks every route against the
 * roles.
 */
@FunctionalInterface
public interface RouteAccess {

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
