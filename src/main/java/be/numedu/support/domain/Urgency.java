package be.numedu.support.domain;

/** How urgent the requester says the need is. */
public enum Urgency {
	/** It can wait a few days. */
	BASSE,
	/** The usual case. */
	NORMALE,
	/** Teaching is blocked (a class cannot work, an exam is at stake). */
	HAUTE
}
