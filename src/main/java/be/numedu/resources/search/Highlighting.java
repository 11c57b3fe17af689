package be.numedu.resources.search;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Marks the words of a query in the title and summary of the resources of a page, with Lucene's unified highlighter
 * reading the texts again through the index's own analysers: twenty short texts per page, each read in a fraction of
 * a millisecond, where reading the index's term vectors for them took a quarter of a search's time. Marks are
 * control characters that titles and summaries cannot hold ({@link ResourceSearch#OPEN}, {@link ResourceSearch#CLOSE}),
 * so pages render the pieces as text and no markup ever passes.
 */
final class Highlighting {

	private final UnifiedHighlighter highlighter;

	Highlighting(Analyzer analyzer) {
		this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
			.withFormatter(new DefaultPassageFormatter(ResourceSearch.OPEN, ResourceSearch.CLOSE, "… ", false))
			// No match: nothing comes back, and the text is shown as it is.
			.withMaxNoHighlightPassages(0)
			// The words are terms: the analysed text is matched against them as it streams, without building an
			// index in memory for each text (which weighing matches would need, and which took a tenth of a search).
			.withWeightMatches(false)
			.withPassageRelevancyOverSpeed(false)
			.build();
	}

	/** The passage of {@code text} that best matches {@code query}, its matches marked; null when nothing matches. */
	String mark(String field, Query query, String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			Object marked = highlighter.highlightWithoutSearcher(field, query, text, 1);
			return marked == null || !marked.toString().contains(ResourceSearch.OPEN) ? null : marked.toString();
		}
		catch (IOException e) {
			// Reading a string in memory cannot fail; a text that cannot be marked is shown as it is.
			return null;
		}
	}
}
