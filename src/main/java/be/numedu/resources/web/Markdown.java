package be.numedu.resources.web;

import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * People's texts (descriptions, comments, experience reports) written in Markdown and shown as HTML, safely: CommonMark
 * escapes any HTML typed in the text (it is shown, not obeyed) and refuses unsafe link schemes; OWASP's sanitiser then
 * keeps only the elements Markdown makes for prose, and links to http(s) and mail addresses, which open nothing on
 * their own ({@code rel="nofollow noopener noreferrer"}). Two layers, because one bug in either must not be enough.
 */
@Component
public class Markdown {

	private static final Pattern ALLOWED_LINK = Pattern.compile("(?i)^(https?://|mailto:).*");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "h5", "h6",
				"hr", "a")
		.allowAttributes("href").matching(ALLOWED_LINK).onElements("a")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/** The text as safe HTML; {@code null} or blank gives an empty string. */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = parser.parse(markdown);
		// Headings of people's texts start at level 3: the page's own h1 and h2 keep the outline.
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(6, heading.getLevel() + 2));
				visitChildren(heading);
			}
		});
		return POLICY.sanitize(renderer.render(document));
	}
}
