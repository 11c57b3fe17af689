package be.numedu.resources.catalogue;

/**
 * Where a resource stands in the workflow: draft → submitted → under review → published, or returned with requests
 * (back to its author, who may submit again), or refused with reasons. A published resource may be withdrawn from
 * the catalogue; harvesters then see it as deleted.
 */
public enum ResourceStatus {
	DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED, PUBLISHED, REFUSED, WITHDRAWN;

	/** Whether the author may still edit the resource directly (before publication, or when it came back). */
	public boolean editableByAuthor() {
		return this == DRAFT || this == RETURNED;
	}

	/** Whether the resource waits for a moderator. */
	public boolean awaitingModeration() {
		return this == SUBMITTED || this == UNDER_REVIEW;
	}
}
