package be.numedu.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application, on its own database (H2, or PostgreSQL with {@code -Dnumedu.test.database=postgres}) with
 * the FASE register and the directory loaded, driven through MockMvc. Every integration test class uses exactly this
 * annotation, so they share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@ContextConfiguration(initializers = TestDatabase.class)
public @interface NumeduTest {
}
