package be.numedu.schools.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * What organising bodies, schools and implantations have in common: a FASE number that identifies them across
 * imports, and a retirement date instead of deletion. Ids come from a pooled sequence so that an import inserts in
 * JDBC batches.
 */
@MappedSuperclass
public abstract class RegisterEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_seq")
	@SequenceGenerator(name = "register_seq", sequenceName = "register_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private int fase;

	@Column(name = "retired_at")
	private Instant retiredAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected RegisterEntry() {
	}

	protected RegisterEntry(int fase, Instant now) {
		this.fase = fase;
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public int getFase() {
		return fase;
	}

	public Instant getRetiredAt() {
		return retiredAt;
	}

	public boolean isRetired() {
		return retiredAt != null;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	void retire(Instant now) {
		this.retiredAt = now;
		this.updatedAt = now;
	}

	void reactivate(Instant now) {
		this.retiredAt = null;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}
}
