package be.numedu.schools.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import be.numedu.testsupport.NumeduTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At start, only imports begun before the process started are declared interrupted: one a client began in the
 * first seconds of this process is alive and must keep running.
 */
@NumeduTest
class InterruptedImportIntegrationTests {

	@Autowired
	RegisterImports imports;

	@Autowired
	RegisterImportRepository records;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void finishWhatWasLeftRunning() {
		imports.failInterrupted(Instant.now().plusSeconds(3600));
	}

	@Test
	void onlyImportsBegunBeforeTheProcessAreDeclaredInterrupted() {
		Instant processStart = Instant.now().minus(1, ChronoUnit.MINUTES);
		RegisterImport alive = records.save(new RegisterImport("vivant.csv", "test", 0, false));
		RegisterImport cutOff = records.save(new RegisterImport("coupe.csv", "test", 0, false));
		jdbc.update("update register_import set started_at = ? where id = ?",
				java.sql.Timestamp.from(processStart.minus(1, ChronoUnit.HOURS)), cutOff.getId());

		imports.failInterrupted(processStart);

		assertThat(records.findById(alive.getId()).orElseThrow().getStatus()).isEqualTo(ImportStatus.RUNNING);
		RegisterImport failed = records.findById(cutOff.getId()).orElseThrow();
		assertThat(failed.getStatus()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.getMessage()).contains("interrompu");
	}
}
