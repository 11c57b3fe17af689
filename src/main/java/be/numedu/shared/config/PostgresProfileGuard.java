package be.numedu.shared.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the {@code postgres} profile without its database settings, before any bean (the data source
 * first) is created: numedu must never fall back to the embedded H2 database, or to demo data, when a real
 * deployment is misconfigured.
 */
@Component
class PostgresProfileGuard implements BeanFactoryPostProcessor, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(environment);
	}

	static void check(Environment environment) {
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
