package be.numedu.schools.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row an import could not take: its line in the file and why. */
@Embeddable
public record ImportError(@Column(name = "line", nullable = false) long line,
		@Column(name = "message", nullable = false, length = 1000) String message) {
}
