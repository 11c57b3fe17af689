package be.numedu.support.domain;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work of support requests, run once across instances: ShedLock takes a lock row in the database
 * (table {@code shedlock}, using the database's clock) before each run, so several numedu instances never run the
 * same scan at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class SupportConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

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
