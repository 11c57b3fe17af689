package be.numedu.resources.proposals;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person who follows a resource: told of its new versions. */
@Entity
@Table(name = "resource_follower")
class Follower {

	@Embeddable
	record Key(long resourceId, long personId) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	private Instant since;

	protected Follower() {
	}

	Follower(long resourceId, long personId, Instant since) {
		this.key = new Key(resourceId, personId);
		this.since = since;
	}

	Key getKey() {
		return key;
	}
}
