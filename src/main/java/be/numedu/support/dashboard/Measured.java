package be.numedu.support.dashboard;

/**
 * Delays measured on a set of operator holdings, in working minutes on each operator's opening hours, time spent
 * waiting for the requester left out.
 *
 * @param count how many holdings were taken in charge (or resolved) in the period
 * @param median their median delay, {@code null} when there are none
 * @param p90 their 90th percentile, {@code null} when there are none
 * @param inTime how many were within the delay that applied to them
 */
record Measured(long count, Double median, Double p90, long inTime) {

	static final Measured NONE = new Measured(0, null, null, 0);

	public boolean any() {
		return count > 0;
	}

	/** The share handled in time, in whole percent; {@code null} when there is nothing to measure. */
	public Integer sharePercent() {
		return count == 0 ? null : (int) Math.round(inTime * 100.0 / count);
	}
}
