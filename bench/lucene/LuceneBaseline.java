import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * bench/lucene/LuceneBaseline.java: the bare-Lucene baseline of bench/resources. It opens the resources' index that
 * numedu built (read-only, {@code DirectoryReader.open(FSDirectory.open(path))}) and runs, for each query, what
 * {@code ResourceSearch.search} asks of the index, written directly against Lucene 9.12:
 * <ul>
 * <li>the same Lucene query: the text through {@link SimpleQueryParser} (AND and whitespace operators only, AND by
 * default) over title^3, title_words^2, summary^2, keywords^2, description, authors, publisher with the analysers of
 * {@code FrenchAnalysis} (rebuilt as {@link CustomAnalyzer}s), a should clause open:1 boosted 0.5, filters on
 * status:PUBLISHED and on each facet selected; printed at start, it reads exactly as Hibernate Search logs its own
 * query ({@code org.hibernate.search.query.lucene} at debug);</li>
 * <li>the same sort (relevance then publication date, date then relevance, ranking then relevance) and the top 20,
 * with the exact total, and each hit's id read from the doc values Hibernate Search writes;</li>
 * <li>the same facet counts in the same pass: per dimension not selected, the documents per value of its
 * SortedSetDocValues, counted per segment ordinal and merged by value, the 100 most frequent kept; then, per dimension
 * selected, a second query without that dimension's filter, counting that dimension only;</li>
 * <li>the same spelling suggestion when the text finds nothing (DirectSpellChecker on the "spell"
 * field, 2 edits, first letter kept).</li>
 * </ul>
 * It does not do what the API does besides: HTTP (Tomcat, the security filters, gzip), Hibernate Search's DSL and
 * result handling, the Spring transaction, loading the 20 resources from the database, the highlighting of title and
 * summary, and the JSON.
 *
 * <pre>java -Dfile.encoding=UTF-8 -cp "LUCENE JARS" bench/lucene/LuceneBaseline.java [--serve] INDEX_DIR THREADS WARMUP_S
 *     DURATION_S [LABEL=QUERY...]</pre>
 *
 * With --serve, the LABEL=QUERY come one a line on standard input, each measured as it comes (bench/resources measures
 * each query here right after the API, numedu idle, so that both see the same machine). QUERY is the API's query string ({@code q=…&etape=PRIMAIRE&tri=evaluation}), read as SearchParameters reads it.
 * Each query runs in a closed loop on THREADS threads (as wrk's connections), a warm-up then the measured run; one
 * line per query: {@code LUCENE_RESULT label=… requests=… duration_us=… p50_us=… p90_us=… p95_us=… p99_us=… max_us=…
 * total=… cpu_ms_per_req=… cpu_pct=… others_cpu_pct=…} (exact percentiles of every latency recorded; this process's CPU
 * time per query, its CPU share and the rest of the machine's during the measured run, in per cent of one core, as
 * bench/lib.sh measures the server), after {@code LUCENE_QUERY label=… query=…}.
 */
public class LuceneBaseline {

	/** The facets: API parameter, indexed field (ResourceSearch.Dimension and SearchParameters.NAMES, in order). */
	static final String[][] DIMENSIONS = { { "etape", "stages" }, { "annee", "years" }, { "discipline", "disciplines" },
			{ "domaine", "domains" }, { "type", "type" }, { "licence", "licence" }, { "competence", "competences" },
			{ "public", "audiences" }, { "accessibilite", "accessibilityFeatures" }, { "amenagement", "accommodations" },
			{ "langue", "language" }, { "provenance", "provenance" } };

	static final Pattern SYNTAX = Pattern.compile("[+\\-|\"*()~\\\\]");

	static final int PAGE = 20;

	static final int MAX_TERMS = 100;

	/** One query as the API reads it. */
	record Spec(String label, String text, Map<String, Set<String>> filters, String order, boolean openOnly) {

		static Spec parse(String label, String queryString) {
			String text = "";
			String order = null;
			boolean open = false;
			Map<String, Set<String>> filters = new LinkedHashMap<>();
			for (String pair : queryString.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				switch (name) {
					case "q" -> text = value.strip();
					case "tri" -> order = value;
					case "rel" -> open = "oui".equals(value);
					case "taille", "page" -> {
					}
					default -> {
						String field = field(name);
						if (field == null) {
							throw new IllegalArgumentException("unknown parameter " + name);
						}
						filters.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(value);
					}
				}
			}
			if (order == null) {
				order = text.isEmpty() ? "recent" : "pertinence";
			}
			return new Spec(label, text, filters, order, open);
		}

		static String field(String parameter) {
			for (String[] d : DIMENSIONS) {
				if (d[0].equals(parameter)) {
					return d[1];
				}
			}
			return null;
		}
	}

	/** The result of one execution, so that the JIT cannot drop the work. */
	record Outcome(long total, long[] ids, Map<String, List<Map.Entry<String, Long>>> counts, String suggestion) {
	}

	final IndexSearcher searcher;

	final DirectoryReader reader;

	final Analyzer analyzer;

	final DirectSpellChecker checker = new DirectSpellChecker();

	LuceneBaseline(DirectoryReader reader) throws IOException {
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		Analyzer french = CustomAnalyzer.builder().withTokenizer("standard")
			.addTokenFilter("elision", "ignoreCase", "true").addTokenFilter("lowercase").addTokenFilter("asciiFolding")
			.addTokenFilter("frenchLightStem").build();
		Analyzer name = CustomAnalyzer.builder().withTokenizer("standard")
			.addTokenFilter("elision", "ignoreCase", "true").addTokenFilter("lowercase").addTokenFilter("asciiFolding")
			.build();
		this.analyzer = new PerFieldAnalyzerWrapper(french,
				Map.of("title_words", name, "authors", name, "publisher", name, "keywords_words", name, "spell", name));
		checker.setMaxEdits(2);
		checker.setMinPrefix(1);
	}

	/** The query of ResourceSearch.predicate: all filters but the one of {@code ignored} (a field, or null). */
	Query query(Spec spec, String ignored) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		String words = SYNTAX.matcher(spec.text()).replaceAll(" ").strip();
		if (!spec.text().isEmpty()) {
			if (words.isEmpty()) {
				return new MatchNoDocsQuery();
			}
			Map<String, Float> weights = new LinkedHashMap<>();
			weights.put("title", 3f);
			weights.put("title_words", 2f);
			weights.put("summary", 2f);
			weights.put("keywords", 2f);
			weights.put("description", 1f);
			weights.put("authors", 1f);
			weights.put("publisher", 1f);
			SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights,
					SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
			parser.setDefaultOperator(Occur.MUST);
			Query text = parser.parse(words);
			bool.add(text == null ? new MatchNoDocsQuery() : text, Occur.MUST);
			bool.add(new BoostQuery(IntPoint.newExactQuery("open", 1), 0.5f), Occur.SHOULD);
		}
		else {
			bool.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		bool.add(new TermQuery(new Term("status", "PUBLISHED")), Occur.FILTER);
		if (spec.openOnly()) {
			bool.add(IntPoint.newExactQuery("open", 1), Occur.FILTER);
		}
		for (Map.Entry<String, Set<String>> filter : spec.filters().entrySet()) {
			if (!filter.getKey().equals(ignored)) {
				Collection<String> values = filter.getValue();
				Query terms = values.size() == 1 ? new TermQuery(new Term(filter.getKey(), values.iterator().next()))
						: new TermInSetQuery(filter.getKey(), values.stream().map(BytesRef::new).toList());
				bool.add(new ConstantScoreQuery(terms), Occur.FILTER);
			}
		}
		return new BooleanQuery.Builder().add(bool.build(), Occur.MUST).build();
	}

	static Sort sort(String order) {
		SortField published = new SortedNumericSortField("publishedAt", SortField.Type.LONG, true);
		SortField ranking = new SortedNumericSortField("ranking", SortField.Type.DOUBLE, true);
		return switch (order) {
			case "recent" -> new Sort(published, SortField.FIELD_SCORE);
			case "evaluation" -> new Sort(ranking, SortField.FIELD_SCORE);
			case "titre" -> new Sort(new SortField("title_sort", SortField.Type.STRING));
			default -> new Sort(SortField.FIELD_SCORE, published);
		};
	}

	Outcome run(Spec spec) throws IOException {
		List<String> counted = new ArrayList<>();
		for (String[] d : DIMENSIONS) {
			if (!spec.filters().containsKey(d[1])) {
				counted.add(d[1]);
			}
		}
		Query main = query(spec, null);
		MultiCollectorManager both = new MultiCollectorManager(
				new TopFieldCollectorManager(sort(spec.order()), PAGE, null, Integer.MAX_VALUE, false),
				new FacetCounts(counted));
		Object[] results = searcher.search(main, both);
		TopDocs top = (TopDocs) results[0];
		FacetCounts.Result counts = (FacetCounts.Result) results[1];
		Map<String, List<Map.Entry<String, Long>>> facets = new LinkedHashMap<>(counts.top());
		for (String field : spec.filters().keySet()) {
			FacetCounts.Result other = searcher.search(query(spec, field), new FacetCounts(List.of(field)));
			facets.putAll(other.top());
		}
		long[] ids = ids(top.scoreDocs);
		long total = top.totalHits.value;
		String suggestion = null;
		if (!spec.text().isEmpty() && total == 0) {
			suggestion = suggest(SYNTAX.matcher(spec.text()).replaceAll(" ").strip());
		}
		return new Outcome(total, ids, facets, suggestion);
	}

	/** The ids of the hits, from the doc values Hibernate Search writes beside each document. */
	long[] ids(ScoreDoc[] docs) throws IOException {
		long[] ids = new long[docs.length];
		List<LeafReaderContext> leaves = reader.leaves();
		for (int i = 0; i < docs.length; i++) {
			LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(docs[i].doc, leaves));
			BinaryDocValues values = DocValues.getBinary(leaf.reader(), "__HSEARCH_id_docvalue");
			if (values.advanceExact(docs[i].doc - leaf.docBase)) {
				ids[i] = Long.parseLong(values.binaryValue().utf8ToString());
			}
		}
		return ids;
	}

	/** Spelling.suggest, on this reader. */
	String suggest(String words) throws IOException {
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : words.split("\\s+")) {
			String folded = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "").replace("œ", "oe").replace("æ", "ae");
			if (folded.length() < 3 || reader.docFreq(new Term("spell", folded)) > 0) {
				corrected.add(word);
				continue;
			}
			SuggestWord[] suggestions = checker.suggestSimilar(new Term("spell", folded), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (suggestions.length > 0) {
				corrected.add(suggestions[0].string);
				changed = true;
			}
			else {
				corrected.add(word);
			}
		}
		return changed ? String.join(" ", corrected) : null;
	}

	/**
	 * Terms counts over SortedSetDocValues, as a terms aggregation: per segment, documents per ordinal (a document counts
	 * once per distinct value), then merged by value across segments, the 100 most frequent kept.
	 */
	static final class FacetCounts implements CollectorManager<FacetCounts.PerSlice, FacetCounts.Result> {

		record Result(long hits, Map<String, List<Map.Entry<String, Long>>> top) {
		}

		final List<String> fields;

		FacetCounts(List<String> fields) {
			this.fields = fields;
		}

		@Override
		public PerSlice newCollector() {
			return new PerSlice(fields);
		}

		@Override
		public Result reduce(Collection<PerSlice> slices) {
			long hits = 0;
			List<Map<String, Long>> merged = new ArrayList<>();
			for (int f = 0; f < fields.size(); f++) {
				merged.add(new HashMap<>());
			}
			for (PerSlice slice : slices) {
				slice.flush();
				hits += slice.hits;
				for (int f = 0; f < fields.size(); f++) {
					Map<String, Long> into = merged.get(f);
					slice.totals.get(f).forEach((k, v) -> into.merge(k, v, Long::sum));
				}
			}
			Map<String, List<Map.Entry<String, Long>>> top = new LinkedHashMap<>();
			for (int f = 0; f < fields.size(); f++) {
				List<Map.Entry<String, Long>> entries = new ArrayList<>(merged.get(f).entrySet());
				entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
				top.put(fields.get(f), List.copyOf(entries.subList(0, Math.min(MAX_TERMS, entries.size()))));
			}
			return new Result(hits, top);
		}

		static final class PerSlice implements Collector {

			final List<String> fields;

			final List<Map<String, Long>> totals = new ArrayList<>();

			long hits;

			SortedSetDocValues[] values;

			int[][] counts;

			PerSlice(List<String> fields) {
				this.fields = fields;
				for (int f = 0; f < fields.size(); f++) {
					totals.add(new HashMap<>());
				}
			}

			/** Adds the counts of the segment just collected to the totals, by value. */
			void flush() {
				if (counts == null) {
					return;
				}
				try {
					for (int f = 0; f < fields.size(); f++) {
						int[] c = counts[f];
						for (int ord = 0; ord < c.length; ord++) {
							if (c[ord] > 0) {
								totals.get(f).merge(values[f].lookupOrd(ord).utf8ToString(), (long) c[ord], Long::sum);
							}
						}
					}
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				counts = null;
			}

			@Override
			public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
				flush();
				values = new SortedSetDocValues[fields.size()];
				counts = new int[fields.size()][];
				for (int f = 0; f < fields.size(); f++) {
					values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
					counts[f] = new int[(int) values[f].getValueCount()];
				}
				final SortedSetDocValues[] v = values;
				final int[][] c = counts;
				return new LeafCollector() {

					@Override
					public void setScorer(Scorable scorer) {
					}

					@Override
					public void collect(int doc) throws IOException {
						hits++;
						for (int f = 0; f < v.length; f++) {
							if (v[f].advanceExact(doc)) {
								int n = v[f].docValueCount();
								for (int i = 0; i < n; i++) {
									c[f][(int) v[f].nextOrd()]++;
								}
							}
						}
					}
				};
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}
		}
	}

	public static void main(String[] args) throws Exception {
		boolean serve = args.length > 0 && args[0].equals("--serve");
		if (serve) {
			args = Arrays.copyOfRange(args, 1, args.length);
		}
		if (args.length < (serve ? 4 : 5)) {
			System.err.println("usage: LuceneBaseline [--serve] INDEX_DIR THREADS WARMUP_S DURATION_S LABEL=QUERY...");
			System.exit(2);
		}
		Path index = Path.of(args[0]);
		int threads = Integer.parseInt(args[1]);
		double warmup = Double.parseDouble(args[2]);
		double duration = Double.parseDouble(args[3]);
		try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
			LuceneBaseline baseline = new LuceneBaseline(reader);
			System.out.printf("LUCENE_INDEX documents=%d segments=%d%n", reader.numDocs(), reader.leaves().size());
			System.out.flush();
			if (serve) {
				// One LABEL=QUERY a line on standard input, each measured when it comes: bench/resources measures each
				// query here right after the API, so that both see the same machine.
				var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
				for (String line; (line = in.readLine()) != null;) {
					if (!line.isBlank()) {
						baseline.measure(spec(line.strip()), threads, warmup, duration);
					}
				}
			}
			else {
				for (String arg : Arrays.copyOfRange(args, 4, args.length)) {
					baseline.measure(spec(arg), threads, warmup, duration);
				}
			}
		}
	}

	static Spec spec(String labelAndQuery) {
		int eq = labelAndQuery.indexOf('=');
		return Spec.parse(labelAndQuery.substring(0, eq), labelAndQuery.substring(eq + 1));
	}

	/** Checks the query once, then its warm-up and its measured run; prints LUCENE_QUERY and LUCENE_RESULT. */
	void measure(Spec spec, int threads, double warmup, double duration) throws Exception {
		Outcome once = run(spec);
		System.out.printf("LUCENE_QUERY label=%s total=%d suggestion=%s facets=%d query=%s%n", spec.label(), once.total(),
				once.suggestion() == null ? "-" : once.suggestion().replace(' ', '_'), once.counts().size(),
				query(spec, null));
		if (Boolean.getBoolean("baseline.print")) {
			System.out.printf("LUCENE_DETAIL label=%s ids=%s counts=%s%n", spec.label(), Arrays.toString(once.ids()),
					once.counts());
		}
		loop(this, spec, threads, warmup); // warm-up, not recorded
		long self0 = selfTicks(), busy0 = busyTicks();
		long[] latencies = loop(this, spec, threads, duration);
		long self = selfTicks() - self0, busy = busyTicks() - busy0;
		long elapsed = latencies[latencies.length - 1];
		long[] sorted = Arrays.copyOf(latencies, latencies.length - 1);
		Arrays.sort(sorted);
		double seconds = elapsed / 1e6;
		System.out.printf(Locale.ROOT, "LUCENE_RESULT label=%s requests=%d duration_us=%d p50_us=%d p90_us=%d "
				+ "p95_us=%d p99_us=%d max_us=%d total=%d cpu_ms_per_req=%.2f cpu_pct=%.0f others_cpu_pct=%.0f%n",
				spec.label(), sorted.length, elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 95), pct(sorted, 99),
				sorted.length == 0 ? 0 : sorted[sorted.length - 1], once.total(),
				sorted.length == 0 ? 0 : 1000.0 * self / TICKS / sorted.length, 100.0 * self / TICKS / seconds,
				100.0 * (busy - self) / TICKS / seconds);
		System.out.flush();
	}

	/** Clock ticks per second of /proc (the script passes getconf CLK_TCK; 100 on Linux almost everywhere). */
	static final double TICKS = Double.parseDouble(System.getProperty("clk.tck", "100"));

	/** This process's CPU time (user + system) in ticks, from /proc/self/stat; 0 where there is no /proc. */
	static long selfTicks() {
		try {
			String stat = java.nio.file.Files.readString(Path.of("/proc/self/stat"));
			String[] f = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
			return Long.parseLong(f[11]) + Long.parseLong(f[12]);
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	/** The whole machine's busy CPU time in ticks (all but idle and iowait), from /proc/stat, as bench/lib.sh counts it. */
	static long busyTicks() {
		try (var lines = java.nio.file.Files.lines(Path.of("/proc/stat"))) {
			String[] f = lines.findFirst().orElseThrow().trim().split("\\s+");
			return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
					+ Long.parseLong(f[7]) + Long.parseLong(f[8]);
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	/** Exact percentile (nearest rank) in microseconds. */
	static long pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/**
	 * Runs the query in a closed loop on THREADS threads for the given seconds; returns every latency in microseconds,
	 * then, last, the elapsed time in microseconds.
	 */
	static long[] loop(LuceneBaseline baseline, Spec spec, int threads, double seconds) throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		List<long[]> perThread = new ArrayList<>();
		int[] sizes = new int[threads];
		Thread[] workers = new Thread[threads];
		long[] sink = new long[threads];
		RuntimeException[] failure = new RuntimeException[1];
		for (int t = 0; t < threads; t++) {
			perThread.add(new long[1 << 16]);
		}
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			final int me = t;
			workers[t] = new Thread(() -> {
				long[] mine = perThread.get(me);
				int n = 0;
				try {
					while (!stop.get()) {
						long t0 = System.nanoTime();
						Outcome outcome = baseline.run(spec);
						long us = (System.nanoTime() - t0) / 1000;
						sink[me] += outcome.total() + outcome.ids().length + outcome.counts().size();
						if (n == mine.length) {
							mine = Arrays.copyOf(mine, n * 2);
						}
						mine[n++] = us;
					}
				}
				catch (IOException e) {
					failure[0] = new java.io.UncheckedIOException(e);
				}
				catch (RuntimeException e) {
					failure[0] = e;
				}
				perThread.set(me, mine);
				sizes[me] = n;
			}, "baseline-" + t);
			workers[t].start();
		}
		Thread.sleep((long) (seconds * 1000));
		stop.set(true);
		for (Thread w : workers) {
			w.join();
		}
		long elapsed = (System.nanoTime() - start) / 1000;
		if (failure[0] != null) {
			throw failure[0];
		}
		int total = 0;
		for (int s : sizes) {
			total += s;
		}
		long[] all = new long[total + 1];
		int at = 0;
		for (int t = 0; t < threads; t++) {
			System.arraycopy(perThread.get(t), 0, all, at, sizes[t]);
			at += sizes[t];
		}
		all[total] = elapsed;
		return all;
	}
}
