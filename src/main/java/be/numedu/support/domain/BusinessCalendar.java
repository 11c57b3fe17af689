package be.numedu.support.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * Working time: the opening hours of working days (Monday to Friday, public holidays excluded), in Europe/Brussels.
 * Delays are counted in it: a delay of 4 working hours filed on Friday at 15:00 with opening hours 08:30–16:30 falls
 * due on Monday at 11:30, or on Tuesday if Monday is Easter Monday.
 */
public final class BusinessCalendar {

	private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	/** Far enough to cross any holiday season, near enough to stop a runaway loop on a calendar with no working day. */
	private static final int MAX_DAYS = 3660;

	private final LocalTime opens;

	private final LocalTime closes;

	private final Predicate<LocalDate> holiday;

	/**
	 * @param opens when working time starts each working day
	 * @param closes when it ends (after {@code opens})
	 * @param holiday which days are public holidays
	 */
	public BusinessCalendar(LocalTime opens, LocalTime closes, Predicate<LocalDate> holiday) {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("opening hours " + opens + "–" + closes);
		}
		this.opens = opens;
		this.closes = closes;
		this.holiday = holiday;
	}

	/** The length of one working day. */
	public Duration workingDay() {
		return Duration.between(opens, closes);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holiday.test(date);
	}

	/** The instant reached after {@code amount} of working time from {@code start}. */
	public Instant add(Instant start, Duration amount) {
		LocalDateTime cursor = LocalDateTime.ofInstant(start, ZONE);
		Duration left = amount;
		for (int days = 0; days < MAX_DAYS; days++) {
			LocalDate date = cursor.toLocalDate();
			if (isWorkingDay(date)) {
				LocalDateTime dayStart = date.atTime(opens);
				LocalDateTime dayEnd = date.atTime(closes);
				LocalDateTime from = cursor.isBefore(dayStart) ? dayStart : cursor;
				if (from.isBefore(dayEnd)) {
					Duration available = Duration.between(from, dayEnd);
					if (left.compareTo(available) <= 0) {
						return from.plus(left).atZone(ZONE).toInstant();
					}
					left = left.minus(available);
				}
			}
			cursor = date.plusDays(1).atStartOfDay();
		}
		throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
	}

	/** The working time between two instants (zero if {@code to} is not after {@code from}). */
	public Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		LocalDateTime start = LocalDateTime.ofInstant(from, ZONE);
		LocalDateTime end = LocalDateTime.ofInstant(to, ZONE);
		Duration total = Duration.ZERO;
		for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			LocalDateTime dayStart = max(date.atTime(opens), start);
			LocalDateTime dayEnd = min(date.atTime(closes), end);
			if (dayStart.isBefore(dayEnd)) {
				total = total.plus(Duration.between(dayStart, dayEnd));
			}
		}
		return total;
	}

	private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}
}
