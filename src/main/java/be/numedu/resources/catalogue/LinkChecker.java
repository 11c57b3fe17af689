package be.numedu.resources.catalogue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the links of published resources, a batch at a time, oldest check first, on one instance (ShedLock). A
 * link that fails twice in a row is flagged dead on the resource's page and its author is told; one that answers
 * again is cleared. Requests go out without the resource's transaction open, with a short timeout, redirects
 * followed by hand, and never to the machine's own network: an address that resolves to a loopback, private or
 * link-local address is not fetched (a link in a resource must not let anyone probe numedu's network).
 */
@Component
class LinkChecker {

	private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

	static final int FAILURES_BEFORE_DEAD = 2;

	private static final int MAX_REDIRECTS = 5;

	private final ResourceRepository resources;

	private final ResourceEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	private final boolean allowPrivateAddresses;

	private final Duration recheckAfter;

	private final int batchSize;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	LinkChecker(ResourceRepository resources, ResourceEventRepository events, ApplicationEventPublisher publisher,
			TransactionTemplate transactions,
			@Value("${numedu.resources.link-check.allow-private-addresses:false}") boolean allowPrivateAddresses,
			@Value("${numedu.resources.link-check.recheck-after:7d}") Duration recheckAfter,
			@Value("${numedu.resources.link-check.batch-size:200}") int batchSize) {
		this.resources = resources;
		this.events = events;
		this.publisher = publisher;
		this.transactions = transactions;
		this.allowPrivateAddresses = allowPrivateAddresses;
		this.recheckAfter = recheckAfter;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${numedu.resources.link-check.interval:1h}",
			initialDelayString = "${numedu.resources.link-check.interval:1h}")
	@SchedulerLock(name = "resources-link-check", lockAtLeastFor = "30s", lockAtMostFor = "50m")
	public void checkBatch() {
		int checked = checkDue(Instant.now());
		if (checked > 0) {
			log.info("Vérification des liens : {} ressource(s) vérifiée(s)", checked);
		}
	}

	/** Checks the links not checked since {@code recheckAfter}; returns how many were checked. */
	int checkDue(Instant now) {
		List<Long> due = resources.linksToCheck(now.minus(recheckAfter), PageRequest.of(0, batchSize));
		for (Long id : due) {
			String url = resources.findById(id).map(Resource::getUrl).orElse(null);
			if (url == null) {
				continue;
			}
			String failure = failureOf(url);
			transactions.executeWithoutResult(status -> record(id, url, failure));
		}
		return due.size();
	}

	private void record(long id, String url, String failure) {
		Resource resource = resources.lockById(id).orElse(null);
		if (resource == null || !url.equals(resource.getUrl())) {
			// changed meanwhile: its new link will be checked in its turn
			return;
		}
		Instant now = Instant.now();
		LinkStatus before = resource.getLinkStatus();
		if (failure == null) {
			resource.recordLinkCheck(LinkStatus.OK, null, now);
			if (before == LinkStatus.DEAD) {
				events.save(new ResourceEvent(id, now, null, ResourceEvent.Kind.LINK_RESTORED, resource.getStatus(), url,
						null));
			}
			return;
		}
		int failures = resource.getLinkFailures() + 1;
		LinkStatus after = failures >= FAILURES_BEFORE_DEAD ? LinkStatus.DEAD : LinkStatus.FAILING;
		resource.recordLinkCheck(after, failure, now);
		if (after == LinkStatus.DEAD && before != LinkStatus.DEAD) {
			events.save(new ResourceEvent(id, now, null, ResourceEvent.Kind.LINK_DEAD, resource.getStatus(),
					url + " — " + failure, null));
			// no person made this change: the owner's id is not the actor, so the owner is told
			publisher.publishEvent(new ResourceChanged(id, 0L, ResourceChanged.What.LINK_DEAD));
		}
	}

	/** Why the link fails, in a few words, or {@code null} if it answers. */
	String failureOf(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException e) {
			return "adresse invalide";
		}
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			String refused = refusedHost(uri);
			if (refused != null) {
				return refused;
			}
			HttpResponse<Void> response;
			try {
				response = send(uri, "HEAD");
				if (response.statusCode() == 405 || response.statusCode() == 501 || response.statusCode() == 403) {
					// some servers answer HEAD badly: ask as a browser would
					response = send(uri, "GET");
				}
			}
			catch (IOException e) {
				return "pas de réponse (" + e.getClass().getSimpleName() + ")";
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return "vérification interrompue";
			}
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				String location = response.headers().firstValue("Location").orElse(null);
				if (location == null) {
					return "redirection sans adresse (" + status + ")";
				}
				uri = uri.resolve(location);
				continue;
			}
			return status < 400 ? null : "réponse HTTP " + status;
		}
		return "trop de redirections";
	}

	private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(15))
			.header("User-Agent", "numedu-verification-des-liens/1.0")
			.build();
		return client.send(request, HttpResponse.BodyHandlers.discarding());
	}

	private String refusedHost(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			return "adresse non web";
		}
		if (allowPrivateAddresses) {
			return null;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
				if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
						|| address.isAnyLocalAddress() || address.isMulticastAddress()
						|| isUniqueLocal(address)) {
					return "adresse du réseau interne, non vérifiée";
				}
			}
		}
		catch (UnknownHostException e) {
			return "nom de domaine inconnu";
		}
		return null;
	}

	/** IPv6 unique local addresses (fc00::/7), which {@link InetAddress#isSiteLocalAddress()} does not cover. */
	private static boolean isUniqueLocal(InetAddress address) {
		byte[] bytes = address.getAddress();
		return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
	}
}
