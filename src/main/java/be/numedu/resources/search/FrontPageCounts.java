package be.numedu.resources.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import be.numedu.resources.search.ResourceSearch.Dimension;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.springframework.stereotype.Component;

/**
 * The facet counts of the catalogue as it opens, with no text and no filter: the page everyone sees first, and the
 * dearest to count (every published resource in twelve dimensions, about half a second at a million resources). They
 * are the same for everyone, so they are kept with the state of the index they were counted on, and counted again
 * only once the index has changed: always exact, never stale. (Elasticsearch's request cache does the same for the
 * same reason.) Searches with words or filters are counted each time.
 */
@Component
class FrontPageCounts {

	/** All published resources, then open ones only (REL): each with the index state its counts hold for. */
	private final Map<Boolean, Kept> kept = new ConcurrentHashMap<>();

	private record Kept(List<Object> indexState, Map<Dimension, Map<String, Long>> counts) {
	}

	/** The counts kept for what {@code reader} holds, or null. */
	Map<Dimension, Map<String, Long>> kept(IndexReader reader, boolean openOnly) {
		Kept known = kept.get(openOnly);
		List<Object> state = indexState(reader);
		return known != null && state != null && known.indexState().equals(state) ? known.counts() : null;
	}

	void keep(IndexReader reader, boolean openOnly, Map<Dimension, Map<String, Long>> counts) {
		List<Object> state = indexState(reader);
		if (state != null) {
			Map<Dimension, Map<String, Long>> copy = new EnumMap<>(Dimension.class);
			counts.forEach((dimension, values) -> copy.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
			kept.put(openOnly, new Kept(state, copy));
		}
	}

	/**
	 * What the reader holds, as identities: each segment with its deletions, so that any document added, changed or
	 * removed gives another list; null when a segment cannot say (then nothing is kept).
	 */
	private static List<Object> indexState(IndexReader reader) {
		List<Object> state = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			if (helper == null) {
				return null;
			}
			state.add(helper.getKey());
		}
		return state;
	}
}
