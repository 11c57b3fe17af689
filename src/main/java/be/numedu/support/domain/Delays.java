package be.numedu.support.domain;

import java.time.Duration;
import java.time.LocalTime;

import be.numedu.directory.DelayUnit;
import be.numedu.directory.ServiceLevel;

/**
 * The delays that apply to an operator, in working minutes, and the opening hours they run in: those its card
 * declares, or the SGNE's reference values where it declares none.
 *
 * @param takeChargeMinutes the delay to take a request in charge
 * @param resolveMinutes the delay to resolve it
 * @param declared whether both delays come from the card
 * @param opensAt opening time
 * @param closesAt closing time
 */
public record Delays(int takeChargeMinutes, int resolveMinutes, boolean declared, LocalTime opensAt,
		LocalTime closesAt) {

	static Delays of(ServiceLevel level, SupportProperties reference) {
		LocalTime opens = level.declaresOpeningHours() ? level.opensAt() : reference.opensAt();
		LocalTime closes = level.declaresOpeningHours() ? level.closesAt() : reference.closesAt();
		long workingDay = Duration.between(opens, closes).toMinutes();
		int takeCharge = level.declaresTakeCharge()
				? minutes(level.takeChargeDelay(), level.takeChargeUnit(), workingDay)
				: reference.takeChargeHours() * 60;
		int resolve = level.declaresResolution() ? minutes(level.resolveDelay(), level.resolveUnit(), workingDay)
				: reference.resolveHours() * 60;
		return new Delays(takeCharge, resolve, level.declaresTakeCharge() && level.declaresResolution(), opens, closes);
	}

	/** A delay in working days counts whole opening days: 2 working days of 08:30–16:30 are 16 working hours. */
	private static int minutes(int value, DelayUnit unit, long workingDayMinutes) {
		return (int) (unit == DelayUnit.WORKING_HOURS ? value * 60L : value * workingDayMinutes);
	}
}
