package be.numedu.accounts.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the {@code postgres} profile no demo account may exist, even in a database copied from a demo: any found at
 * start is deleted, before the bootstrap administrator is considered (so that a deleted demo administrator does not
 * stand in for the real one).
 */
@Component
@Profile("postgres")
@Order(0)
class DemoAccountsGuard implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsGuard.class);

	private final PersonRepository people;

	DemoAccountsGuard(PersonRepository people) {
		this.people = people;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long deleted = people.deleteByDemoTrue();
		if (deleted > 0) {
			log.warn("{} compte(s) de démonstration supprimé(s) : ils n'ont pas leur place dans le profil postgres", deleted);
		}
	}
}
