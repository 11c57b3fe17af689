package be.numedu.resources.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.ResourceType;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the catalogue of published resources in French: words are found whatever their accents, elisions and
 * inflections ("eleves" finds "élèves", "exercices" finds "exercice"), in the title, summary, description, keywords,
 * authors and publisher; filters by facet, each with its counts (a dimension's counts ignore its own selection, so a
 * person who ticked "primaire" still sees how many resources each other stage has); sorted by relevance (open
 * resources, REL, first among equals), date of publication, evaluation or title; matches highlighted; and, when a
 * query finds little, a spelling suggestion drawn from the words of the catalogue.
 */
@Service
public class ResourceSearch {

	/** The facets, as indexed field names. */
	public enum Dimension {
		STAGE("stages"), YEAR("years"), DISCIPLINE("disciplines"), DOMAIN("domains"), TYPE("type"),
		LICENCE("licence"), COMPETENCE("competences"), AUDIENCE("audiences"),
		ACCESSIBILITY("accessibilityFeatures"), ACCOMMODATION("accommodations"), LANGUAGE("language"),
		PROVENANCE("provenance");

		final String field;

		Dimension(String field) {
			this.field = field;
		}

		public String field() {
			return field;
		}
	}

	/** How results are ordered. */
	public enum Order {
		RELEVANCE, RECENT, EVALUATION, TITLE
	}

	/**
	 * What a person asks for.
	 *
	 * @param text words; blank for everything
	 * @param filters per dimension, the values to keep (any of them)
	 * @param openOnly only open educational resources (REL)
	 * @param order the order of results
	 * @param page zero-based page
	 * @param size page size, 1 to 100
	 */
	public record Query(String text, Map<Dimension, Set<String>> filters, boolean openOnly, Order order, int page,
			int size) {

		public Query {
			text = text == null ? "" : text.strip();
			if (text.length() > 200) {
				text = text.substring(0, 200);
			}
			Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
			if (filters != null) {
				filters.forEach((d, values) -> {
					if (values != null && !values.isEmpty()) {
						copy.put(d, Set.copyOf(values));
					}
				});
			}
			filters = copy;
			order = order == null ? (text.isEmpty() ? Order.RECENT : Order.RELEVANCE) : order;
			size = Math.min(100, Math.max(1, size));
			page = Math.min(Math.max(0, page), MAX_RESULTS / size - 1);
		}

		public static Query text(String text) {
			return new Query(text, null, false, null, 0, 20);
		}

		public Set<String> selected(Dimension dimension) {
			return filters.getOrDefault(dimension, Set.of());
		}
	}

	/** A piece of highlighted text: marked pieces matched the query. */
	public record Fragment(String text, boolean marked) {
	}

	/** One result. */
	public record Hit(long id, String title, List<Fragment> titleFragments, List<Fragment> summaryFragments,
			ResourceType type, Licence licence, List<String> stages, List<String> disciplines, double ranking,
			int evaluationCount, Instant publishedAt) {
	}

	/** A page of results, the counts per facet value, and a suggestion when the query was probably misspelt. */
	public record Hits(long total, List<Hit> hits, Map<Dimension, Map<String, Long>> counts, String suggestion,
			int page, int size) {

		public int pageCount() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	static final int MAX_RESULTS = 10_000;

	/** Highlight marks: control characters, which titles and summaries cannot hold (the content rules refuse them). */
	static final String OPEN = "\u0002";

	static final String CLOSE = "\u0003";

	/** Characters with a meaning in the query syntax: a person's text is searched as words, never as syntax. */
	private static final Pattern SYNTAX = Pattern.compile("[+\\-|\"*()~\\\\]");

	private final EntityManager entityManager;

	private final Spelling spelling;

	ResourceSearch(EntityManager entityManager, Spelling spelling) {
		this.entityManager = entityManager;
		this.spelling = spelling;
	}

	@Transactional(readOnly = true)
	public Hits search(Query query) {
		SearchSession session = Search.session(entityManager);
		Map<Dimension, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		var main = session.search(Resource.class)
			.select(f -> f.composite()
				.from(f.entity(), f.highlight("title"), f.highlight("summary"))
				.asList())
			.where(f -> predicate(f, query, null));
		for (Dimension dimension : Dimension.values()) {
			if (query.selected(dimension).isEmpty()) {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(dimension.name());
				keys.put(dimension, key);
				main = main.aggregation(key, f -> f.terms().field(dimension.field, String.class, ValueModel.INDEX)
					.maxTermCount(100));
			}
		}
		SearchResult<List<?>> result = main
			.highlighter(f -> f.unified().tag(OPEN, CLOSE).noMatchSize(400).numberOfFragments(1))
			.sort(f -> switch (query.order()) {
				case RELEVANCE -> f.score().then().field("publishedAt").desc();
				case RECENT -> f.field("publishedAt").desc().then().score();
				case EVALUATION -> f.field("ranking").desc().then().score();
				case TITLE -> f.field("title_sort");
			})
			.fetch(query.page() * query.size(), query.size());
		Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			if (keys.containsKey(dimension)) {
				counts.put(dimension, result.aggregation(keys.get(dimension)));
			}
			else {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(dimension.name());
				var others = session.search(Resource.class).where(f -> predicate(f, query, dimension))
					.aggregation(key, f -> f.terms().field(dimension.field, String.class, ValueModel.INDEX)
						.maxTermCount(100))
					.fetch(0);
				counts.put(dimension, others.aggregation(key));
			}
		}
		List<Hit> hits = new ArrayList<>();
		for (List<?> row : result.hits()) {
			hits.add(hit((Resource) row.get(0), highlighted(row.get(1)), highlighted(row.get(2))));
		}
		long total = result.total().hitCount();
		String suggestion = null;
		if (!query.text().isEmpty() && total < 3) {
			suggestion = spelling.suggest(words(query.text())).orElse(null);
		}
		return new Hits(total, hits, counts, suggestion, query.page(), query.size());
	}

	private static Hit hit(Resource resource, String title, String summary) {
		return new Hit(resource.getId(), resource.getTitle(), fragments(title, resource.getTitle()),
				fragments(summary, resource.getSummary()), resource.getType(), resource.getLicence(),
				resource.getStages().stream().map(Enum::name).toList(),
				resource.getDisciplines().stream().map(Enum::name).toList(), resource.getRanking(),
				resource.getEvaluationCount(), resource.getPublishedAt());
	}

	private static String highlighted(Object highlights) {
		if (highlights instanceof List<?> list && !list.isEmpty()) {
			return String.valueOf(list.get(0));
		}
		return null;
	}

	/** Splits a highlighted text into plain and marked pieces; pages escape each piece, so no markup passes. */
	static List<Fragment> fragments(String highlighted, String plain) {
		String text = highlighted == null ? (plain == null ? "" : plain) : highlighted;
		List<Fragment> fragments = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf(OPEN, at);
			if (open < 0) {
				fragments.add(new Fragment(text.substring(at), false));
				break;
			}
			if (open > at) {
				fragments.add(new Fragment(text.substring(at, open), false));
			}
			int close = text.indexOf(CLOSE, open + 1);
			if (close < 0) {
				close = text.length();
			}
			fragments.add(new Fragment(text.substring(open + 1, close), true));
			at = close + 1;
		}
		if (highlighted != null && plain != null && text.replace(OPEN, "").replace(CLOSE, "").length() < plain.length()
				&& !plain.startsWith(text.replace(OPEN, "").replace(CLOSE, ""))) {
			// A fragment from the middle of a long summary: say so.
			fragments.add(0, new Fragment("… ", false));
		}
		return fragments;
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, Query query, Dimension ignored) {
		var bool = f.bool();
		bool.filter(f.match().field("status").matching(ResourceStatus.PUBLISHED.name(), ValueModel.INDEX));
		String words = words(query.text());
		if (!query.text().isEmpty()) {
			if (words.isEmpty()) {
				return f.matchNone();
			}
			bool.must(f.simpleQueryString()
				.field("title").boost(3f)
				.field("title_words").boost(2f)
				.field("summary").boost(2f)
				.field("keywords").boost(2f)
				.field("description")
				.field("authors")
				.field("publisher")
				.matching(words)
				.defaultOperator(BooleanOperator.AND)
				.flags(EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.WHITESPACE)));
			// Among equally relevant resources, open ones (REL) come first: the strategy favours them.
			bool.should(f.match().field("open").matching(true).boost(0.5f));
		}
		else {
			bool.must(f.matchAll());
		}
		if (query.openOnly()) {
			bool.filter(f.match().field("open").matching(true));
		}
		for (Map.Entry<Dimension, Set<String>> filter : query.filters().entrySet()) {
			if (filter.getKey() != ignored) {
				Collection<String> values = filter.getValue();
				bool.filter(f.terms().field(filter.getKey().field).matchingAny(values, ValueModel.INDEX));
			}
		}
		return bool;
	}

	static String words(String text) {
		return SYNTAX.matcher(text).replaceAll(" ").strip();
	}
}
