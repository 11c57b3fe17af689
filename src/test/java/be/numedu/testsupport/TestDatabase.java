package be.numedu.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Gives every test application context its own database, its own Lucene index and its own attachments folder, so
 * that cached contexts never see each other's data. By default an in-memory H2 database; with {@code -Dnumedu.test.database=postgres} (the
 * {@code postgres-tests} Maven profile) a fresh schema in the real PostgreSQL named by {@code NUMEDU_TEST_DB_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test}), run through numedu's own {@code postgres} profile and
 * dropped when the context closes.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static boolean postgres() {
		return "postgres".equals(System.getProperty("numedu.test.database", "h2"));
	}

	static String postgresUrl() {
		String url = System.getenv("NUMEDU_TEST_DB_URL");
		return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
	}

	static String postgresUser() {
		String user = System.getenv("NUMEDU_TEST_DB_USER");
		return user == null || user.isBlank() ? "postgres" : user;
	}

	/** Activates numedu's postgres profile when the tests run on PostgreSQL. */
	public static class Profiles implements ActiveProfilesResolver {

		@Override
		public String[] resolve(Class<?> testClass) {
			return postgres() ? new String[] { "test", "postgres" } : new String[] { "test" };
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Map<String, Object> properties = new HashMap<>();
		properties.put("numedu.index-directory", Path.of("target", "test-indexes", id).toAbsolutePath().toString());
		properties.put("spring.jpa.properties.hibernate.search.backend.directory.root",
				Path.of("target", "test-indexes", id).toAbsolutePath().toString());
		properties.put("numedu.support.attachments-directory",
				Path.of("target", "test-attachments", id).toAbsolutePath().toString());
		// The link checker's tests serve links from this machine, which numedu otherwise never fetches.
		properties.put("numedu.resources.link-check.allow-private-addresses", "true");
		properties.put("numedu.resources.files-directory",
				Path.of("target", "test-resource-files", id).toAbsolutePath().toString());
		properties.put("numedu.demo.enabled", "false");
		properties.put("numedu.schools.load-bundled-register", "true");
		if (postgres()) {
			String schema = "numedu_test_" + id;
			String base = postgresUrl();
			properties.put("NUMEDU_DB_URL", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			properties.put("NUMEDU_DB_USER", postgresUser());
			properties.put("spring.flyway.schemas", schema);
			properties.put("spring.flyway.default-schema", schema);
			properties.put("spring.flyway.create-schemas", "true");
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent) {
					dropSchema(schema);
				}
			});
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:numedu-" + id
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("numedu-test-database", properties));
	}

	private static void dropSchema(String schema) {
		try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(),
				System.getenv().getOrDefault("NUMEDU_TEST_DB_PASSWORD", ""));
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		catch (SQLException e) {
			// The schema stays behind: harmless, and the next run uses another name.
		}
	}
}
