package be.numedu.resources.catalogue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the link check ({@code numedu.resources.link-check.*}; the interval between runs,
 * {@code numedu.resources.link-check.interval}, 1 hour by default, is read by the schedule itself).
 *
 * @param allowPrivateAddresses whether addresses of loopback, private or link-local networks may be fetched (tests
 *        only: a link must not let anyone probe numedu's network)
 * @param recheckAfter how long a checked link waits before it is checked again
 * @param batchSize how many due links a run reads from the database at a time
 * @param timeBudget how long a run may go on taking due links; kept well under the run's lock (50 minutes), as the
 *        links being checked when it is spent have one request's time more to finish (then they are given up)
 * @param concurrency how many links are checked at once
 * @param perHost how many requests may go to one host at once
 * @param timeout how long a request may wait for an answer (the connection itself, at most 10 seconds of it)
 */
@ConfigurationProperties("numedu.resources.link-check")
record LinkCheckProperties(@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("7d") Duration recheckAfter, @DefaultValue("200") int batchSize,
		@DefaultValue("30m") Duration timeBudget, @DefaultValue("8") int concurrency, @DefaultValue("2") int perHost,
		@DefaultValue("15s") Duration timeout) {

	LinkCheckProperties {
		if (batchSize < 1 || concurrency < 1 || perHost < 1) {
			throw new IllegalArgumentException(
					"numedu.resources.link-check : batch-size, concurrency et per-host valent au moins 1");
		}
		if (timeout.isNegative() || timeout.isZero() || timeBudget.isNegative() || recheckAfter.isNegative()) {
			throw new IllegalArgumentException("numedu.resources.link-check : timeout doit être positif, time-budget "
					+ "et recheck-after ne peuvent être négatifs");
		}
	}
}
