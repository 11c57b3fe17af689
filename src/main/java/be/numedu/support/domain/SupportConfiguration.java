package be.numedu.support.domain;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work of support requests, each run once across instances (the shared scheduling configuration
 * enables the schedule and ShedLock's lock).
 */
@Configuration(proxyBeanMethods = false)
class SupportConfiguration {

	/**
	 * Forgets, once a day, the event publications completed more than {@link #KEPT} ago: the registry keeps every
	 * completed one otherwise (one per change of a request), and only the incomplete ones are ever read again.
	 */
	@Component
	static class CompletedPublicationsPruning {

		static final Duration KEPT = Duration.ofDays(30);

		private final CompletedEventPublications completed;

		CompletedPublicationsPruning(CompletedEventPublications completed) {
			this.completed = completed;
		}

		@Scheduled(cron = "${numedu.support.publications-pruning-cron:0 17 3 * * *}")
		@SchedulerLock(name = "event-publications-pruning", lockAtLeastFor = "30s")
		public void prune() {
			completed.deletePublicationsOlderThan(KEPT);
		}
	}

	/** The due-date scan: closes what may no longer be reopened, flags what is near its due date, escalates the late. */
	@Component
	static class DueDateScan {

		private static final Logger log = LoggerFactory.getLogger(DueDateScan.class);

		private final SupportDesk desk;

		DueDateScan(SupportDesk desk) {
			this.desk = desk;
		}

		@Scheduled(fixedDelayString = "${numedu.support.scan-interval:5m}", initialDelayString = "${numedu.support.scan-interval:5m}")
		@SchedulerLock(name = "support-due-dates", lockAtLeastFor = "30s")
		public void scan() {
			int changed = desk.checkDueDates(Instant.now());
			if (changed > 0) {
				log.info("Échéances des demandes : {} demande(s) signalée(s) ou fermée(s)", changed);
			}
		}
	}
}
