package be.numedu.schools.domain;

/** Where an import of the FASE register stands. */
public enum ImportStatus {
	/** Reading or writing. */
	RUNNING,
	/** Done: the register now holds the file's good rows. */
	SUCCEEDED,
	/** The file was refused as a whole, or would have retired too much: nothing changed. */
	REFUSED,
	/** Stopped by an error or an interruption: nothing changed. */
	FAILED
}
