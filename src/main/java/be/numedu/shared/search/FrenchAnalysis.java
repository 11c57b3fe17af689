package be.numedu.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers every module's full-text fields use, so that French is searched as French: elided articles
 * ("l'école"), accents folded ("eleves" finds "élèves") and, for prose, light stemming ("écoles" finds "école").
 * Names (of schools, of municipalities) are not stemmed: a name is looked up as written, prefix by prefix.
 */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {

	/** Prose: descriptions, missions. */
	public static final String FRENCH = "french";

	/** Proper names: folded but not stemmed. */
	public static final String NAME = "name";

	/** Keyword fields sorted or matched case- and accent-insensitively. */
	public static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(FRENCH).custom()
			.tokenizer("standard")
			.tokenFilter("elision").param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("frenchLightStem");
		context.analyzer(NAME).custom()
			.tokenizer("standard")
			.tokenFilter("elision").param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.normalizer(SORT).custom()
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}
}
