package be.numedu;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.testsupport.FaseFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * numedu as a person runs it: the packaged jar in a process of its own, on an empty directory. It refuses the
 * postgres profile without a database; on the embedded default it prints the demo passwords once and files the demo's
 * support requests once, serves the first page, gives a new session id at sign-in; and when the process is killed in the middle of an import, it comes back
 * with the register as it was before or as it is after, never in between. With {@code -Dnumedu.test.database=postgres}
 * the same runs against PostgreSQL (with a bootstrap administrator instead of the demo accounts).
 */
class ApplicationProcessIntegrationTests {

	static final Path JAR = Path.of("target/numedu.jar").toAbsolutePath();

	static final String MARK = "Zyxwvutsr";

	@TempDir
	Path directory;

	final List<Process> started = new ArrayList<>();

	final boolean postgres = "postgres".equals(System.getProperty("numedu.test.database", "h2"));

	final String schema = "numedu_process_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	final String adminPassword = "mot-de-passe-admin-" + UUID.randomUUID();

	@AfterEach
	void stop() throws Exception {
		for (Process process : started) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		if (postgres) {
			new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "test", "-c",
					"drop schema if exists " + schema + " cascade").start().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void thePostgresProfileRefusesToStartWithoutItsDatabase() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString(), "--spring.profiles.active=postgres",
				"--server.port=" + freePort());
		builder.environment().remove("NUMEDU_DB_URL");
		builder.environment().remove("NUMEDU_DB_USER");
		Process process = start(builder, "refused.log");

		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isNotZero();
		assertThat(Files.readString(directory.resolve("refused.log")))
			.contains("Le profil postgres ne démarre pas sans sa base de données", "ne se rabat jamais sur H2");
		assertThat(directory.resolve("data")).doesNotExist();
	}

	@Test
	void aKilledImportLeavesTheRegisterWholeAndTheDemoPasswordsArePrintedOnce() throws Exception {
		// given numedu started on an empty directory
		int port = freePort();
		Process first = launch(port, "first.log");
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://127.0.0.1:" + port;
		awaitReady("first.log");
		String log = Files.readString(directory.resolve("first.log"));
		String email = postgres ? "admin@process.numedu.example" : "admin@numedu.example";
		String password = postgres ? adminPassword : demoPassword(log, email);
		if (postgres) {
			assertThat(log).doesNotContain("comptes de démonstration");
		}

		// the first page, and a new session id at sign-in
		assertThat(http.send(get(base + "/"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		signInChangesTheSessionId(http, base, email, password);
		// and the demo's support requests (none on PostgreSQL, where no demo data exists)
		int demoRequests = postgres ? 0 : 5;
		assertThat(awaitRequests(base, email, password, demoRequests)).isEqualTo(demoRequests);

		// when an import renaming every school is cut off by a kill
		byte[] renamed = FaseFiles.edited(lines -> {
			for (int i = 1; i < lines.size(); i++) {
				String[] cells = lines.get(i).split(";", -1);
				cells[1] = cells[1].startsWith("\"") ? "\"" + MARK + " " + cells[1].substring(1) : MARK + " " + cells[1];
				lines.set(i, String.join(";", cells));
			}
			return lines;
		});
		HttpRequest importing = HttpRequest.newBuilder(URI.create(base + "/api/etablissements/imports?nom=renamed.csv"))
			.header("Authorization", basic(email, password))
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(renamed))
			.build();
		var pending = HttpClient.newHttpClient().sendAsync(importing, HttpResponse.BodyHandlers.ofString());
		Thread.sleep(1500);
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		pending.cancel(true);

		// then, started again, numedu has either none or all of the file's changes
		int port2 = freePort();
		launch(port2, "second.log");
		String base2 = "http://127.0.0.1:" + port2;
		awaitReady("second.log");
		String renamedSchools = http.send(get(base2 + "/api/etablissements?taille=1&q=" + MARK),
				HttpResponse.BodyHandlers.ofString()).body();
		long total = Long.parseLong(field(renamedSchools, "total"));
		String report = http.send(HttpRequest.newBuilder(URI.create(base2 + "/api/etablissements/imports/2"))
			.header("Authorization", basic(email, password)).build(), HttpResponse.BodyHandlers.ofString()).body();
		if (total == 0) {
			assertThat(report).contains("\"status\":\"FAILED\"", "interrompu");
		}
		else {
			assertThat(total).isEqualTo(3029);
			assertThat(report).contains("\"status\":\"SUCCEEDED\"");
		}
		// and the demo's requests were not filed again
		assertThat(awaitRequests(base2, email, password, demoRequests)).isEqualTo(demoRequests);
		// and the demo passwords were not printed again
		assertThat(Files.readString(directory.resolve("second.log"))).doesNotContain("comptes de démonstration");
	}

	private void signInChangesTheSessionId(HttpClient http, String base, String email, String password)
			throws Exception {
		String login = http.send(get(base + "/connexion"), HttpResponse.BodyHandlers.ofString()).body();
		String before = session(http);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/connexion"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).get().asString().endsWith("/compte");
		assertThat(session(http)).isNotNull().isNotEqualTo(before);
	}

	private static String session(HttpClient http) {
		CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	private Process launch(int port, String logName) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx768m", "-jar", JAR.toString(), "--server.port=" + port);
		Map<String, String> environment = builder.environment();
		if (postgres) {
			String url = System.getenv().getOrDefault("NUMEDU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
			builder.command().add("--spring.profiles.active=postgres");
			builder.command().add("--spring.flyway.schemas=" + schema);
			builder.command().add("--spring.flyway.create-schemas=true");
			environment.put("NUMEDU_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			environment.put("NUMEDU_DB_USER", System.getenv().getOrDefault("NUMEDU_TEST_DB_USER", "postgres"));
			environment.put("NUMEDU_LOAD_BUNDLED_REGISTER", "true");
			environment.put("NUMEDU_BOOTSTRAP_ADMIN_EMAIL", "admin@process.numedu.example");
			environment.put("NUMEDU_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
		}
		return start(builder, logName);
	}

	private Process start(ProcessBuilder builder, String logName) throws IOException {
		builder.directory(directory.toFile());
		builder.redirectErrorStream(true);
		builder.redirectOutput(directory.resolve(logName).toFile());
		Process process = builder.start();
		started.add(process);
		return process;
	}

	/**
	 * Waits until numedu has finished starting: the register's start-up work (closing an interrupted import,
	 * rebuilding the index, loading the shipped file) is the last, and says when it is done.
	 */
	private void awaitReady(String logName) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		Path log = directory.resolve(logName);
		while (System.nanoTime() < deadline) {
			String text = Files.exists(log) ? Files.readString(log) : "";
			if (text.contains("Registre prêt")) {
				return;
			}
			if (text.contains("APPLICATION FAILED TO START") || text.contains("Application run failed")) {
				throw new AssertionError("numedu failed to start:\n" + text);
			}
			Thread.sleep(300);
		}
		throw new AssertionError("numedu did not start in time: see " + log);
	}

	/**
	 * The number of support requests the API lists to the administrator, once it is {@code expected} or after 60 s:
	 * the demo's requests are filed after the register's start-up work.
	 */
	private static long awaitRequests(String base, String email, String password, long expected) throws Exception {
		HttpRequest list = HttpRequest.newBuilder(URI.create(base + "/api/demandes?taille=1"))
			.header("Authorization", basic(email, password))
			.timeout(Duration.ofSeconds(30))
			.build();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			HttpResponse<String> response = HttpClient.newHttpClient().send(list, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			long total = Long.parseLong(field(response.body(), "totalItems"));
			if (total == expected || System.nanoTime() > deadline) {
				return total;
			}
			Thread.sleep(300);
		}
	}

	private static String demoPassword(String log, String email) {
		Matcher matcher = Pattern.compile(Pattern.quote(email) + "\\s+(\\S+)").matcher(log);
		assertThat(matcher.find()).as("the demo password of %s is printed", email).isTrue();
		String password = matcher.group(1);
		assertThat(log.indexOf(password)).isEqualTo(log.lastIndexOf(password));
		return password;
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
		assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
		return matcher.group(1);
	}

	private static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
