package be.numedu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * numedu: the platform the digital-education service of a public education authority runs to carry out its
 * digital strategy for education. Each top-level package is one application module (see {@code ModularityTests}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "numedu", sharedModules = "shared")
public class NumeduApplication {

	public static void main(String[] args) {
		SpringApplication.run(NumeduApplication.class, args);
	}
}
