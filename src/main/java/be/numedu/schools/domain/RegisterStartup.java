package be.numedu.schools.domain;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: closes the record of any import a stop cut off, then, on an empty register, imports the FASE file
 * shipped with numedu when the configuration asks for it (the embedded default's demo data).
 */
@Component
@Order(20)
class RegisterStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegisterStartup.class);

	private final RegisterImports imports;

	private final SchoolRepository schools;

	private final SchoolsProperties properties;

	RegisterStartup(RegisterImports imports, SchoolRepository schools, SchoolsProperties properties) {
		this.imports = imports;
		this.schools = schools;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		imports.failInterrupted();
		if (properties.loadBundledRegister() && schools.count() == 0) {
			long started = System.nanoTime();
			try (InputStream content = properties.bundledRegister().getInputStream()) {
				RegisterImport result = imports.run(properties.bundledRegister().getFilename(), content, "numedu", false);
				log.info("Registre FASE livré importé en {} ms : {} ({} ligne(s) en erreur)",
						(System.nanoTime() - started) / 1_000_000, result.getStatus(), result.getErrorRows());
			}
		}
	}
}
