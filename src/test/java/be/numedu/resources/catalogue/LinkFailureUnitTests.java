package be.numedu.resources.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.numedu.resources.catalogue.LinkFailure.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link's failure is stored as a code and read back as the same failure, and every failure the check can find,
 * whatever its HTTP status, has its words in French and in English.
 */
class LinkFailureUnitTests {

	@Test
	void aStoredCodeIsReadBackAsTheSameFailure() {
		for (LinkFailure failure : everyFailure()) {
			assertThat(LinkFailure.read(failure.code())).as(failure.code()).isEqualTo(failure);
		}
		assertThat(LinkFailure.http(503).code()).isEqualTo("HTTP_503");
		assertThat(LinkFailure.read(null)).isNull();
		// a reason stored by an older version, or a code no longer known, is still said in words
		assertThat(LinkFailure.read("pas de réponse (HttpConnectTimeoutException)")).isEqualTo(LinkFailure.of(Kind.UNKNOWN));
		assertThat(LinkFailure.read("HTTP_12345")).isEqualTo(LinkFailure.of(Kind.UNKNOWN));
		assertThat(LinkFailure.read("HTTP")).isEqualTo(LinkFailure.of(Kind.UNKNOWN));
		assertThat(LinkFailure.read("timeout")).isEqualTo(LinkFailure.of(Kind.UNKNOWN));
	}

	@Test
	void theUsualStatusesAreSaidWithTheirMeaningTheOthersByNumber() {
		assertThat(LinkFailure.http(404).messageKey()).isEqualTo("resources.link.failure.HTTP_404");
		assertThat(LinkFailure.http(410).messageKey()).isEqualTo("resources.link.failure.HTTP_410");
		assertThat(LinkFailure.http(500).messageKey()).isEqualTo("resources.link.failure.HTTP_5XX");
		assertThat(LinkFailure.http(599).messageKey()).isEqualTo("resources.link.failure.HTTP_5XX");
		assertThat(LinkFailure.http(418).messageKey()).isEqualTo("resources.link.failure.HTTP_OTHER");
		assertThat(LinkFailure.of(Kind.TIMEOUT).messageKey()).isEqualTo("resources.link.failure.TIMEOUT");
	}

	@Test
	void everyFailureHasItsWordsInFrenchAndEnglish() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/resources");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		for (LinkFailure failure : everyFailure()) {
			for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
				// a message missing from both bundles would throw
				assertThat(failure.inWords(messages, locale)).as("%s in %s", failure.code(), locale).isNotBlank()
					.doesNotContain("Exception").doesNotContain("{");
			}
			// one missing from the English bundle only would be said in French, from the base bundle
			assertThat(failure.inWords(messages, Locale.ENGLISH)).as("%s in English", failure.code())
				.isNotEqualTo(failure.inWords(messages, Locale.FRENCH));
		}
		assertThat(LinkFailure.http(502).inWords(messages, Locale.FRENCH))
			.isEqualTo("le serveur du site est en panne ou surchargé, erreur 502");
		assertThat(LinkFailure.http(404).inWords(messages, Locale.ENGLISH))
			.isEqualTo("the page does not exist on the site, error 404");
	}

	private static List<LinkFailure> everyFailure() {
		List<LinkFailure> failures = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			if (kind != Kind.HTTP) {
				failures.add(LinkFailure.of(kind));
			}
		}
		for (int status = 400; status < 600; status++) {
			failures.add(LinkFailure.http(status));
		}
		return failures;
	}
}
