package be.numedu.accounts.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import be.numedu.accounts.RouteAccess;
import be.numedu.accounts.domain.SessionValidity;
import be.numedu.shared.web.Problems;
import jakarta.servlet.DispatcherType;

/**
 * Two filter chains. {@code /api/**} is stateless: public reads, and HTTP Basic for the calls that need a role (no
 * session cookie is read there, so no cross-site request can ride on a browser's session). Everything else is the
 * browser's: form login, CSRF tokens on every form, a new session id at sign-in, strict security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String LOGIN = "/connexion";

	/** Scripts and styles only from numedu itself: no inline script can run, whatever text a page shows. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** BCrypt (through the delegating encoder, so hashes name their algorithm), with recent successes remembered. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, List<RouteAccess> modules, LoginThrottle throttle) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(routes -> {
				modules.forEach(module -> module.declare(routes));
				routes.anyRequest().authenticated();
			})
			.httpBasic(basic -> basic.realmName("numedu").authenticationEntryPoint((request, response, e) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"numedu\", charset=\"UTF-8\"");
				Problems.write(request, response, HttpStatus.UNAUTHORIZED,
						"Authentification requise : utilisez HTTP Basic avec votre adresse et votre mot de passe.");
			}))
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> Problems.write(request,
					response, HttpStatus.FORBIDDEN, "Votre rôle ne permet pas cette action.")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, List<RouteAccess> modules, LoginThrottle throttle,
			SessionValidity validity) throws Exception {
		http.authorizeHttpRequests(routes -> {
			routes.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
			routes.requestMatchers("/", "/accessibilite", "/vie-privee", "/error", "/favicon.ico", "/assets/**",
					"/webjars/**").permitAll();
			routes.requestMatchers(LOGIN).permitAll();
			modules.forEach(module -> module.declare(routes));
			routes.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.failureUrl(LOGIN + "?erreur")
				.defaultSuccessUrl("/compte"))
			.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnecte"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// The OAI-PMH endpoint is public and only reads: harvesters POST without a session or a token.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/oai"))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionValidityFilter(validity), SecurityContextHolderFilter.class)
			.headers(this::headers);
		return http.build();
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.contentTypeOptions(Customizer.withDefaults());
	}
}
