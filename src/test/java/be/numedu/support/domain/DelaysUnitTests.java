package be.numedu.support.domain;

import java.time.LocalTime;

import be.numedu.directory.DelayUnit;
import be.numedu.directory.ServiceLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The delays an operator's card declares, in working minutes, and the SGNE's reference ones where it declares none. */
class DelaysUnitTests {

	@Test
	void workingDaysCountTheOperatorsOwnOpeningDay() {
		ServiceLevel level = new ServiceLevel(4, DelayUnit.WORKING_HOURS, 2, DelayUnit.WORKING_DAYS, LocalTime.of(9, 0),
				LocalTime.of(12, 0));

		Delays delays = Delays.of(level, BusinessCalendarUnitTests.REFERENCE);

		assertThat(delays.takeChargeMinutes()).isEqualTo(4 * 60);
		assertThat(delays.resolveMinutes()).isEqualTo(2 * 3 * 60);
		assertThat(delays.declared()).isTrue();
		assertThat(delays.opensAt()).isEqualTo(LocalTime.of(9, 0));
	}

	@Test
	void undeclaredDelaysAreTheReferenceOnes() {
		Delays delays = Delays.of(ServiceLevel.undeclared(), BusinessCalendarUnitTests.REFERENCE);

		assertThat(delays.takeChargeMinutes()).isEqualTo(16 * 60);
		assertThat(delays.resolveMinutes()).isEqualTo(80 * 60);
		assertThat(delays.declared()).isFalse();
		assertThat(delays.opensAt()).isEqualTo(LocalTime.of(8, 30));
		assertThat(delays.closesAt()).isEqualTo(LocalTime.of(16, 30));
	}
}
