package be.numedu.support.domain;

import java.util.EnumSet;
import java.util.Set;

import be.numedu.support.RequestStatus;

import static be.numedu.support.RequestStatus.NEW;
import static be.numedu.support.RequestStatus.REOPENED;
import static be.numedu.support.RequestStatus.RESOLVED;
import static be.numedu.support.RequestStatus.TAKEN;
import static be.numedu.support.RequestStatus.WAITING_FOR_REQUESTER;

/**
 * What can happen to a request, from which statuses, and where it leads. Who may do it is the desk's business; this
 * is only the shape of the life of a request, so that no action can bring it somewhere it cannot be.
 */
public enum Transition {

	/** The SGNE's triage gives a request without operator to one. */
	ASSIGN(EnumSet.of(NEW), NEW),
	/** An agent of the operator takes the request in charge. */
	TAKE(EnumSet.of(NEW, REOPENED), TAKEN),
	/** The operator asks the requester for information: its clock pauses. */
	ASK(EnumSet.of(TAKEN, REOPENED), WAITING_FOR_REQUESTER),
	/** The requester answers the question: the clock runs again. */
	ANSWER(EnumSet.of(WAITING_FOR_REQUESTER), TAKEN),
	/** The operator hands the request over to another operator, whose own clock starts. */
	HAND_OVER(EnumSet.of(NEW, TAKEN, WAITING_FOR_REQUESTER, REOPENED), NEW),
	/** The operator says the need is met. */
	RESOLVE(EnumSet.of(TAKEN, WAITING_FOR_REQUESTER, REOPENED), RESOLVED),
	/** The requester confirms it is solved. */
	CONFIRM(EnumSet.of(RESOLVED), RequestStatus.CLOSED),
	/** The requester reopens a resolved request within the reopening time. */
	REOPEN(EnumSet.of(RESOLVED), REOPENED),
	/** The operator, or the passing of the reopening time, closes a resolved request. */
	CLOSE(EnumSet.of(RESOLVED), RequestStatus.CLOSED),
	/** The requester withdraws a request that is still open. */
	WITHDRAW(EnumSet.of(NEW, TAKEN, WAITING_FOR_REQUESTER, REOPENED), RequestStatus.WITHDRAWN);

	private final Set<RequestStatus> from;

	private final RequestStatus to;

	Transition(Set<RequestStatus> from, RequestStatus to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedFrom(RequestStatus status) {
		return from.contains(status);
	}

	/**
	 * The status this transition leads to from {@code status}.
	 *
	 * @throws NotAllowed if the request is not in a status this transition starts from
	 */
	public RequestStatus apply(RequestStatus status) {
		if (!allowedFrom(status)) {
			throw new NotAllowed(this, status);
		}
		return to;
	}

	/** A transition asked for from a status it does not start from (a stale page, a second click, a forged form). */
	public static final class NotAllowed extends RuntimeException {

		private final Transition transition;

		private final RequestStatus status;

		NotAllowed(Transition transition, RequestStatus status) {
			super(transition + " from " + status);
			this.transition = transition;
			this.status = status;
		}

		public Transition transition() {
			return transition;
		}

		public RequestStatus status() {
			return status;
		}
	}
}
