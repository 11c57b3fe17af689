package be.numedu.schools.domain;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: closes the record of any import a stop cut off, rebuilds the search index if a stop came between an
 * import's commit and its index write, then, on an empty register, imports the FASE file shipped with numedu when the
 * configuration asks for it (the embedded default's demo data).
 */
@Component
@Order(20)
class RegisterStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegisterStartup.class);

	private final RegisterImports imports;

	private final SchoolRepository schools;

	private final SchoolsProperties properties;

	private final EntityManagerFactory entityManagerFactory;

	RegisterStartup(RegisterImports imports, SchoolRepository schools, SchoolsProperties properties,
			EntityManagerFactory entityManagerFactory) {
		this.imports = imports;
		this.schools = schools;
		this.properties = properties;
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, InterruptedException {
		// Only imports begun before this process started can have been cut off: one a client started in the first
		// seconds, while this runs, is alive.
		imports.failInterrupted(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
		if (imports.indexPending()) {
			log.info("Un import a été enregistré sans que l'index de recherche soit confirmé : reconstruction de l'index");
			Search.mapping(entityManagerFactory).scope(School.class).massIndexer().threadsToLoadObjects(2).startAndWait();
			imports.confirmIndexed();
		}
		if (properties.loadBundledRegister() && schools.count() == 0) {
			long started = System.nanoTime();
			try (InputStream content = properties.bundledRegister().getInputStream()) {
				RegisterImport result = imports.run(properties.bundledRegister().getFilename(), content, "numedu", false);
				log.info("Registre FASE livré importé en {} ms : {} ({} ligne(s) en erreur)",
						(System.nanoTime() - started) / 1_000_000, result.getStatus(), result.getErrorRows());
			}
		}
		log.info("Registre prêt : {} établissement(s) actif(s)", schools.countByRetiredAtIsNull());
	}
}
