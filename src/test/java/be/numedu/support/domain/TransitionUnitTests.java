package be.numedu.support.domain;

import java.util.EnumSet;

import be.numedu.support.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of a request: which transition leads where, from where. */
class TransitionUnitTests {

	@Test
	void theUsualLife() {
		RequestStatus status = RequestStatus.NEW;
		status = Transition.TAKE.apply(status);
		assertThat(status).isEqualTo(RequestStatus.TAKEN);
		status = Transition.ASK.apply(status);
		assertThat(status).isEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
		status = Transition.ANSWER.apply(status);
		assertThat(status).isEqualTo(RequestStatus.TAKEN);
		status = Transition.RESOLVE.apply(status);
		assertThat(status).isEqualTo(RequestStatus.RESOLVED);
		status = Transition.REOPEN.apply(status);
		assertThat(status).isEqualTo(RequestStatus.REOPENED);
		status = Transition.TAKE.apply(status);
		status = Transition.RESOLVE.apply(status);
		status = Transition.CONFIRM.apply(status);
		assertThat(status).isEqualTo(RequestStatus.CLOSED);
	}

	@Test
	void aHandOverStartsAfreshAtTheOtherOperator() {
		for (RequestStatus from : EnumSet.of(RequestStatus.NEW, RequestStatus.TAKEN,
				RequestStatus.WAITING_FOR_REQUESTER, RequestStatus.REOPENED)) {
			assertThat(Transition.HAND_OVER.apply(from)).isEqualTo(RequestStatus.NEW);
		}
	}

	@Test
	void aTakenRequestCannotBeTakenAgain() {
		assertThatThrownBy(() -> Transition.TAKE.apply(RequestStatus.TAKEN))
			.isInstanceOfSatisfying(Transition.NotAllowed.class, e -> {
				assertThat(e.transition()).isEqualTo(Transition.TAKE);
				assertThat(e.status()).isEqualTo(RequestStatus.TAKEN);
			});
	}

	@ParameterizedTest
	@EnumSource(value = RequestStatus.class, names = { "CLOSED", "WITHDRAWN" })
	void closedAndWithdrawnRequestsAreFinal(RequestStatus status) {
		for (Transition transition : Transition.values()) {
			assertThat(transition.allowedFrom(status)).as("%s from %s", transition, status).isFalse();
		}
	}

	@Test
	void onlyOpenRequestsCanBeWithdrawnAndOnlyResolvedOnesReopened() {
		assertThat(Transition.WITHDRAW.allowedFrom(RequestStatus.RESOLVED)).isFalse();
		assertThat(Transition.REOPEN.allowedFrom(RequestStatus.TAKEN)).isFalse();
		assertThat(Transition.CONFIRM.allowedFrom(RequestStatus.TAKEN)).isFalse();
		assertThat(Transition.ASK.allowedFrom(RequestStatus.NEW)).isFalse();
	}
}
