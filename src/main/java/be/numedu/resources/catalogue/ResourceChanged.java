package be.numedu.resources.catalogue;

/**
 * Published after a resource changed in a way its author or followers hear about.
 *
 * @param resourceId the resource
 * @param actorId who changed it (never told of their own change)
 * @param what what happened
 */
public record ResourceChanged(long resourceId, long actorId, What what) {

	/** What happened. */
	public enum What {
		SUBMITTED, PUBLISHED, RETURNED, REFUSED, WITHDRAWN, NEW_VERSION, PROPOSAL_RECEIVED, PROPOSAL_ACCEPTED,
		PROPOSAL_DECLINED, COMMENTED, LINK_DEAD
	}
}
