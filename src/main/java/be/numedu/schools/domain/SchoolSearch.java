package be.numedu.schools.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import be.numedu.schools.SchoolSummary;
import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the register through its Lucene index: free text (name, organising body, municipality, locality), or a
 * number (a school's or an implantation's FASE number, or a postcode), filtered by zone, network, level and teaching
 * type, with counts per filter value. Counts of a dimension ignore that dimension's own selection, so that a person
 * who ticked "Namur" still sees how many schools each other zone has.
 */
@Service
public class SchoolSearch {

	/** Filters by dimension, as indexed field names. */
	public enum Dimension {
		ZONE("zone"), NETWORK("network"), LEVEL("levels"), TEACHING_TYPE("teachingTypes");

		final String field;

		Dimension(String field) {
			this.field = field;
		}
	}

	/**
	 * What a person asks for.
	 *
	 * @param text words or a number; blank for everything
	 * @param zones zones to keep (none: all)
	 * @param networks networks to keep (none: all)
	 * @param levels levels to keep (none: all)
	 * @param teachingTypes teaching types to keep (none: all)
	 * @param includeRetired whether schools that left the register are shown
	 * @param page zero-based page
	 * @param size page size, 1 to 100
	 */
	public record Query(String text, Set<Zone> zones, Set<Network> networks, Set<Level> levels,
			Set<TeachingType> teachingTypes, boolean includeRetired, int page, int size) {

		public Query {
			text = text == null ? "" : text.strip();
			if (text.length() > 200) {
				text = text.substring(0, 200);
			}
			zones = zones == null ? Set.of() : Set.copyOf(zones);
			networks = networks == null ? Set.of() : Set.copyOf(networks);
			levels = levels == null ? Set.of() : Set.copyOf(levels);
			teachingTypes = teachingTypes == null ? Set.of() : Set.copyOf(teachingTypes);
			size = Math.min(100, Math.max(1, size));
			// Deep pages are not worth their cost, and far ones would overflow the offset: 10,000 results at most.
			page = Math.min(Math.max(0, page), MAX_RESULTS / size - 1);
		}

		public static Query text(String text, int size) {
			return new Query(text, null, null, null, null, false, 0, size);
		}

		Collection<? extends Enum<?>> selected(Dimension dimension) {
			return switch (dimension) {
				case ZONE -> zones;
				case NETWORK -> networks;
				case LEVEL -> levels;
				case TEACHING_TYPE -> teachingTypes;
			};
		}
	}

	/** One page of results and, per dimension, the number of schools for each value. */
	public record Hits(long total, List<SchoolSummary> schools, Map<Dimension, Map<String, Long>> counts, int page,
			int size) {

		public int pageCount() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}

	/** How far paging goes. */
	static final int MAX_RESULTS = 10_000;

	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

	/** Characters with a meaning in the query syntax: a person's text is searched as words, never as syntax. */
	private static final Pattern SYNTAX = Pattern.compile("[+\\-|\"*()~\\\\]");

	private final EntityManager entityManager;

	private final Summaries summaries;

	SchoolSearch(EntityManager entityManager, Summaries summaries) {
		this.entityManager = entityManager;
		this.summaries = summaries;
	}

	@Transactional(readOnly = true)
	public Hits search(Query query) {
		SearchSession session = Search.session(entityManager);
		Map<Dimension, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		var main = session.search(School.class).where(f -> predicate(f, query, null));
		for (Dimension dimension : Dimension.values()) {
			if (query.selected(dimension).isEmpty()) {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(dimension.name());
				keys.put(dimension, key);
				main = main.aggregation(key, f -> f.terms().field(dimension.field, String.class, ValueModel.INDEX).maxTermCount(50));
			}
		}
		SearchResult<School> result = main
			.sort(f -> query.text().isEmpty() ? f.field("name_sort") : f.score().then().field("name_sort"))
			.fetch(query.page() * query.size(), query.size());
		Map<Dimension, Map<String, Long>> counts = new LinkedHashMap<>();
		for (Dimension dimension : Dimension.values()) {
			if (keys.containsKey(dimension)) {
				counts.put(dimension, result.aggregation(keys.get(dimension)));
			}
			else {
				// Counted without this dimension's own filter, so the other values stay visible with their counts.
				AggregationKey<Map<String, Long>> key = AggregationKey.of(dimension.name());
				var others = session.search(School.class).where(f -> predicate(f, query, dimension))
					.aggregation(key, f -> f.terms().field(dimension.field, String.class, ValueModel.INDEX).maxTermCount(50))
					.fetch(0);
				counts.put(dimension, others.aggregation(key));
			}
		}
		List<SchoolSummary> schools = result.hits().stream().map(summaries::of).toList();
		return new Hits(result.total().hitCount(), schools, counts, query.page(), query.size());
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, Query query, Dimension ignored) {
		var bool = f.bool();
		bool.must(f.matchAll());
		if (!query.text().isEmpty()) {
			bool.must(textPredicate(f, query.text()));
		}
		if (!query.includeRetired()) {
			bool.filter(f.match().field("retired").matching(false));
		}
		for (Dimension dimension : Dimension.values()) {
			Collection<? extends Enum<?>> selected = query.selected(dimension);
			if (dimension != ignored && !selected.isEmpty()) {
				List<String> names = new ArrayList<>();
				selected.forEach(value -> names.add(value.name()));
				bool.filter(f.terms().field(dimension.field).matchingAny(names, ValueModel.INDEX));
			}
		}
		return bool;
	}

	private static SearchPredicate textPredicate(SearchPredicateFactory f, String text) {
		if (NUMBER.matcher(text).matches()) {
			return f.or(f.match().field("faseNumbers").matching(text), f.match().field("postcodes").matching(text))
				.toPredicate();
		}
		String words = SYNTAX.matcher(text).replaceAll(" ").strip();
		if (words.isEmpty()) {
			return f.matchNone().toPredicate();
		}
		// Each word must be found, in the name, the organising body or a municipality; the last one may be
		// unfinished (a person typing "athénée roy" wants "Athénée royal").
		String asPrefix = words + "*";
		return f.simpleQueryString()
			.field("name").boost(3f)
			.field("organisingBodyName")
			.field("municipalities").boost(2f)
			.matching(asPrefix)
			.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND)
			.flags(EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE))
			.toPredicate();
	}
}
