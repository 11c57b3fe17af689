package be.numedu.shared.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code postgres} profile without its database settings, before any bean exists: numedu must
 * never fall back to the embedded H2 database, or to demo data, when a real deployment is misconfigured. Registered
 * in {@code META-INF/spring.factories} so that it runs first, in the application and in its tests alike.
 */
public class PostgresProfileGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	static void check(ConfigurableEnvironment environment) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
			return;
		}
		List<String> problems = new ArrayList<>();
		String url = environment.getProperty("NUMEDU_DB_URL", "");
		if (url.isBlank()) {
			problems.add("NUMEDU_DB_URL est absente (exemple : jdbc:postgresql://127.0.0.1:5432/numedu)");
		}
		else if (!url.startsWith("jdbc:postgresql:")) {
			problems.add("NUMEDU_DB_URL doit désigner une base PostgreSQL (jdbc:postgresql:…), pas « " + url + " »");
		}
		if (environment.getProperty("NUMEDU_DB_USER", "").isBlank()) {
			problems.add("NUMEDU_DB_USER est absente");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Le profil postgres ne démarre pas sans sa base de données : "
					+ String.join(" ; ", problems) + ". numedu ne se rabat jamais sur H2.");
		}
	}
}
