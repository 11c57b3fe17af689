package be.numedu.support.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The period a dashboard covers: the last 30, 90 or 365 days up to now, or whole days chosen by the person (Brussels
 * time, both days included).
 *
 * @param from its start, included
 * @param to its end, excluded
 * @param firstDay the first day, as people read it
 * @param lastDay the last day
 * @param days the number of days before now, or {@code null} for chosen days
 */
record Period(Instant from, Instant to, LocalDate firstDay, LocalDate lastDay, Integer days) {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** The choices the dashboard offers. */
	static final List<Integer> PRESETS = List.of(30, 90, 365);

	static final int DEFAULT_DAYS = 90;

	/** The longest chosen span: ten years, far beyond any useful dashboard but a bound on the work asked. */
	static final long MAX_DAYS = 3660;

	static Period lastDays(int days, Instant now) {
		Instant from = now.minus(days, ChronoUnit.DAYS);
		return new Period(from, now, LocalDate.ofInstant(from, BRUSSELS), LocalDate.ofInstant(now, BRUSSELS), days);
	}

	static Period between(LocalDate first, LocalDate last) {
		return new Period(first.atStartOfDay(BRUSSELS).toInstant(), last.plusDays(1).atStartOfDay(BRUSSELS).toInstant(),
				first, last, null);
	}

	public boolean chosen() {
		return days == null;
	}
}
