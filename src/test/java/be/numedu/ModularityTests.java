package be.numedu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules keep their boundaries (no cycle, no reach into another module's internals), and their documentation
 * is written to {@code target/spring-modulith-docs}: PlantUML in the UML style, which needs no network to render.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(NumeduApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("shared", "accounts", "schools", "directory");
	}

	@Test
	void documentationIsWritten() {
		new Documenter(modules)
			.writeModulesAsPlantUml(Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
			.writeIndividualModulesAsPlantUml(Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
			.writeModuleCanvases()
			.writeAggregatingDocument();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}
}
