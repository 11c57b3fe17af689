package be.numedu.schools.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A pouvoir organisateur (PO): the body that organises one or more schools. */
@Entity
@Table(name = "organising_body")
public class OrganisingBody extends RegisterEntry {

	@Column(nullable = false, length = 300)
	private String name;

	@Column(length = 10)
	private String bce;

	@Embedded
	private Address address;

	protected OrganisingBody() {
	}

	OrganisingBody(int fase, Instant now) {
		super(fase, now);
	}

	/** Takes the register's values; tells whether anything changed. */
	boolean update(String name, String bce, Address address) {
		boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.bce, bce)
				|| !Objects.equals(this.address, address);
		this.name = name;
		this.bce = bce;
		this.address = address;
		return changed;
	}

	public String getName() {
		return name;
	}

	public String getBce() {
		return bce;
	}

	public Address getAddress() {
		return address;
	}
}
