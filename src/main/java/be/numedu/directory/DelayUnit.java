package be.numedu.directory;

/** How an operator counts a declared delay: in working hours or in working days (its opening hours, on working days). */
public enum DelayUnit {
	WORKING_HOURS, WORKING_DAYS
}
