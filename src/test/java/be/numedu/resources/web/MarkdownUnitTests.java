package be.numedu.resources.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** People's Markdown becomes prose HTML, and nothing that could run or restyle the page gets through. */
class MarkdownUnitTests {

	final Markdown markdown = new Markdown();

	@Test
	void proseIsRendered() {
		assertThat(markdown.html("**Gras** et *italique*\n\n- un\n- deux"))
			.contains("<strong>Gras</strong>").contains("<em>italique</em>").contains("<li>un</li>");
	}

	@Test
	void typedHtmlIsShownNotObeyed() {
		String html = markdown.html("<script>alert(1)</script> <img src=x onerror=alert(2)> <b>gras</b>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
			.contains("&lt;script&gt;");
	}

	@Test
	void onlyWebAndMailLinksSurviveAndOpenNothing() {
		assertThat(markdown.html("[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x)"))
			.doesNotContain("javascript:").doesNotContain("data:").doesNotContain("vbscript:");
		assertThat(markdown.html("[site](https://example.org/page)"))
			.contains("href=\"https://example.org/page\"").contains("rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void headingsStartBelowThePagesOwn() {
		assertThat(markdown.html("# Titre\n\n## Sous-titre")).contains("<h3>Titre</h3>").contains("<h4>Sous-titre</h4>")
			.doesNotContain("<h1>").doesNotContain("<h2>");
	}

	@Test
	void imagesAndRawAttributesAreDropped() {
		assertThat(markdown.html("![x](https://example.org/x.png)")).doesNotContain("<img");
		assertThat(markdown.html("")).isEmpty();
		assertThat(markdown.html(null)).isEmpty();
	}
}
