package be.numedu.schools.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An implantation: a place where teaching happens. A few implantations are shared by two or three schools (a CEFA
 * and its partner school, say), so the link to schools goes through {@link SchoolOffering}.
 */
@Entity
@Table(name = "school_site")
public class SchoolSite extends RegisterEntry {

	@Embedded
	private Address address;

	private Double latitude;

	private Double longitude;

	protected SchoolSite() {
	}

	SchoolSite(int fase, Instant now) {
		super(fase, now);
	}

	boolean update(Address address, Double latitude, Double longitude) {
		boolean changed = !Objects.equals(this.address, address) || !Objects.equals(this.latitude, latitude)
				|| !Objects.equals(this.longitude, longitude);
		this.address = address;
		this.latitude = latitude;
		this.longitude = longitude;
		return changed;
	}

	public Address getAddress() {
		return address;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}
}
