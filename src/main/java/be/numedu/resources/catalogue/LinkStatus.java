package be.numedu.resources.catalogue;

/** What the last check of a resource's link found. */
public enum LinkStatus {
	/** Not checked since the link was set. */
	UNCHECKED,
	/** Answered. */
	OK,
	/** Failed on the last check (flagged dead after two failed checks in a row). */
	FAILING,
	/** Failed twice in a row or more: the owner is told. */
	DEAD
}
