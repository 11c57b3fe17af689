package be.numedu.schools.domain;

import jakarta.persistence.Embeddable;

/** How many records of one kind an import added, updated, retired, brought back or left as they were. */
@Embeddable
public record Tally(int added, int updated, int retired, int reactivated, int unchanged) {

}
