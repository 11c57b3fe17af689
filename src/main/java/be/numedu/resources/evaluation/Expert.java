package be.numedu.resources.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person the SGNE designated as an expert: their evaluations are counted and shown apart. */
@Entity
@Table(name = "resource_expert")
public class Expert {

	@Id
	private Long personId;

	private long designatedBy;

	private Instant designatedAt;

	protected Expert() {
	}

	Expert(long personId, long designatedBy, Instant designatedAt) {
		this.personId = personId;
		this.designatedBy = designatedBy;
		this.designatedAt = designatedAt;
	}

	public long getPersonId() {
		return personId;
	}

	public long getDesignatedBy() {
		return designatedBy;
	}

	public Instant getDesignatedAt() {
		return designatedAt;
	}
}
