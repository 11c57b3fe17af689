package be.numedu.schools.domain;

import jakarta.persistence.Embeddable;

/** How many records of one kind an import added, updated, retired, brought back or left as they were. */
@Embeddable
public record Tally(int added, int updated, int retired, int reactivated, int unchanged) {

	static Tally zero() {
		return new Tally(0, 0, 0, 0, 0);
	}

	/** How many records of the kind are active after the import. */
	public int activeAfter() {
		return added + updated + reactivated + unchanged;
	}
}
