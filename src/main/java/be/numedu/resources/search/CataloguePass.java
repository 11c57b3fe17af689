package be.numedu.resources.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongBitSet;

/**
 * One pass over the documents of a search: the page of results in order with the exact total, and the counts of the
 * dimensions nobody ticked.
 *
 * <p>
 * When one dimension is ticked (the most common search after words alone: "lecture" in primaire), the pass runs on
 * the query without that dimension's filter, and applies the filter itself, from the dimension's doc values: every
 * document counts for the ticked dimension (whose counts ignore its own selection), and only those with a ticked
 * value are results and count for the others. That is the work of two passes in one.
 */
final class CataloguePass implements CollectorManager<CataloguePass.Slice, CataloguePass.Outcome> {

	/** The page of results and the counts per field, then per value. */
	record Outcome(TopDocs top, Map<String, Map<String, Long>> counts) {
	}

	private final TopFieldCollectorManager top;

	private final FacetCounting together;

	private final String tickedField;

	private final Set<String> tickedValues;

	private final FacetCounting ticked;

	/**
	 * @param together the fields counted over the results
	 * @param tickedField the one ticked dimension's field, whose filter the query left out, or null
	 * @param tickedValues its ticked values
	 */
	CataloguePass(Sort sort, int hits, Collection<String> together, String tickedField, Set<String> tickedValues) {
		this.top = new TopFieldCollectorManager(sort, hits, null, Integer.MAX_VALUE, false);
		this.together = together.isEmpty() ? null : new FacetCounting(together);
		this.tickedField = tickedField;
		this.tickedValues = tickedValues;
		this.ticked = tickedField == null ? null : new FacetCounting(List.of(tickedField));
	}

	@Override
	public Slice newCollector() throws IOException {
		return new Slice(top.newCollector(), together == null ? null : together.newCollector(),
				ticked == null ? null : ticked.newCollector());
	}

	@Override
	public Outcome reduce(Collection<Slice> slices) throws IOException {
		List<TopFieldCollector> tops = new ArrayList<>();
		List<FacetCounting.Slice> counted = new ArrayList<>();
		List<FacetCounting.Slice> tickedCounted = new ArrayList<>();
		for (Slice slice : slices) {
			tops.add(slice.top);
			if (slice.together != null) {
				counted.add(slice.together);
			}
			if (slice.ticked != null) {
				tickedCounted.add(slice.ticked);
			}
		}
		Map<String, Map<String, Long>> counts = new java.util.LinkedHashMap<>();
		if (together != null) {
			counts.putAll(together.reduce(counted));
		}
		if (ticked != null) {
			counts.putAll(ticked.reduce(tickedCounted));
		}
		return new Outcome(top.reduce(tops), counts);
	}

	/** The pass of one search thread. */
	final class Slice implements Collector {

		final TopFieldCollector top;

		final FacetCounting.Slice together;

		final FacetCounting.Slice ticked;

		Slice(TopFieldCollector top, FacetCounting.Slice together, FacetCounting.Slice ticked) {
			this.top = top;
			this.together = together;
			this.ticked = ticked;
		}

		@Override
		public ScoreMode scoreMode() {
			return top.scoreMode();
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			LeafCollector results = top.getLeafCollector(context);
			LeafCollector others = together == null ? null : together.getLeafCollector(context);
			LeafCollector all = ticked == null ? null : ticked.getLeafCollector(context);
			Filter filter = tickedField == null ? null : new Filter(context, tickedField, tickedValues);
			return new LeafCollector() {

				@Override
				public void setScorer(Scorable scorer) throws IOException {
					results.setScorer(scorer);
				}

				@Override
				public void collect(int doc) throws IOException {
					if (all != null) {
						all.collect(doc);
					}
					if (filter == null || filter.matches(doc)) {
						results.collect(doc);
						if (others != null) {
							others.collect(doc);
						}
					}
				}

				@Override
				public void finish() throws IOException {
					results.finish();
				}
			};
		}
	}

	/** The ticked dimension's filter on one segment: a document holds one of the ticked values. */
	private static final class Filter {

		private final SortedSetDocValues values;

		private final LongBitSet wanted;

		private final boolean any;

		Filter(LeafReaderContext context, String field, Set<String> ticked) throws IOException {
			values = DocValues.getSortedSet(context.reader(), field);
			wanted = new LongBitSet(Math.max(1, values.getValueCount()));
			boolean found = false;
			for (String value : ticked) {
				long ord = values.lookupTerm(new BytesRef(value));
				if (ord >= 0) {
					wanted.set(ord);
					found = true;
				}
			}
			any = found;
		}

		boolean matches(int doc) throws IOException {
			if (!any || !values.advanceExact(doc)) {
				return false;
			}
			for (int i = values.docValueCount(); i > 0; i--) {
				if (wanted.get(values.nextOrd())) {
					return true;
				}
			}
			return false;
		}
	}
}
