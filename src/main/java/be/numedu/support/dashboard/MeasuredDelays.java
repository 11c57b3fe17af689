package be.numedu.support.dashboard;

/**
 * The two delays an operator commits to, as measured: taking requests in charge and resolving them.
 *
 * @param takeCharge holdings taken in charge in the period
 * @param resolution holdings resolved in the period
 */
record MeasuredDelays(Measured takeCharge, Measured resolution) {

	static final MeasuredDelays NONE = new MeasuredDelays(Measured.NONE, Measured.NONE);

	public boolean any() {
		return takeCharge.any() || resolution.any();
	}
}
