package be.numedu.support.dashboard;

import java.util.Locale;

import be.numedu.directory.DelayUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Working time as people read it: "45 minutes ouvrables", "3,5 heures ouvrables", "1,5 jour ouvrable". A delay an
 * operator declares in working days is measured in working days of its own opening hours, so the two read alike.
 */
@Component
class WorkingTime {

	private final MessageSource messages;

	WorkingTime(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param minutes working minutes, or {@code null}
	 * @param unit the unit the operator declares the delay in ({@code null}: hours)
	 * @param workingDayMinutes the length of the operator's working day
	 * @return the readable text, or {@code null} without a value
	 */
	String format(Double minutes, DelayUnit unit, long workingDayMinutes, Locale locale) {
		if (minutes == null) {
			return null;
		}
		if (minutes < 59.5) {
			return messages.getMessage("dashboard.duration.minutes", new Object[] { Math.round(minutes) }, locale);
		}
		if (unit == DelayUnit.WORKING_DAYS && workingDayMinutes > 0 && minutes >= workingDayMinutes) {
			return messages.getMessage("dashboard.duration.days",
					new Object[] { tenths(minutes / workingDayMinutes) }, locale);
		}
		return messages.getMessage("dashboard.duration.hours", new Object[] { tenths(minutes / 60) }, locale);
	}

	/** In working hours: the dashboards compare operators whose working days differ in length. */
	String hours(Double minutes, Locale locale) {
		return format(minutes, DelayUnit.WORKING_HOURS, 0, locale);
	}

	private static double tenths(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
