package be.numedu.support.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working time on Belgian working days, within opening hours. */
class BusinessCalendarUnitTests {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final SupportProperties REFERENCE = new SupportProperties(16, 80, 8, LocalTime.of(8, 30),
			LocalTime.of(16, 30), List.of(MonthDay.of(9, 27)), 10, 0.25, 5, java.nio.file.Path.of("target/x"), 10_485_760L,
			5, Duration.ofMinutes(5), "numedu <x@numedu.example>", "http://localhost");

	static final BelgianHolidays HOLIDAYS = new BelgianHolidays(REFERENCE);

	final BusinessCalendar calendar = new BusinessCalendar(LocalTime.of(8, 30), LocalTime.of(16, 30), HOLIDAYS);

	@Test
	void aDelayRunsOverTheWeekend() {
		// Friday 20 November 2026 at 15:00, four working hours: 1 h 30 on Friday, 2 h 30 on Monday
		assertThat(calendar.add(at(2026, 11, 20, 15, 0), Duration.ofHours(4))).isEqualTo(at(2026, 11, 23, 11, 0));
	}

	@Test
	void publicHolidaysAreSkipped() {
		// Friday 3 April 2026, the Friday before Easter Monday (6 April): due on Tuesday
		assertThat(calendar.add(at(2026, 4, 3, 15, 0), Duration.ofHours(4))).isEqualTo(at(2026, 4, 7, 11, 0));
		// Christmas, New Year, Whit Monday, 21 July and 11 November are days off
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 21))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 11))).isFalse();
	}

	@Test
	void observancesAreWorkingDaysAndTheFwbFeastIsNot() {
		// 2 November (All Souls) and 15 November (King's Feast) are observances in the calendar, not days off
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 2))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 15))).isTrue();
		// 27 September 2027 (a Monday), Fête de la Fédération Wallonie-Bruxelles, is added by the configuration
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 27))).isFalse();
	}

	@Test
	void aRequestFiledOutsideOpeningHoursStartsAtTheNextOpening() {
		// Saturday: counted from Monday 08:30
		assertThat(calendar.add(at(2026, 11, 21, 10, 0), Duration.ofHours(1))).isEqualTo(at(2026, 11, 23, 9, 30));
		// after closing: from the next morning
		assertThat(calendar.add(at(2026, 11, 23, 18, 0), Duration.ofMinutes(30))).isEqualTo(at(2026, 11, 24, 9, 0));
		// before opening
		assertThat(calendar.add(at(2026, 11, 24, 7, 0), Duration.ofMinutes(30))).isEqualTo(at(2026, 11, 24, 9, 0));
	}

	@Test
	void aDelayEndingAtClosingTimeEndsThatDay() {
		assertThat(calendar.add(at(2026, 11, 23, 8, 30), Duration.ofHours(8))).isEqualTo(at(2026, 11, 23, 16, 30));
	}

	@Test
	void workingTimeBetweenTwoInstantsCountsOnlyOpeningHours() {
		assertThat(calendar.between(at(2026, 11, 20, 15, 0), at(2026, 11, 23, 11, 0))).isEqualTo(Duration.ofHours(4));
		assertThat(calendar.between(at(2026, 12, 24, 16, 0), at(2026, 12, 28, 9, 0)))
			.isEqualTo(Duration.ofMinutes(30 + 30));
		assertThat(calendar.between(at(2026, 11, 23, 12, 0), at(2026, 11, 23, 11, 0))).isZero();
	}

	@Test
	void addingThenMeasuringGivesTheSameDuration() {
		Instant start = at(2026, 3, 27, 14, 10);
		for (int hours : new int[] { 1, 7, 8, 9, 40, 200 }) {
			Instant due = calendar.add(start, Duration.ofHours(hours));
			assertThat(calendar.between(start, due)).as("%d h", hours).isEqualTo(Duration.ofHours(hours));
		}
	}

	@Test
	void theSummerTimeChangeDoesNotShiftOpeningHours() {
		// Friday 27 March 2026 15:30 (CET) + 2 h = Monday 30 March 09:30 (CEST), after the change of Sunday 29 March
		assertThat(calendar.add(at(2026, 3, 27, 15, 30), Duration.ofHours(2))).isEqualTo(at(2026, 3, 30, 9, 30));
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BRUSSELS).toInstant();
	}
}
