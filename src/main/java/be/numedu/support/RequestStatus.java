package be.numedu.support;

/** Where a support request stands. */
public enum RequestStatus {
	/** Filed (or handed over, or assigned from triage), not yet taken in charge by the operator. */
	NEW,
	/** Taken in charge: an agent of the operator handles it. */
	TAKEN,
	/** The operator asked the requester something: the operator's clock is paused until they answer. */
	WAITING_FOR_REQUESTER,
	/** The operator says it is solved: the requester confirms, or reopens it within the reopening time. */
	RESOLVED,
	/** Reopened by the requester after its resolution: back with the operator, to take in charge again. */
	REOPENED,
	/** Closed: confirmed by the requester, or the reopening time has passed. */
	CLOSED,
	/** Withdrawn by the requester. */
	WITHDRAWN;

	/** Whether the request still needs the operator (or the triage). */
	public boolean open() {
		return this != RESOLVED && this != CLOSED && this != WITHDRAWN;
	}

	/** Whether the operator has yet to take it in charge. */
	public boolean awaitingTakeCharge() {
		return this == NEW || this == REOPENED;
	}
}
