package be.numedu.resources.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

import be.numedu.resources.catalogue.LinkFailure.Kind;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the links of published resources, oldest check first, on one instance (ShedLock). Each hourly run takes the
 * due links a batch at a time until none is due or its time budget is spent, checking several at once on a small
 * pool of its own, never more than a few requests at once to one host (a catalogue of a million resources, each link
 * checked weekly, needs some 6,000 checks an hour, and many of its links share a host). A link that fails twice in a
 * row is flagged dead on the resource's page and its author is told; one that answers again is cleared. Requests go
 * out without a transaction open (each result is recorded in its own short one), with short timeouts, redirects
 * followed by hand, and never to the machine's own network: an address that resolves to a loopback, private or
 * link-local address is not fetched (a link in a resource must not let anyone probe numedu's network), as checked
 * just before each request, at every redirect. No body is ever read (the request's timeout stops counting once the
 * headers have come, and a body may be huge or never end), and a run waits for its checks no longer than its budget
 * and one request's time more: a link cannot hold it past its lock.
 */
@Component
class LinkChecker {

	private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

	static final int FAILURES_BEFORE_DEAD = 2;

	private static final int MAX_REDIRECTS = 5;

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private final ResourceRepository resources;

	private final ResourceEventRepository events;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final LinkCheckProperties settings;

	private final Duration connectTimeout;

	private final HttpClient client;

	LinkChecker(ResourceRepository resources, ResourceEventRepository events, ApplicationEventPublisher publisher,
			TransactionTemplate transactions, MessageSource messages, LinkCheckProperties settings) {
		this.resources = resources;
		this.events = events;
		this.publisher = publisher;
		this.transactions = transactions;
		this.messages = messages;
		this.settings = settings;
		this.connectTimeout = settings.timeout().compareTo(CONNECT_TIMEOUT) < 0 ? settings.timeout() : CONNECT_TIMEOUT;
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${numedu.resources.link-check.interval:1h}",
			initialDelayString = "${numedu.resources.link-check.interval:1h}")
	@SchedulerLock(name = "resources-link-check", lockAtLeastFor = "30s", lockAtMostFor = "50m")
	public void checkDueLinks() {
		int checked = checkDue(Instant.now());
		if (checked > 0) {
			log.info("Vérification des liens : {} ressource(s) vérifiée(s)", checked);
		}
	}

	/**
	 * Checks the links not checked since {@code recheckAfter} before {@code now}, batch after batch, until none is due
	 * or the time budget is spent; returns how many were checked. Each check is recorded at {@code now}, which is
	 * enough for its link not to be due again before {@code recheckAfter} has passed.
	 */
	int checkDue(Instant now) {
		return checkDue(now, System::nanoTime);
	}

	/**
	 * The same, on the clock given (in nanoseconds, as {@link System#nanoTime()}): the budget is counted on it. A check
	 * still going one request's time (connection and answer) after the budget is spent is cancelled and not counted,
	 * its link still due.
	 */
	int checkDue(Instant now, LongSupplier clock) {
		long deadline = clock.getAsLong() + settings.timeBudget().toNanos();
		// the checks under way when the budget is spent have one request's time more to finish
		long giveUpAt = deadline + connectTimeout.plus(settings.timeout()).toNanos();
		Instant cutoff = now.minus(settings.recheckAfter());
		HostGate hosts = new HostGate(settings.perHost());
		// Asked once per run: a link whose result could not be recorded would otherwise come first in every batch.
		Set<Long> taken = new HashSet<>();
		int checked = 0;
		ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), new CheckThreads());
		try {
			while (clock.getAsLong() - deadline < 0) {
				List<LinkToCheck> batch = resources.linksToCheck(cutoff, PageRequest.of(0, settings.batchSize()))
					.stream()
					.filter(link -> taken.add(link.id()))
					.toList();
				if (batch.isEmpty()) {
					break;
				}
				List<Future<Boolean>> results = new ArrayList<>();
				for (LinkToCheck link : interleavedByHost(batch)) {
					results.add(pool.submit(() -> clock.getAsLong() - deadline < 0 && check(link, hosts, now)));
				}
				for (Future<Boolean> result : results) {
					try {
						if (result.get(Math.max(0, giveUpAt - clock.getAsLong()), TimeUnit.NANOSECONDS)) {
							checked++;
						}
					}
					catch (TimeoutException e) {
						result.cancel(true);
					}
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException e) {
			log.warn("Vérification des liens interrompue", e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
		return checked;
	}

	/** Checks one link and records the result; whether it was recorded. */
	private boolean check(LinkToCheck link, HostGate hosts, Instant checkedAt) {
		LinkFailure failure;
		try {
			failure = failureOf(link.url(), hosts);
		}
		catch (InterruptedException e) {
			// the application stops, or the run's time is up: nothing is recorded, the link stays due
			Thread.currentThread().interrupt();
			return false;
		}
		catch (RuntimeException e) {
			// a link no one foresaw: it stays due, and the run goes on with the others
			log.warn("Vérification du lien de la ressource {} impossible", link.id(), e);
			return false;
		}
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> record(link, failure, checkedAt)));
		}
		catch (RuntimeException e) {
			log.warn("Vérification du lien de la ressource {} non enregistrée", link.id(), e);
			return false;
		}
	}

	private boolean record(LinkToCheck link, LinkFailure failure, Instant now) {
		long id = link.id();
		Resource resource = resources.lockById(id).orElse(null);
		if (resource == null || !link.url().equals(resource.getUrl())) {
			// changed meanwhile: its new link will be checked in its turn
			return false;
		}
		LinkStatus before = resource.getLinkStatus();
		if (failure == null) {
			resource.recordLinkCheck(LinkStatus.OK, null, now);
			if (before == LinkStatus.DEAD) {
				events.save(new ResourceEvent(id, now, null, ResourceEvent.Kind.LINK_RESTORED, resource.getStatus(),
						link.url(), null));
			}
			return true;
		}
		int failures = resource.getLinkFailures() + 1;
		LinkStatus after = failures >= FAILURES_BEFORE_DEAD ? LinkStatus.DEAD : LinkStatus.FAILING;
		resource.recordLinkCheck(after, failure, now);
		if (after == LinkStatus.DEAD && before != LinkStatus.DEAD) {
			// the timeline keeps what was found, in words, as it keeps the moderators' messages
			events.save(new ResourceEvent(id, now, null, ResourceEvent.Kind.LINK_DEAD, resource.getStatus(),
					link.url() + " — " + failure.inWords(messages, Locale.FRENCH), null));
			publisher.publishEvent(ResourceChanged.linkDead(id, failure));
		}
		return true;
	}

	/** Why the link fails, or {@code null} if it answers; asked with no other check under way. */
	LinkFailure failureOf(String url) throws InterruptedException {
		return failureOf(url, new HostGate(settings.perHost()));
	}

	private LinkFailure failureOf(String url, HostGate hosts) throws InterruptedException {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException e) {
			return LinkFailure.of(Kind.INVALID_ADDRESS);
		}
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			if (!isWeb(uri)) {
				return LinkFailure.of(Kind.NOT_WEB);
			}
			int status;
			String location;
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			hosts.enter(host);
			try {
				// the address checked just before each request, not before the wait for the host's turn
				LinkFailure refused = refusedAddress(uri.getHost());
				if (refused != null) {
					return refused;
				}
				HttpResponse<InputStream> response = send(uri, "HEAD");
				if (response.statusCode() == 405 || response.statusCode() == 501 || response.statusCode() == 403) {
					// some servers answer HEAD badly: ask as a browser would (on a connection that may be new)
					refused = refusedAddress(uri.getHost());
					if (refused != null) {
						return refused;
					}
					response = send(uri, "GET");
				}
				status = response.statusCode();
				location = response.headers().firstValue("Location").orElse(null);
			}
			catch (IOException e) {
				return LinkFailure.of(kindOf(e));
			}
			catch (IllegalArgumentException e) {
				// an address the HTTP client cannot ask (a host name it does not accept, say)
				return LinkFailure.of(Kind.INVALID_ADDRESS);
			}
			finally {
				hosts.leave(host);
			}
			if (status >= 300 && status < 400) {
				if (location == null) {
					return LinkFailure.of(Kind.REDIRECT_WITHOUT_ADDRESS);
				}
				try {
					uri = uri.resolve(location);
				}
				catch (IllegalArgumentException e) {
					return LinkFailure.of(Kind.INVALID_ADDRESS);
				}
				continue;
			}
			return status < 400 ? null : LinkFailure.http(status);
		}
		return LinkFailure.of(Kind.TOO_MANY_REDIRECTS);
	}

	/** What a failed request says, from the exception the HTTP client threw (or the one it wraps). */
	static Kind kindOf(IOException failure) {
		for (Throwable e = failure; e != null; e = e.getCause()) {
			if (e instanceof HttpTimeoutException || e instanceof SocketTimeoutException) {
				return Kind.TIMEOUT;
			}
			if (e instanceof CertificateException || e instanceof CertPathValidatorException
					|| e instanceof SSLPeerUnverifiedException) {
				return Kind.CERTIFICATE;
			}
			if (e instanceof UnknownHostException || e instanceof UnresolvedAddressException) {
				return Kind.UNKNOWN_HOST;
			}
		}
		for (Throwable e = failure; e != null; e = e.getCause()) {
			if (e instanceof SSLException) {
				return Kind.TLS;
			}
			if (e instanceof ConnectException) {
				return Kind.CONNECTION_REFUSED;
			}
		}
		return Kind.NO_RESPONSE;
	}

	/** The answer's status and headers; its body is never read, but let go at once (the connection with it). */
	private HttpResponse<InputStream> send(URI uri, String method) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.timeout(settings.timeout())
			.header("User-Agent", "numedu-verification-des-liens/1.0")
			.build();
		HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		response.body().close();
		return response;
	}

	/** Whether the address is an http(s) one with a host. */
	private static boolean isWeb(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
	}

	/**
	 * Why the host is not fetched: a name that does not resolve, or one that resolves to an internal network. Java
	 * 17's HTTP client resolves the name again itself and cannot be made to connect to the address checked here, so a
	 * name whose answer changes in between (DNS rebinding) is not ruled out, only left the shortest time.
	 */
	private LinkFailure refusedAddress(String host) {
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (!settings.allowPrivateAddresses() && isInternal(address)) {
					return LinkFailure.of(Kind.INTERNAL_NETWORK);
				}
			}
		}
		catch (UnknownHostException e) {
			return LinkFailure.of(Kind.UNKNOWN_HOST);
		}
		return null;
	}

	/**
	 * Whether the address is of a network a link must not reach: this machine (loopback, "this network" 0.0.0.0/8),
	 * private networks (IPv4 site-local, IPv6 unique local fc00::/7, carrier-grade NAT 100.64.0.0/10, where some
	 * clouds answer their metadata), link-local addresses (169.254.169.254, another metadata service) or multicast.
	 */
	static boolean isInternal(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean ipv4 = bytes.length == 4;
		return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
				|| address.isLinkLocalAddress() || address.isMulticastAddress()
				|| ipv4 && bytes[0] == 0
				|| ipv4 && bytes[0] == 100 && (bytes[1] & 0xc0) == 0x40
				|| !ipv4 && (bytes[0] & 0xfe) == 0xfc;
	}

	/**
	 * The batch reordered so that consecutive links are on different hosts, as far as they can be: the pool's threads
	 * then rarely wait for a host's turn while others are free.
	 */
	static List<LinkToCheck> interleavedByHost(List<LinkToCheck> batch) {
		Map<String, Deque<LinkToCheck>> byHost = new LinkedHashMap<>();
		for (LinkToCheck link : batch) {
			byHost.computeIfAbsent(hostOf(link.url()), h -> new ArrayDeque<>()).add(link);
		}
		List<LinkToCheck> interleaved = new ArrayList<>(batch.size());
		while (interleaved.size() < batch.size()) {
			for (Deque<LinkToCheck> links : byHost.values()) {
				if (!links.isEmpty()) {
					interleaved.add(links.poll());
				}
			}
		}
		return interleaved;
	}

	private static String hostOf(String url) {
		try {
			String host = URI.create(url).getHost();
			return host == null ? "" : host.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException e) {
			return "";
		}
	}

	/** At most so many requests at once to one host: a check waits for its host's turn. */
	private static final class HostGate {

		private final int perHost;

		private final Map<String, Integer> busy = new HashMap<>();

		HostGate(int perHost) {
			this.perHost = perHost;
		}

		synchronized void enter(String host) throws InterruptedException {
			while (busy.getOrDefault(host, 0) >= perHost) {
				wait();
			}
			busy.merge(host, 1, Integer::sum);
		}

		synchronized void leave(String host) {
			// forgotten when no request is under way, so that the map holds no more hosts than the pool has threads
			busy.computeIfPresent(host, (h, n) -> n == 1 ? null : n - 1);
			notifyAll();
		}
	}

	/** The pool's threads, named for the logs, never keeping the application from stopping. */
	private static final class CheckThreads implements java.util.concurrent.ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "link-check-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}
}
