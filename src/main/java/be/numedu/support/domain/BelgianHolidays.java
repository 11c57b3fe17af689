package be.numedu.support.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Belgium's public holidays, from Jollyday's maintained calendar (its observances, such as 2 November, are not days
 * off), plus the days the configuration adds: by default 27 September, the Fête de la Fédération
 * Wallonie-Bruxelles, which its services observe.
 */
@Component
class BelgianHolidays implements Predicate<LocalDate> {

	/** Jollyday reads its calendar (XML, through JAXB) when a due date first needs it, not while numedu starts. */
	private static final class Calendar {

		static final HolidayManager BELGIUM = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.BELGIUM));
	}

	private final Set<MonthDay> extraDays;

	private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

	BelgianHolidays(SupportProperties properties) {
		this.extraDays = Set.copyOf(properties.extraHolidays());
	}

	@Override
	public boolean test(LocalDate date) {
		return byYear.computeIfAbsent(date.getYear(), this::holidays).contains(date);
	}

	private Set<LocalDate> holidays(int year) {
		Set<LocalDate> days = new HashSet<>();
		for (Holiday holiday : Calendar.BELGIUM.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
			days.add(holiday.getDate());
		}
		extraDays.forEach(day -> days.add(day.atYear(year)));
		return days;
	}
}
