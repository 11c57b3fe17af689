package be.numedu.support.web;

import java.time.Duration;

/** Working time as people read it: "3 h 20", "45 min". */
final class Durations {

	private Durations() {
	}

	static String hoursAndMinutes(Duration duration) {
		if (duration == null) {
			return "";
		}
		long minutes = Math.max(0, duration.toMinutes());
		long hours = minutes / 60;
		long rest = minutes % 60;
		if (hours == 0) {
			return rest + " min";
		}
		return rest == 0 ? hours + " h" : hours + " h " + String.format("%02d", rest);
	}
}
