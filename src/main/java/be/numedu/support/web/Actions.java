package be.numedu.support.web;

import java.time.Instant;

import be.numedu.support.RequestStatus;
import be.numedu.support.domain.RequestQueries;
import be.numedu.support.domain.Transition;

/**
 * What the person looking at a request may do with it now, from their part in it and its status. The desk checks the
 * same again when the form comes back: this only decides which forms the page shows.
 */
record Actions(boolean take, boolean reply, boolean ask, boolean resolve, boolean handOver, boolean close,
		boolean assign, boolean inform, boolean withdraw, boolean confirm, boolean reopen, boolean rate) {

	static Actions of(RequestQueries.Detail detail, Instant now) {
		RequestStatus status = detail.summary().status();
		boolean held = detail.summary().operatorSlug() != null;
		boolean handler = detail.handler();
		boolean requester = detail.requester();
		boolean reopenable = detail.reopenUntil() == null || now.isBefore(detail.reopenUntil());
		return new Actions(handler && held && Transition.TAKE.allowedFrom(status),
				handler && status != RequestStatus.CLOSED && status != RequestStatus.WITHDRAWN,
				handler && held && Transition.ASK.allowedFrom(status),
				handler && held && Transition.RESOLVE.allowedFrom(status),
				handler && held && Transition.HAND_OVER.allowedFrom(status),
				handler && held && Transition.CLOSE.allowedFrom(status),
				detail.admin() && !held && Transition.ASSIGN.allowedFrom(status), requester && status.open(),
				requester && Transition.WITHDRAW.allowedFrom(status), requester && Transition.CONFIRM.allowedFrom(status),
				requester && Transition.REOPEN.allowedFrom(status) && reopenable,
				requester && detail.satisfaction() == null
						&& (status == RequestStatus.RESOLVED || status == RequestStatus.CLOSED));
	}

	/** Whether any form shows at all. */
	public boolean any() {
		return take || reply || handOver || close || assign || inform || withdraw || confirm || reopen || rate;
	}
}
