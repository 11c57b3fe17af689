package be.numedu.resources.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.search.ResourceSearch.Dimension;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene query and order of a catalogue search, on the index Hibernate Search writes: its fields, its analysers
 * and its encodings of values.
 *
 * <p>
 * The text is read as words, never as syntax: AND between words, each word looked up in the title (weight 3), the
 * title's unstemmed words, the summary and the keywords (2), the description, the authors and the publisher (1),
 * through the analysers the index was written with (French stemming for prose, folded names). Open resources (REL)
 * get a small boost among equally relevant ones. Only published resources are ever found.
 */
final class CatalogueQueries {

	private static final Map<String, Float> WEIGHTS = weights();

	/** The keyword and boolean fields, as Hibernate Search indexes them. */
	static final String STATUS = "status";

	static final String OPEN = "open";

	private final Analyzer analyzer;

	/**
	 * @param analyzer the index's search analyser, which picks each field's own
	 */
	CatalogueQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The query, with every filter of {@code query} except the one of {@code ignored} (null: all of them). */
	Query build(ResourceSearch.Query query, Dimension ignored) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		if (query.text().isEmpty()) {
			bool.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		else {
			Query text = text(query.text());
			if (text instanceof MatchNoDocsQuery) {
				return text;
			}
			bool.add(text, Occur.MUST);
			// Among equally relevant resources, open ones (REL) come first: the strategy favours them.
			bool.add(new BoostQuery(IntPoint.newExactQuery(OPEN, 1), 0.5f), Occur.SHOULD);
		}
		bool.add(new TermQuery(new Term(STATUS, ResourceStatus.PUBLISHED.name())), Occur.FILTER);
		if (query.openOnly()) {
			bool.add(IntPoint.newExactQuery(OPEN, 1), Occur.FILTER);
		}
		for (Map.Entry<Dimension, Set<String>> filter : query.filters().entrySet()) {
			if (filter.getKey() != ignored) {
				bool.add(anyOf(filter.getKey().field(), filter.getValue()), Occur.FILTER);
			}
		}
		return bool.build();
	}

	/** The words alone, as matched: what highlighting marks. */
	Query text(String text) {
		String words = ResourceSearch.words(text);
		if (words.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS,
				SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
		parser.setDefaultOperator(Occur.MUST);
		Query parsed = parser.parse(words);
		// Words the analysers drop entirely (punctuation alone) leave nothing to look for.
		return parsed == null ? new MatchNoDocsQuery() : parsed;
	}

	/**
	 * The order of results, on the doc values Hibernate Search writes for the sortable fields (dates as epoch
	 * milliseconds and decimals as sortable longs, both multi-valued numeric doc values; the title's sort key as sorted
	 * set doc values).
	 */
	static Sort sort(ResourceSearch.Order order) {
		SortField published = new SortedNumericSortField("publishedAt", SortField.Type.LONG, true);
		SortField ranking = new SortedNumericSortField("ranking", SortField.Type.DOUBLE, true);
		return switch (order) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, published);
			case RECENT -> new Sort(published, SortField.FIELD_SCORE);
			case EVALUATION -> new Sort(ranking, SortField.FIELD_SCORE);
			case TITLE -> new Sort(new SortedSetSortField("title_sort", false));
		};
	}

	private static Query anyOf(String field, Set<String> values) {
		if (values.size() == 1) {
			return new TermQuery(new Term(field, values.iterator().next()));
		}
		return new TermInSetQuery(field, values.stream().sorted().map(BytesRef::new).toList());
	}

	private static Map<String, Float> weights() {
		Map<String, Float> weights = new LinkedHashMap<>();
		weights.put("title", 3f);
		weights.put("title_words", 2f);
		weights.put("summary", 2f);
		weights.put("keywords", 2f);
		weights.put("description", 1f);
		weights.put("authors", 1f);
		weights.put("publisher", 1f);
		return Map.copyOf(weights);
	}
}
