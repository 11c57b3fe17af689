package be.numedu.support.domain;

/** What an entry of a request's timeline records. */
public enum EntryKind {
	FILED, ROUTED, TRIAGE, ASSIGNED, TAKEN, REPLY, NOTE, QUESTION, INFORMATION, HANDED_OVER, RESOLVED, CONFIRMED,
	REOPENED, CLOSED, WITHDRAWN, RATED, NEAR_DUE, ESCALATED, REMINDED
}
