package be.numedu.support.domain;

/** How the requester prefers to be contacted. */
public enum PreferredContact {
	COURRIEL, TELEPHONE, VISIOCONFERENCE, SUR_PLACE
}
