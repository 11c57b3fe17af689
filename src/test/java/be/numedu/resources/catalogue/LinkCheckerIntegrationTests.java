package be.numedu.resources.catalogue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The link check against a real HTTP server on this machine: a link that answers is fine, one that fails twice is
 * flagged dead and its author told, one that answers again is cleared; redirects are followed. Without the test
 * setting, addresses of the machine's own network are never fetched.
 */
@NumeduTest
class LinkCheckerIntegrationTests {

	@Autowired
	LinkChecker checker;

	@Autowired
	ResourceSamples samples;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResourceRepository resources;

	@Autowired
	ResourceEventRepository events;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	HttpServer server;

	volatile int goneStatus = 404;

	@BeforeEach
	void serve() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/ok", exchange -> {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.createContext("/gone", exchange -> {
			exchange.sendResponseHeaders(goneStatus, -1);
			exchange.close();
		});
		server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().add("Location", "/ok");
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void aLinkThatFailsTwiceIsDeadItsAuthorIsToldAndItRecovers() {
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		long ok = publishedWith(base + "/moved");
		long gone = publishedWith(base + "/gone");
		// everything else checked far ahead of this test's clock, so that only this test's two are due
		jdbc.update("update resource set link_checked_at = ? where id not in (?, ?)",
				java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(365))), ok, gone);

		checker.checkDue(Instant.now());
		assertThat(resources.findById(ok).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.OK);
		assertThat(resources.findById(gone).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.FAILING);

		checker.checkDue(Instant.now().plus(Duration.ofDays(8)));
		Resource dead = resources.findById(gone).orElseThrow();
		assertThat(dead.getLinkStatus()).isEqualTo(LinkStatus.DEAD);
		assertThat(dead.getLinkFailure()).isEqualTo("réponse HTTP 404");
		long author = samples.person(Persona.TEACHER).id();
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
				"select text from notification where person_id = ? and link = ?", String.class, author,
				"/ressources/" + gone).stream().anyMatch(t -> t.contains("ne répond plus")));

		goneStatus = 200;
		checker.checkDue(Instant.now().plus(Duration.ofDays(16)));
		assertThat(resources.findById(gone).orElseThrow().getLinkStatus()).isEqualTo(LinkStatus.OK);
		assertThat(jdbc.queryForList("select kind from resource_event where resource_id = ? order by id", String.class,
				gone)).contains("LINK_DEAD", "LINK_RESTORED");
	}

	@Test
	void addressesOfTheMachinesOwnNetworkAreNeverFetched() {
		LinkChecker guarded = new LinkChecker(resources, events, publisher, transactions, false, Duration.ofDays(7),
				10);
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		assertThat(guarded.failureOf(base + "/ok")).isEqualTo("adresse du réseau interne, non vérifiée");
		assertThat(guarded.failureOf("http://10.0.0.1/")).isEqualTo("adresse du réseau interne, non vérifiée");
		assertThat(guarded.failureOf("http://169.254.169.254/latest/meta-data/"))
			.isEqualTo("adresse du réseau interne, non vérifiée");
		assertThat(guarded.failureOf("file:///etc/passwd")).isEqualTo("adresse non web");
		assertThat(checker.failureOf(base + "/ok")).isNull();
	}

	private long publishedWith(String url) {
		ResourceContent content = ResourceSamples.content("Lien " + url, "Un lien à vérifier.");
		return samples.published(Persona.TEACHER, new ResourceContent(content.title(), content.summary(),
				content.description(), content.type(), content.years(), content.disciplines(), content.language(),
				content.authors(), content.publisher(), content.licence(), url, content.durationMinutes(),
				content.audiences(), null, null, null, null, null, null, null, List.of(), content.provenance(),
				List.of()));
	}
}
