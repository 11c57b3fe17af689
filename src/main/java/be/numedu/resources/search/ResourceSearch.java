package be.numedu.resources.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceType;
import jakarta.persistence.EntityManager;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the catalogue of published resources in French: words are found whatever their accents, elisions and
 * inflections ("eleves" finds "élèves", "exercices" finds "exercice"), in the title, summary, description, keywords,
 * authors and publisher; filters by facet, each with its counts (a dimension's counts ignore its own selection, so a
 * person who ticked "primaire" still sees how many resources each other stage has); sorted by relevance (open
 * resources, REL, first among equals), date of publication, evaluation or title; matches highlighted; and, when a
 * query finds nothing, a spelling suggestion drawn from the words of the catalogue.
 *
 * <p>
 * Hibernate Search writes the index and keeps it in step with the database; the search runs on the index reader it
 * holds, with Lucene directly, so that the page of results, the exact total and the counts of every facet come from
 * one pass over the documents found. At a million resources, Hibernate Search's own query, with its twelve terms
 * aggregations and its highlighting from term vectors, took two to three times the work of that pass.
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

		static Dimension byField(String field) {
			for (Dimension dimension : values()) {
				if (dimension.field.equals(field)) {
					return dimension;
				}
			}
			throw new IllegalArgumentException(field);
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
	 * @param page zero-based page; one past the last page reachable is kept as asked (its hits are empty, and
	 * {@link Hits#pastTheEnd()} says so), only bounded to stay far from overflowing
	 * @param size page size, 1 to 100
	 */
	public record Query(String text, Map<Dimension, Set<String>> filters, boolean openOnly, Order order, int page,
			int size) {

		public Query {
			text = text == null ? "" : text.strip();
			if (text.length() > MAX_TEXT) {
				text = text.substring(0, MAX_TEXT);
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
			// The last page reachable is at most MAX_RESULTS - 1 (at one result a page): any page from MAX_RESULTS on is
			// past it, as the page asked for is.
			page = Math.min(Math.max(0, page), MAX_RESULTS);
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

	/**
	 * A page of results, the counts per facet value, and a suggestion when the query was probably misspelt.
	 *
	 * @param total how many resources match, exactly, even past the first {@link ResourceSearch#MAX_RESULTS} that
	 * the pages reach
	 */
	public record Hits(long total, List<Hit> hits, Map<Dimension, Map<String, Long>> counts, String suggestion,
			int page, int size) {

		/**
		 * How many pages the results fill, up to those that hold the first {@link ResourceSearch#MAX_RESULTS}; at
		 * least one.
		 */
		public int pageCount() {
			return (int) Math.max(1, (browsable() + size - 1) / size);
		}

		/** How many of the results the pages reach. */
		public long browsable() {
			return Math.min(total, MAX_RESULTS);
		}

		/** More resources match than the pages reach: the search should be narrowed to see the others. */
		public boolean capped() {
			return total > MAX_RESULTS;
		}

		/** The page asked for is past the last one: it holds no results. */
		public boolean pastTheEnd() {
			return page >= pageCount();
		}
	}

	/**
	 * The results the pages reach: the page of results is picked from the best {@code (page + 1) × size}, which the
	 * pass keeps in memory and sorts, so the deepest page is bounded (as Elasticsearch's max_result_window is).
	 */
	static final int MAX_RESULTS = 10_000;

	/** The longest text searched: the rest of a longer one is left out. */
	public static final int MAX_TEXT = 200;

	/** Highlight marks: control characters, which titles and summaries cannot hold (the content rules refuse them). */
	static final String OPEN = "\u0002";

	static final String CLOSE = "\u0003";

	/** The doc values where Hibernate Search keeps each document's entity id. */
	private static final String ID_DOC_VALUES = "__HSEARCH_id_docvalue";

	/** Characters with a meaning in the query syntax: a person's text is searched as words, never as syntax. */
	private static final Pattern SYNTAX = Pattern.compile("[+\\-|\"*()~\\\\]");

	private final EntityManager entityManager;

	private final Spelling spelling;

	private final FrontPageCounts frontPage;

	private volatile Index index;

	ResourceSearch(EntityManager entityManager, Spelling spelling, FrontPageCounts frontPage) {
		this.entityManager = entityManager;
		this.spelling = spelling;
		this.frontPage = frontPage;
	}

	@Transactional(readOnly = true)
	public Hits search(Query query) {
		Index index = index();
		Found found;
		try (IndexReader reader = Search.session(entityManager).scope(Resource.class)
			.extension(LuceneExtension.get()).openIndexReader()) {
			found = find(new IndexSearcher(reader), index, query);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		org.apache.lucene.search.Query words = query.text().isEmpty() ? null : index.queries().text(query.text());
		List<Hit> hits = new ArrayList<>();
		for (Resource resource : load(found.ids())) {
			hits.add(hit(resource, mark(index, "title", words, resource.getTitle()),
					mark(index, "summary", words, resource.getSummary())));
		}
		return new Hits(found.total(), hits, found.counts(), found.suggestion(), query.page(), query.size());
	}

	/** What the index says of a search: how many, which resources on the page, the counts, a suggestion. */
	private record Found(long total, List<Long> ids, Map<Dimension, Map<String, Long>> counts, String suggestion) {
	}

	private Found find(IndexSearcher searcher, Index index, Query query) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
		// The unfiltered catalogue's counts are kept per state of the index; everything else is counted.
		boolean unfiltered = query.text().isEmpty() && query.filters().isEmpty();
		Map<Dimension, Map<String, Long>> kept = unfiltered ? frontPage.kept(reader, query.openOnly()) : null;
		List<String> together = new ArrayList<>();
		if (kept == null) {
			for (Dimension dimension : Dimension.values()) {
				if (query.selected(dimension).isEmpty()) {
					together.add(dimension.field());
				}
			}
		}
		else {
			counts.putAll(kept);
		}
		// One pass over what the query finds: the page of results in order, the exact total, and the counts of every
		// dimension nobody ticked; with one dimension ticked, its counts too (CataloguePass says how).
		Dimension ticked = query.filters().size() == 1 ? query.filters().keySet().iterator().next() : null;
		// The page's results are among the best (page + 1) × size, and no page reaches past MAX_RESULTS: a page past
		// it keeps one (a pass keeps at least one), and still gets the total and the counts.
		int from = Math.min(query.page() * query.size(), MAX_RESULTS);
		int best = Math.min(from + query.size(), MAX_RESULTS);
		CataloguePass.Outcome pass = searcher.search(index.queries().build(query, ticked),
				new CataloguePass(CatalogueQueries.sort(query.order()), from < best ? best : 1, together,
						ticked == null ? null : ticked.field(), ticked == null ? Set.of() : query.selected(ticked)));
		pass.counts().forEach((field, byValue) -> counts.put(Dimension.byField(field), byValue));
		if (unfiltered && kept == null) {
			frontPage.keep(reader, query.openOnly(), counts);
		}
		// With several dimensions ticked, one pass more for each, without its own filter.
		if (ticked == null) {
			for (Dimension other : query.filters().keySet()) {
				counts.put(other, searcher.search(index.queries().build(query, other),
						new FacetCounting(List.of(other.field()))).get(other.field()));
			}
		}
		TopDocs top = pass.top();
		long total = top.totalHits.value;
		// Every word of a query that finds something is in the catalogue (words are ANDed): a suggestion is for the
		// query that finds nothing.
		String suggestion = !query.text().isEmpty() && total == 0
				? spelling.suggest(reader, words(query.text())).orElse(null) : null;
		return new Found(total, from < best ? ids(reader, top.scoreDocs, from) : List.of(), counts, suggestion);
	}

	private static String mark(Index index, String field, org.apache.lucene.search.Query words, String text) {
		return words == null ? null : index.highlighting().mark(field, words, text);
	}

	/**
	 * The resources' ids of the hits from {@code from} on, read from the doc values Hibernate Search writes beside
	 * each document (the same it reads to load its own hits).
	 */
	private static List<Long> ids(IndexReader reader, ScoreDoc[] docs, int from) throws IOException {
		List<Long> ids = new ArrayList<>();
		List<LeafReaderContext> leaves = reader.leaves();
		for (int i = from; i < docs.length; i++) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
			BinaryDocValues values = DocValues.getBinary(leaf.reader(), ID_DOC_VALUES);
			if (values.advanceExact(docs[i].doc - leaf.docBase)) {
				ids.add(Long.parseLong(values.binaryValue().utf8ToString()));
			}
		}
		return ids;
	}

	/** The resources, in the order of {@code ids}; one that left the database since it was indexed is left out. */
	private List<Resource> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Resource> byId = new HashMap<>();
		entityManager.createQuery("select r from Resource r where r.id in :ids", Resource.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(r -> byId.put(r.getId(), r));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** What searching needs of the index Hibernate Search built: its analysers (known once it has started). */
	private record Index(CatalogueQueries queries, Highlighting highlighting) {
	}

	private Index index() {
		Index built = index;
		if (built == null) {
			Analyzer analyzer = Search.mapping(entityManager.getEntityManagerFactory())
				.indexedEntity(Resource.class)
				.indexManager()
				.unwrap(LuceneIndexManager.class)
				.searchAnalyzer();
			built = new Index(new CatalogueQueries(analyzer), new Highlighting(analyzer));
			index = built;
		}
		return built;
	}

	private static Hit hit(Resource resource, String title, String summary) {
		return new Hit(resource.getId(), resource.getTitle(), fragments(title, resource.getTitle()),
				fragments(summary, resource.getSummary()), resource.getType(), resource.getLicence(),
				resource.getStages().stream().map(Enum::name).toList(),
				resource.getDisciplines().stream().map(Enum::name).toList(), resource.getRanking(),
				resource.getEvaluationCount(), resource.getPublishedAt());
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

	static String words(String text) {
		return SYNTAX.matcher(text).replaceAll(" ").strip();
	}
}
