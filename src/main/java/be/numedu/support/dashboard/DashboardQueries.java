package be.numedu.support.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.numedu.directory.Need;
import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.Zone;
import be.numedu.support.RequestStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboards and of the cards' measured delays, aggregated by the database (medians and
 * percentiles with {@code PERCENTILE_CONT}, which H2 and PostgreSQL both know), so that they stay quick with a
 * hundred thousand requests. An operator's figures are those of the requests it held: volumes count the requests
 * filed in the period that it held at some point (a request handed over counts for both operators), delays the
 * holdings it took in charge or resolved in the period, satisfaction the ratings of the requests it held last, and
 * overdue the open requests it holds now.
 */
@Component
class DashboardQueries {

	/** Volumes of requests filed in a period; every value of each dimension is present, with zero if need be. */
	record Volumes(long total, Map<Need, Long> byNeed, Map<Zone, Long> byZone, Map<Network, Long> byNetwork,
			Map<Level, Long> byLevel, Map<RequestStatus, Long> byStatus) {
	}

	/** Ratings from 1 to 5. */
	record Satisfaction(long[] byScore) {

		public long count() {
			return Arrays.stream(byScore).sum();
		}

		/** The average score, {@code null} without ratings. */
		public Double average() {
			long count = count();
			if (count == 0) {
				return null;
			}
			long sum = 0;
			for (int score = 1; score <= 5; score++) {
				sum += score * byScore[score - 1];
			}
			return (double) sum / count;
		}
	}

	private static final String TAKEN = "a.taken_at >= :from and a.taken_at < :to";

	private static final String RESOLVED = "a.resolved_at >= :from and a.resolved_at < :to";

	/** Holdings taken in charge or resolved in the period; the percentiles ignore the nulls of the other kind. */
	private static final String DELAYS = "count(case when " + TAKEN + " then 1 end) as taken, "
			+ "sum(case when " + TAKEN + " and a.taken_in_time then 1 else 0 end) as taken_in_time, "
			+ "percentile_cont(0.5) within group (order by case when " + TAKEN
			+ " then a.take_charge_used_minutes end) as take_median, "
			+ "percentile_cont(0.9) within group (order by case when " + TAKEN
			+ " then a.take_charge_used_minutes end) as take_p90, "
			+ "count(case when " + RESOLVED + " then 1 end) as resolved, "
			+ "sum(case when " + RESOLVED + " and a.resolved_in_time then 1 else 0 end) as resolved_in_time, "
			+ "percentile_cont(0.5) within group (order by case when " + RESOLVED
			+ " then a.resolve_used_minutes end) as resolve_median, "
			+ "percentile_cont(0.9) within group (order by case when " + RESOLVED
			+ " then a.resolve_used_minutes end) as resolve_p90 "
			+ "from support_assignment a where ((" + TAKEN + ") or (" + RESOLVED + "))";

	private static final String HELD = " and exists (select 1 from support_assignment a where a.request_id = r.id"
			+ " and a.operator_slug = :operator)";

	private final NamedParameterJdbcTemplate jdbc;

	DashboardQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The delays measured for one operator, or for all of them ({@code operator} null). */
	MeasuredDelays delays(String operator, Instant from, Instant to) {
		MapSqlParameterSource parameters = period(from, to).addValue("operator", operator);
		List<MeasuredDelays> found = jdbc.query(
				"select " + DELAYS + (operator == null ? "" : " and a.operator_slug = :operator"), parameters,
				(rs, row) -> delays(rs));
		return found.isEmpty() ? MeasuredDelays.NONE : found.get(0);
	}

	/** The delays measured for each operator that took in charge or resolved something in the period. */
	Map<String, MeasuredDelays> delaysByOperator(Instant from, Instant to) {
		Map<String, MeasuredDelays> result = new LinkedHashMap<>();
		jdbc.query("select a.operator_slug, " + DELAYS + " group by a.operator_slug", period(from, to),
				rs -> {
					result.put(rs.getString("operator_slug"), delays(rs));
				});
		return result;
	}

	/** Requests filed in the period, for one operator (those it held) or all. */
	Volumes volumes(String operator, Instant from, Instant to) {
		MapSqlParameterSource parameters = period(from, to).addValue("operator", operator);
		String where = " where r.created_at >= :from and r.created_at < :to" + (operator == null ? "" : HELD);
		Map<Need, Long> byNeed = zeros(Need.class);
		Map<Zone, Long> byZone = zeros(Zone.class);
		Map<Network, Long> byNetwork = zeros(Network.class);
		Map<RequestStatus, Long> byStatus = zeros(RequestStatus.class);
		long[] total = { 0 };
		// One grouped pass over the period's requests, rolled up here into the four dimensions.
		jdbc.query("select r.need, r.zone, r.network, r.status, count(*) as n from support_request r" + where
				+ " group by r.need, r.zone, r.network, r.status", parameters, rs -> {
					long n = rs.getLong("n");
					total[0] += n;
					add(byNeed, Need.class, rs.getString("need"), n);
					add(byZone, Zone.class, rs.getString("zone"), n);
					add(byNetwork, Network.class, rs.getString("network"), n);
					add(byStatus, RequestStatus.class, rs.getString("status"), n);
				});
		Map<Level, Long> byLevel = zeros(Level.class);
		jdbc.query("select l.level, count(*) as n from support_request r"
				+ " join support_request_level l on l.request_id = r.id" + where + " group by l.level", parameters,
				rs -> {
					add(byLevel, Level.class, rs.getString("level"), rs.getLong("n"));
				});
		return new Volumes(total[0], byNeed, byZone, byNetwork, byLevel, byStatus);
	}

	/** Ratings of the requests filed in the period, for the operator that held them last, or all. */
	Satisfaction satisfaction(String operator, Instant from, Instant to) {
		long[] byScore = new long[5];
		jdbc.query("select r.satisfaction, count(*) as n from support_request r where r.satisfaction is not null"
				+ " and r.created_at >= :from and r.created_at < :to"
				+ (operator == null ? "" : " and r.operator_slug = :operator") + " group by r.satisfaction",
				period(from, to).addValue("operator", operator), rs -> {
					int score = rs.getInt("satisfaction");
					if (score >= 1 && score <= 5) {
						byScore[score - 1] = rs.getLong("n");
					}
				});
		return new Satisfaction(byScore);
	}

	/**
	 * Open requests past their due date now, not waiting for the requester, by the operator holding them (the empty
	 * key for the SGNE's triage). The same rule as the queues' "late" state.
	 */
	Map<String, Long> overdue(String operator, Instant now) {
		List<String> open = Arrays.stream(RequestStatus.values()).filter(RequestStatus::open).map(Enum::name).toList();
		Map<String, Long> result = new LinkedHashMap<>();
		jdbc.query("select r.operator_slug, count(*) as n from support_request r where r.status in (:open)"
				+ " and r.paused_since is null and r.due_at < :now"
				+ (operator == null ? "" : " and r.operator_slug = :operator") + " group by r.operator_slug",
				new MapSqlParameterSource("open", open).addValue("now", timestamp(now)).addValue("operator", operator),
				rs -> {
					String slug = rs.getString("operator_slug");
					result.put(slug == null ? "" : slug, rs.getLong("n"));
				});
		return result;
	}

	private static MeasuredDelays delays(ResultSet rs) throws SQLException {
		return new MeasuredDelays(
				new Measured(rs.getLong("taken"), number(rs, "take_median"), number(rs, "take_p90"),
						rs.getLong("taken_in_time")),
				new Measured(rs.getLong("resolved"), number(rs, "resolve_median"), number(rs, "resolve_p90"),
						rs.getLong("resolved_in_time")));
	}

	/** H2 answers a percentile as a long, a decimal or a double depending on the values; PostgreSQL as a double. */
	private static Double number(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		return value instanceof Number n ? n.doubleValue() : null;
	}

	private static MapSqlParameterSource period(Instant from, Instant to) {
		return new MapSqlParameterSource("from", timestamp(from)).addValue("to", timestamp(to));
	}

	/** Both drivers bind an offset date-time to {@code timestamp with time zone}; not every one binds an instant. */
	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
		Map<E, Long> map = new EnumMap<>(type);
		for (E value : type.getEnumConstants()) {
			map.put(value, 0L);
		}
		return map;
	}

	/** A value the enum no longer has (a code renamed since) is left out rather than failing the whole page. */
	private static <E extends Enum<E>> void add(Map<E, Long> map, Class<E> type, String code, long n) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(code)) {
				map.merge(value, n, Long::sum);
				return;
			}
		}
	}
}
