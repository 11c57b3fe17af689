package be.numedu.resources.catalogue;

/**
 * Published after a resource changed in a way its author or followers hear about.
 *
 * @param resourceId the resource
 * @param actorId who changed it (never told of their own change)
 * @param what what happened
 * @param linkFailure for a dead link, why its check failed ({@link LinkFailure#code()}), as found then (the link may
 *        have changed by the time it is told); {@code null} for any other change
 */
public record ResourceChanged(long resourceId, long actorId, What what, String linkFailure) {

	/** A change other than a dead link. */
	public ResourceChanged(long resourceId, long actorId, What what) {
		this(resourceId, actorId, what, null);
	}

	/** The resource's link found dead, and why; no person made this change (the owner, told, is not the actor). */
	static ResourceChanged linkDead(long resourceId, LinkFailure failure) {
		return new ResourceChanged(resourceId, 0L, What.LINK_DEAD, failure.code());
	}

	/** What happened. */
	public enum What {
		SUBMITTED, PUBLISHED, RETURNED, REFUSED, WITHDRAWN, NEW_VERSION, PROPOSAL_RECEIVED, PROPOSAL_ACCEPTED,
		PROPOSAL_DECLINED, COMMENTED, LINK_DEAD
	}
}
