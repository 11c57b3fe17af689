package be.numedu.schools.web;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import be.numedu.schools.domain.ImportStatus;
import be.numedu.schools.domain.RecordKind;
import be.numedu.schools.domain.RegisterImport;
import be.numedu.schools.domain.RegisterImports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The import from the command line, for a stopped numedu (the index cannot be shared with a running one; for a
 * running numedu use {@code bin/import-fase}, which calls the API):
 * {@code java -jar numedu.jar --spring.main.web-application-type=none --numedu.import.fase=fichier.csv}. It prints
 * the report and exits with 0 when the import succeeded, 2 when the file was refused, 1 when it failed.
 */
@Component
@ConditionalOnProperty(name = "numedu.import.fase")
@Order(100)
class ImportCommand implements ApplicationRunner {

	private final RegisterImports imports;

	private final ApplicationContext context;

	private final String file;

	private final boolean allowMassRetirement;

	ImportCommand(RegisterImports imports, ApplicationContext context, @Value("${numedu.import.fase}") String file,
			@Value("${numedu.import.allow-mass-retirement:false}") boolean allowMassRetirement) {
		this.imports = imports;
		this.context = context;
		this.file = file;
		this.allowMassRetirement = allowMassRetirement;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		Path path = Path.of(file);
		int code;
		if (!Files.isReadable(path)) {
			System.out.println("Fichier introuvable ou illisible : " + path);
			code = 1;
		}
		else {
			RegisterImport result;
			try (InputStream content = Files.newInputStream(path)) {
				result = imports.run(path.getFileName().toString(), content, "ligne de commande", allowMassRetirement);
			}
			print(result);
			code = result.getStatus() == ImportStatus.SUCCEEDED ? 0 : result.getStatus() == ImportStatus.REFUSED ? 2 : 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
	}

	private static void print(RegisterImport result) {
		System.out.println("Import n° " + result.getId() + " : " + result.getStatus()
				+ (result.getMessage() == null ? "" : " – " + result.getMessage()));
		for (RecordKind kind : RecordKind.values()) {
			var tally = result.getTallies().get(kind);
			if (tally != null) {
				System.out.printf("  %-16s ajoutés %5d  mis à jour %5d  retirés %5d  réactivés %5d  inchangés %5d%n",
						kind, tally.added(), tally.updated(), tally.retired(), tally.reactivated(), tally.unchanged());
			}
		}
		if (result.getErrorRows() > 0) {
			System.out.println("  " + result.getErrorRows() + " ligne(s) non importée(s) :");
			result.getErrors().forEach(error -> System.out.println("    ligne " + error.line() + " : " + error.message()));
		}
	}
}
