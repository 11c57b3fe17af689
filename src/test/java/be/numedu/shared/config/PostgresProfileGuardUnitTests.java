package be.numedu.shared.config;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The postgres profile refuses to start without its database, and never falls back to H2. */
class PostgresProfileGuardUnitTests {

	@Test
	void theEmbeddedDefaultNeedsNothing() {
		assertThatCode(() -> PostgresProfileGuard.check(new MockEnvironment())).doesNotThrowAnyException();
	}

	@Test
	void withoutItsVariablesThePostgresProfileRefusesToStart() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("postgres");

		assertThatThrownBy(() -> PostgresProfileGuard.check(environment))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("NUMEDU_DB_URL est absente")
			.hasMessageContaining("NUMEDU_DB_USER est absente")
			.hasMessageContaining("ne se rabat jamais sur H2");
	}

	@Test
	void anH2AddressIsNotAcceptedForPostgres() {
		MockEnvironment environment = new MockEnvironment().withProperty("NUMEDU_DB_URL", "jdbc:h2:mem:x")
			.withProperty("NUMEDU_DB_USER", "sa");
		environment.setActiveProfiles("postgres");

		assertThatThrownBy(() -> PostgresProfileGuard.check(environment)).hasMessageContaining("jdbc:postgresql");
	}

	@Test
	void withItsVariablesItStarts() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("NUMEDU_DB_URL", "jdbc:postgresql://127.0.0.1:5432/numedu")
			.withProperty("NUMEDU_DB_USER", "numedu");
		environment.setActiveProfiles("postgres");

		assertThatCode(() -> PostgresProfileGuard.check(environment)).doesNotThrowAnyException();
	}
}
