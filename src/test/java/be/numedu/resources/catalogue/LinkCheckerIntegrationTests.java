package be.numedu.resources.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import be.numedu.resources.catalogue.LinkFailure.Kind;
import be.numedu.shared.web.Dates;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The link check against real HTTP servers on this machine: a link that answers is fine, one that fails twice is
 * flagged dead and its author told once, one that answers again is cleared; redirects are followed; each kind of
 * failure is said in French words. A run goes on batch after batch until no link is due or its time budget is spent,
 * checks several links at once but never more than two at once on one host, and keeps each resource's count of
 * failures right. The resource's page says a dead link to everyone and a first failure only to its author and the
 * moderators. Without the test setting, addresses of the machine's own network are never fetched.
 */
@NumeduTest
class LinkCheckerIntegrationTests {

	@Autowired
	LinkChecker checker;

	@Autowired
	ResourceSamples samples;

	@Autowired
	Personas personas;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceRepository resources;

	@Autowired
	ResourceEventRepository events;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MessageSource messages;

	@Autowired
	Dates dates;

	/** What the check of a {@code /spends/} link takes of its run's time. */
	static final Duration SPENDS = Duration.ofMinutes(1);

	HttpServer server;

	ExecutorService serverThreads = Executors.newFixedThreadPool(16);

	volatile int goneStatus = 404;

	/** Released when the test is over: the server's endpoints that hold a request then let it go. */
	final CountDownLatch over = new CountDownLatch(1);

	/** The GET requests of the endpoint whose body never ends, and the hops asked of the slow relay. */
	final AtomicInteger drips = new AtomicInteger();

	final AtomicInteger hops = new AtomicInteger();

	/** A clock for a run, in nanoseconds, which only the server moves. */
	final AtomicLong clock = new AtomicLong();

	/** Requests under way on the server, by the host they were sent to, and the most there ever were. */
	final Map<String, AtomicInteger> underWay = new ConcurrentHashMap<>();

	final Map<String, Integer> mostPerHost = new ConcurrentHashMap<>();

	final AtomicInteger underWayInAll = new AtomicInteger();

	final AtomicInteger mostInAll = new AtomicInteger();

	@BeforeEach
	void serve() throws IOException {
		// On every address of the machine, so that 127.0.0.2 and 127.0.0.3 are other hosts on the same server.
		server = HttpServer.create(new InetSocketAddress(0), 0);
		server.setExecutor(serverThreads);
		server.createContext("/ok", exchange -> answer(exchange, 200));
		server.createContext("/gone", exchange -> answer(exchange, goneStatus));
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().add("Location", "/ok");
			answer(exchange, 301);
		});
		server.createContext("/status/", exchange -> answer(exchange,
				Integer.parseInt(exchange.getRequestURI().getPath().substring("/status/".length()))));
		server.createContext("/loop", exchange -> {
			exchange.getResponseHeaders().add("Location", "/loop");
			answer(exchange, 302);
		});
		server.createContext("/nowhere", exchange -> answer(exchange, 302));
		server.createContext("/slow", exchange -> {
			// no answer as long as the test goes on
			hold(Duration.ofMinutes(1));
			answer(exchange, 200);
		});
		server.createContext("/spends/", exchange -> {
			// the check of this link takes the whole budget of the run, on the clock the test gives it
			clock.addAndGet(SPENDS.toNanos());
			answer(exchange, 200);
		});
		server.createContext("/drip", exchange -> {
			if (exchange.getRequestMethod().equals("HEAD")) {
				answer(exchange, 405);
				return;
			}
			drips.incrementAndGet();
			// a body that never ends: a byte now and then, until the client hangs up or the test is over
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream body = exchange.getResponseBody()) {
				while (!over.await(50, TimeUnit.MILLISECONDS)) {
					body.write('.');
					body.flush();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		server.createContext("/relay/", exchange -> {
			// each hop on to the next after a second
			int hop = Integer.parseInt(exchange.getRequestURI().getPath().substring("/relay/".length()));
			hops.incrementAndGet();
			hold(Duration.ofSeconds(1));
			exchange.getResponseHeaders().add("Location", "/relay/" + (hop + 1));
			answer(exchange, 302);
		});
		server.createContext("/counted/", exchange -> {
			String host = exchange.getRequestHeaders().getFirst("Host");
			int here = underWay.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
			mostPerHost.merge(host, here, Math::max);
			mostInAll.accumulateAndGet(underWayInAll.incrementAndGet(), Math::max);
			pause(Duration.ofMillis(300));
			underWay.get(host).decrementAndGet();
			underWayInAll.decrementAndGet();
			answer(exchange, exchange.getRequestURI().getPath().endsWith("/ok") ? 200 : goneStatus);
		});
		server.start();
		// only this test's links are due: every other one was checked far ahead of the test's clock
		jdbc.update("update resource set link_checked_at = ? where url is not null",
				Timestamp.from(Instant.now().plus(Duration.ofDays(3650))));
	}

	@AfterEach
	void stop() {
		over.countDown();
		server.stop(0);
		serverThreads.shutdownNow();
	}

	@Test
	void aLinkThatFailsTwiceIsDeadItsAuthorIsToldAndItRecovers() {
		long ok = publishedWith(base() + "/moved");
		long gone = publishedWith(base() + "/gone");

		assertThat(checker.checkDue(Instant.now())).isEqualTo(2);
		assertThat(resources.findById(ok).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.OK);
		assertThat(resources.findById(gone).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.FAILING);

		checker.checkDue(Instant.now().plus(Duration.ofDays(8)));
		Resource dead = resources.findById(gone).orElseThrow();
		assertThat(dead.getLinkStatus()).isEqualTo(LinkStatus.DEAD);
		assertThat(dead.getLinkFailure()).isEqualTo(LinkFailure.http(404));
		long author = samples.person(Persona.TEACHER).id();
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(author, gone).stream()
			.anyMatch(t -> t.contains("ne répond plus") && t.contains("la page n'existe pas sur le site, erreur 404")));
		assertThat(jdbc.queryForObject("select message from resource_event where resource_id = ? and kind = 'LINK_DEAD'",
				String.class, gone)).isEqualTo(base() + "/gone — la page n'existe pas sur le site, erreur 404");
		// the notice says the failure the check found, carried with the change, whatever the resource says when told
		assertThat(jdbc.queryForList("select serialized_event from event_publication where event_type like ? "
				+ "and listener_id like '%ResourceNotifier%'", String.class, "%ResourceChanged"))
			.filteredOn(event -> event.contains("\"resourceId\":" + gone + ",") && event.contains("\"LINK_DEAD\""))
			.singleElement().asString().contains("\"linkFailure\":\"HTTP_404\"");

		goneStatus = 200;
		checker.checkDue(Instant.now().plus(Duration.ofDays(16)));
		assertThat(resources.findById(gone).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.OK);
		assertThat(resources.findById(gone).orElseThrow().getLinkFailure()).isNull();
		assertThat(jdbc.queryForList("select kind from resource_event where resource_id = ? order by id", String.class,
				gone)).contains("LINK_DEAD", "LINK_RESTORED");
	}

	@Test
	void thePageSaysADeadLinkToEveryoneAndAFirstFailureOnlyToItsAuthorAndTheModerators() throws Exception {
		long id = publishedWith(base() + "/gone");
		String page = "/ressources/" + id;
		assertThat(html(null, page)).doesNotContain("id=\"link-state\"");

		checker.checkDue(Instant.now());
		assertThat(resources.findById(id).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.FAILING);
		String when = checkedAt(id);
		// one failure may be a passing outage: visitors see nothing, the author and the moderators a note
		assertThat(html(null, page)).doesNotContain("id=\"link-state\"").doesNotContain("Lien injoignable");
		assertThat(html(Persona.HEAD, page)).doesNotContain("id=\"link-state\"");
		for (Persona who : List.of(Persona.TEACHER, Persona.ADMIN)) {
			assertThat(html(who, page)).as(who.name()).contains("id=\"link-state\"")
				.contains("la vérification du lien du " + when + " a échoué : la page n&#39;existe pas sur le site, erreur 404.")
				.doesNotContain("Lien injoignable");
		}

		checker.checkDue(Instant.now().plus(Duration.ofDays(8)));
		when = checkedAt(id);
		// dead: said to everyone, with when, why, and who was told
		for (Persona who : Arrays.asList(null, Persona.HEAD, Persona.TEACHER, Persona.ADMIN)) {
			assertThat(html(who, page)).as(String.valueOf(who)).contains("Lien injoignable")
				.contains("Dernière vérification le " + when + " : la page n&#39;existe pas sur le site, erreur 404.")
				.contains("L&#39;auteur de la ressource en a été averti.")
				.doesNotContain("en ont été avertis");
		}

		goneStatus = 200;
		checker.checkDue(Instant.now().plus(Duration.ofDays(16)));
		for (Persona who : Arrays.asList(null, Persona.TEACHER, Persona.ADMIN)) {
			// (the author's and the moderators' timeline keeps the flag and its end)
			assertThat(html(who, page)).as(String.valueOf(who)).doesNotContain("id=\"link-state\"")
				.doesNotContain("Dernière vérification le");
		}
	}

	@Test
	void eachKindOfFailureIsSaidInFrenchWords(@TempDir Path keys) throws Exception {
		// time enough for every answer, however busy the machine; the one that never answers is asked in a hurry
		LinkChecker patient = checker(200, Duration.ofMinutes(5), 8, Duration.ofSeconds(30), true);
		LinkChecker quick = checker(200, Duration.ofMinutes(5), 8, Duration.ofMillis(700), true);
		String base = base();
		assertThat(patient.failureOf(base + "/ok")).isNull();
		assertThat(patient.failureOf(base + "/moved")).isNull();
		assertThat(words(patient.failureOf(base + "/status/404"))).isEqualTo("la page n'existe pas sur le site, erreur 404");
		assertThat(words(patient.failureOf(base + "/status/410"))).isEqualTo("la page a été supprimée du site, erreur 410");
		assertThat(words(patient.failureOf(base + "/status/401"))).isEqualTo("la page demande de se connecter, erreur 401");
		assertThat(words(patient.failureOf(base + "/status/403"))).isEqualTo("le site en interdit l'accès, erreur 403");
		assertThat(words(patient.failureOf(base + "/status/429")))
			.isEqualTo("le site refuse les demandes trop nombreuses, erreur 429");
		assertThat(words(patient.failureOf(base + "/status/500")))
			.isEqualTo("le serveur du site est en panne ou surchargé, erreur 500");
		assertThat(words(patient.failureOf(base + "/status/503")))
			.isEqualTo("le serveur du site est en panne ou surchargé, erreur 503");
		assertThat(words(patient.failureOf(base + "/status/418"))).isEqualTo("le site refuse la demande, erreur 418");
		assertThat(words(patient.failureOf(base + "/loop")))
			.isEqualTo("le site renvoie de page en page sans aboutir, plus de cinq fois");
		assertThat(words(patient.failureOf(base + "/nowhere")))
			.isEqualTo("le site renvoie vers une autre page sans dire laquelle");
		assertThat(words(quick.failureOf(base + "/slow"))).isEqualTo("le site n'a pas répondu à temps");
		assertThat(words(patient.failureOf("http://127.0.0.1:" + closedPort() + "/")))
			.isEqualTo("le serveur du site refuse la connexion");
		assertThat(words(patient.failureOf("http://nom-qui-n-existe-pas.invalid/")))
			.isEqualTo("le nom de domaine du site n'existe pas ou plus");
		assertThat(words(patient.failureOf("http://exemple .org/")))
			.isEqualTo("l'adresse du lien n'est pas valide");
		try (ServerSocket mute = answering(null)) {
			assertThat(words(patient.failureOf("http://127.0.0.1:" + mute.getLocalPort() + "/")))
				.isEqualTo("le site a coupé la connexion sans répondre");
		}
		// plain HTTP where the link says HTTPS: the secure connection cannot be set up
		try (ServerSocket plain = answering("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")) {
			assertThat(words(patient.failureOf("https://127.0.0.1:" + plain.getLocalPort() + "/")))
				.isEqualTo("la connexion sécurisée (HTTPS) au site a échoué");
		}
		HttpsServer selfSigned = selfSignedServer(keys);
		try {
			assertThat(words(patient.failureOf("https://127.0.0.1:" + selfSigned.getAddress().getPort() + "/ok")))
				.isEqualTo("le certificat de sécurité du site n'est pas valable : expiré, non reconnu ou établi pour un "
						+ "autre site");
		}
		finally {
			selfSigned.stop(0);
		}
	}

	@Test
	void aRunTakesBatchAfterBatchUntilNoLinkIsDue() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(publishedWith(base() + "/ok?lot=" + i));
		}
		LinkChecker byTwo = checker(2, Duration.ofMinutes(5), 8, Duration.ofSeconds(5), true);
		assertThat(byTwo.checkDue(Instant.now())).isEqualTo(5);
		ids.forEach(id -> assertThat(resources.findById(id).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.OK));
		// checked in this run: none is due again at the same time
		assertThat(byTwo.checkDue(Instant.now())).isZero();
	}

	@Test
	void aRunStopsTakingLinksWhenItsTimeBudgetIsSpent() {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(publishedWith(base() + "/spends/" + i));
		}
		// one at a time, two a batch: the first check spends the budget, so the second is not started, nor another
		// batch taken; the others wait for the next run
		LinkChecker hurried = checker(2, SPENDS, 1, Duration.ofSeconds(5), true);
		int checked = hurried.checkDue(Instant.now(), clock::get);
		assertThat(checked).isOne();
		assertThat(ids.stream().filter(id -> resources.findById(id).orElseThrow().getLinkStatus() == LinkStatus.UNCHECKED))
			.hasSize(6 - checked);
		// the next run takes the rest
		assertThat(checker(200, Duration.ofMinutes(5), 8, Duration.ofSeconds(5), true).checkDue(Instant.now()))
			.isEqualTo(6 - checked);
	}

	@Test
	void aBodyThatNeverEndsIsNotWaitedFor() {
		long id = publishedWith(base() + "/drip");
		LinkChecker patient = checker(200, Duration.ofMinutes(5), 8, Duration.ofSeconds(5), true);

		// HEAD is refused (405), GET answers 200 with a body dripped forever: the status is all the check needs
		int checked = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> patient.checkDue(Instant.now()));
		assertThat(checked).isOne();
		assertThat(drips.get()).isOne();
		assertThat(resources.findById(id).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.OK);
	}

	@Test
	void aCheckStillGoingLongAfterTheBudgetIsGivenUpAndItsLinkStaysDue() {
		long id = publishedWith(base() + "/relay/0");
		// On a clock that stands still the budget is never spent before the check starts; once it is (at once, in
		// real time), the check has one request's time more, 2 s to connect and 2 s to answer. Each hop answers
		// within its 2 s, but six of them take longer than that.
		LinkChecker hurried = checker(200, Duration.ofNanos(1), 8, Duration.ofSeconds(2), true);

		assertThat(hurried.checkDue(Instant.now(), () -> 0L)).isZero();
		// started, and given up before the sixth hop, which would have ended it as too many redirects
		assertThat(hops.get()).isBetween(1, 5);
		assertThat(resources.findById(id).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.UNCHECKED);
	}

	@Test
	void concurrentChecksKeepEachCountRightAndTellTheOwnerOnce() {
		List<Long> ids = new ArrayList<>();
		for (String host : List.of("127.0.0.1", "127.0.0.2", "127.0.0.3")) {
			for (int i = 0; i < 4; i++) {
				ids.add(publishedWith("http://" + host + ":" + server.getAddress().getPort() + "/counted/" + i + "/gone"));
			}
		}
		LinkChecker pooled = checker(200, Duration.ofMinutes(5), 8, Duration.ofSeconds(5), true);
		long owner = samples.person(Persona.TEACHER).id();

		assertThat(pooled.checkDue(Instant.now())).isEqualTo(12);
		ids.forEach(id -> assertThat(resources.findById(id).orElseThrow())
			.extracting(Resource::getLinkStatus, Resource::getLinkFailures).containsExactly(LinkStatus.FAILING, 1));
		// several at once, never more than two on one host
		assertThat(mostInAll.get()).isGreaterThan(2);
		assertThat(mostPerHost).hasSize(3).allSatisfy((host, most) -> assertThat(most).as(host).isLessThanOrEqualTo(2));

		assertThat(pooled.checkDue(Instant.now().plus(Duration.ofDays(8)))).isEqualTo(12);
		assertThat(pooled.checkDue(Instant.now().plus(Duration.ofDays(16)))).isEqualTo(12);
		awaitNotifier();
		for (long id : ids) {
			assertThat(resources.findById(id).orElseThrow())
				.extracting(Resource::getLinkStatus, Resource::getLinkFailures).containsExactly(LinkStatus.DEAD, 3);
			assertThat(jdbc.queryForObject("select count(*) from resource_event where resource_id = ? and kind = 'LINK_DEAD'",
					Long.class, id)).isEqualTo(1);
			assertThat(notices(owner, id)).filteredOn(text -> text.contains("ne répond plus")).hasSize(1);
		}
	}

	@Test
	void addressesOfTheMachinesOwnNetworkAreNeverFetched() throws Exception {
		LinkChecker guarded = checker(10, Duration.ofMinutes(5), 8, Duration.ofSeconds(5), false);
		LinkFailure internal = new LinkFailure(Kind.INTERNAL_NETWORK, 0);
		assertThat(guarded.failureOf(base() + "/ok")).isEqualTo(internal);
		assertThat(guarded.failureOf("http://10.0.0.1/")).isEqualTo(internal);
		assertThat(guarded.failureOf("http://169.254.169.254/latest/meta-data/")).isEqualTo(internal);
		assertThat(guarded.failureOf("http://100.100.100.200/latest/meta-data/")).isEqualTo(internal);
		assertThat(guarded.failureOf("http://0.0.0.0:" + server.getAddress().getPort() + "/ok")).isEqualTo(internal);
		assertThat(guarded.failureOf("http://0.1.2.3/")).isEqualTo(internal);
		assertThat(guarded.failureOf("file:///etc/passwd")).isEqualTo(new LinkFailure(Kind.NOT_WEB, 0));
		assertThat(words(guarded.failureOf("http://10.0.0.1/")))
			.isEqualTo("le lien mène à une adresse de réseau interne, que la plateforme ne consulte pas");
		assertThat(checker.failureOf(base() + "/ok")).isNull();
	}

	private LinkChecker checker(int batchSize, Duration budget, int concurrency, Duration timeout,
			boolean allowPrivateAddresses) {
		return new LinkChecker(resources, events, publisher, transactions, messages, new LinkCheckProperties(
				allowPrivateAddresses, Duration.ofDays(7), batchSize, budget, concurrency, 2, timeout));
	}

	private String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** When the resource's link was last checked, as its French page says it. */
	private String checkedAt(long id) {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		try {
			return dates.dateTime(resources.findById(id).orElseThrow().getLinkCheckedAt());
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private String words(LinkFailure failure) {
		assertThat(failure).isNotNull();
		return failure.inWords(messages, Locale.FRENCH);
	}

	private List<String> notices(long personId, long resourceId) {
		return jdbc.queryForList("select text from notification where person_id = ? and link = ?", String.class,
				personId, "/ressources/" + resourceId);
	}

	/** Waits until the resources' notifier has handled every change handed to it. */
	private void awaitNotifier() {
		await("the resources' notifier").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
					+ "and listener_id like '%ResourceNotifier%'", Long.class) == 0);
	}

	private String html(Persona who, String path) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(user(personas.user(who)));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private long publishedWith(String url) {
		return samples.published(Persona.TEACHER, ResourceSamples.content("Lien " + url, "Un lien à vérifier.", url));
	}

	private static void answer(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Holds the request for so long, or until the test is over. */
	private void hold(Duration duration) {
		try {
			over.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** A port nothing listens on: taken, then let go. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * A bare server that takes each connection, reads what comes, sends the reply as it is (or nothing) and hangs
	 * up, whatever was asked, once the client has.
	 */
	private static ServerSocket answering(String reply) throws IOException {
		ServerSocket socket = new ServerSocket(0);
		Thread answers = new Thread(() -> {
			while (!socket.isClosed()) {
				try (Socket connection = socket.accept(); InputStream in = connection.getInputStream()) {
					connection.setSoTimeout(10_000);
					byte[] asked = new byte[1024];
					in.read(asked);
					if (reply != null) {
						connection.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
					}
					// Said and done; the client then hangs up. What it still sends (the rest of a TLS greeting, say) is
					// read first: closing with something unread would reset the connection instead.
					connection.shutdownOutput();
					while (in.read(asked) != -1) {
						// drained
					}
				}
				catch (IOException e) {
					// closed: the test is over
				}
			}
		});
		answers.setDaemon(true);
		answers.start();
		return socket;
	}

	/** An HTTPS server whose certificate no one vouches for, made by the JDK's keytool. */
	private HttpsServer selfSignedServer(Path keys) throws Exception {
		Path store = keys.resolve("auto-signe.p12");
		char[] password = "mot-de-passe-du-test".toCharArray();
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "site", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
				"-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass",
				new String(password)).redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes());
		assertThat(keytool.waitFor()).as(output).isZero();
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keyStore.load(in, password);
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keyStore, password);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), null, null);
		HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		https.setHttpsConfigurator(new HttpsConfigurator(context));
		https.createContext("/ok", exchange -> answer(exchange, 200));
		https.start();
		return https;
	}
}
