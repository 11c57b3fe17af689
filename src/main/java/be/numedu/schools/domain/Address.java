package be.numedu.schools.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address as the register gives it: street and number, postcode, locality, municipality ("commune"). */
@Embeddable
public record Address(@Column(name = "street", nullable = false, length = 300) String street,
		@Column(name = "postcode", nullable = false, length = 4) String postcode,
		@Column(name = "locality", nullable = false, length = 120) String locality,
		@Column(name = "municipality", nullable = false, length = 120) String municipality) {
}
