package be.numedu.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real Tomcat (random port), on its own database with the FASE register and the directory
 * loaded, driven by Debian's chromium through Playwright. Every browser test class uses exactly this annotation, so
 * they all share one cached context (and so one database: a test that changes a card puts it back). A test method
 * asks for a {@link Browser} parameter: one chromium per test class, a fresh browser context per session.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(Browser.Extension.class)
public @interface NumeduBrowserTest {
}
