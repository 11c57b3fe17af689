package be.numedu.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every visible text exists in French and in English, and every message can be formatted (the bundles go through
 * MessageFormat, where a single apostrophe silently swallows the rest of a message).
 */
class MessagesUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "shared", "accounts", "schools", "directory", "support", "notifications", "dashboards",
			"frameworks", "resources", "evaluations", "standards", "community", "collections" })
	void frenchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		Properties french = load("i18n/" + bundle + ".properties");
		Properties english = load("i18n/" + bundle + "_en.properties");

		assertThat(new TreeSet<>(english.stringPropertyNames()))
			.as("keys of %s_en.properties", bundle)
			.isEqualTo(new TreeSet<>(french.stringPropertyNames()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "shared", "accounts", "schools", "directory", "support", "notifications", "dashboards",
			"frameworks", "resources", "evaluations", "standards", "community", "collections" })
	void everyMessageFormatsAndKeepsItsApostrophes(String bundle) throws IOException {
		for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
			Properties messages = load("i18n/" + file);
			for (String key : messages.stringPropertyNames()) {
				String pattern = messages.getProperty(key);
				assertThatCode(() -> new MessageFormat(pattern, Locale.FRENCH)).as("%s in %s", key, file)
					.doesNotThrowAnyException();
				String formatted = new MessageFormat(pattern, Locale.FRENCH).format(new Object[] { 1, 2, 3, 4 });
				assertThat(pattern.replace("''", "")).as("an apostrophe of %s in %s is not doubled", key, file)
					.doesNotContain("'");
				assertThat(formatted).as("%s in %s", key, file).isNotBlank();
			}
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = MessagesUnitTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(input).as(path).isNotNull();
			properties.load(new InputStreamReader(input, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
