package be.numedu.support.dashboard;

import java.util.Locale;

import be.numedu.directory.DelayUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Measured working time read as people say it, in the unit the operator declares its delay in. */
class DashboardWorkingTimeUnitTests {

	static final Locale FR = Locale.FRENCH;

	final WorkingTime time = new WorkingTime(messages());

	@Test
	void underAnHourInMinutes() {
		assertThat(time.format(0.0, DelayUnit.WORKING_HOURS, 480, FR)).isEqualTo("0 minute ouvrable");
		assertThat(time.format(1.0, DelayUnit.WORKING_DAYS, 480, FR)).isEqualTo("1 minute ouvrable");
		assertThat(time.format(45.4, DelayUnit.WORKING_HOURS, 480, FR)).isEqualTo("45 minutes ouvrables");
	}

	@Test
	void hoursWithOneDecimal() {
		assertThat(time.format(59.6, DelayUnit.WORKING_HOURS, 480, FR)).isEqualTo("1 heure ouvrable");
		assertThat(time.format(90.0, DelayUnit.WORKING_HOURS, 480, FR)).isEqualTo("1,5 heure ouvrable");
		assertThat(time.format(465.0, null, 480, FR)).isEqualTo("7,8 heures ouvrables");
		assertThat(time.format(4800.0, DelayUnit.WORKING_HOURS, 480, FR)).isEqualTo("80 heures ouvrables");
		assertThat(time.format(90.0, DelayUnit.WORKING_HOURS, 480, Locale.ENGLISH)).isEqualTo("1.5 working hours");
		assertThat(time.format(60.0, DelayUnit.WORKING_HOURS, 480, Locale.ENGLISH)).isEqualTo("1 working hour");
	}

	@Test
	void daysOfTheOperatorsOwnHoursWhenItDeclaresDays() {
		// under one working day, hours read better than "0,4 jour"
		assertThat(time.format(200.0, DelayUnit.WORKING_DAYS, 480, FR)).isEqualTo("3,3 heures ouvrables");
		assertThat(time.format(480.0, DelayUnit.WORKING_DAYS, 480, FR)).isEqualTo("1 jour ouvrable");
		assertThat(time.format(720.0, DelayUnit.WORKING_DAYS, 480, FR)).isEqualTo("1,5 jour ouvrable");
		assertThat(time.format(960.0, DelayUnit.WORKING_DAYS, 480, FR)).isEqualTo("2 jours ouvrables");
		// a day of 7 h 30 (08:30–16:00)
		assertThat(time.format(900.0, DelayUnit.WORKING_DAYS, 450, FR)).isEqualTo("2 jours ouvrables");
		assertThat(time.format(720.0, DelayUnit.WORKING_DAYS, 480, Locale.ENGLISH)).isEqualTo("1.5 working days");
	}

	@Test
	void nothingMeasuredIsNoText() {
		assertThat(time.format(null, DelayUnit.WORKING_DAYS, 480, FR)).isNull();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/dashboards");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}
}
