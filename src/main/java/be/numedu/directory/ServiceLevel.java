package be.numedu.directory;

import java.time.LocalTime;

/**
 * What an operator declares on its card about handling requests: the time it takes to take a request in charge and
 * to resolve it, and its opening hours, within which those delays run (on working days). A {@code null} value is
 * not declared yet; the support module then applies the SGNE's reference values, and says so.
 *
 * @param takeChargeDelay the time to take a request in charge, in {@code takeChargeUnit}
 * @param takeChargeUnit working hours or working days
 * @param resolveDelay the time to resolve a request, in {@code resolveUnit}
 * @param resolveUnit working hours or working days
 * @param opensAt when the operator opens on working days
 * @param closesAt when it closes
 */
public record ServiceLevel(Integer takeChargeDelay, DelayUnit takeChargeUnit, Integer resolveDelay,
		DelayUnit resolveUnit, LocalTime opensAt, LocalTime closesAt) {

	public static ServiceLevel undeclared() {
		return new ServiceLevel(null, null, null, null, null, null);
	}

	public boolean declaresTakeCharge() {
		return takeChargeDelay != null && takeChargeUnit != null;
	}

	public boolean declaresResolution() {
		return resolveDelay != null && resolveUnit != null;
	}

	public boolean declaresOpeningHours() {
		return opensAt != null && closesAt != null;
	}

	/** The values as the card's history records them, in French (the history is a record, not a page text). */
	public String describe() {
		return "prise en charge : " + delay(takeChargeDelay, takeChargeUnit) + " ; résolution : "
				+ delay(resolveDelay, resolveUnit) + " ; heures d'ouverture : "
				+ (declaresOpeningHours() ? opensAt + "–" + closesAt : "non déclarées");
	}

	private static String delay(Integer value, DelayUnit unit) {
		if (value == null || unit == null) {
			return "non déclaré";
		}
		return value + (unit == DelayUnit.WORKING_HOURS ? " heure(s) ouvrable(s)" : " jour(s) ouvrable(s)");
	}
}
