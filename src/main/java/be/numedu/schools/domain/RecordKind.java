package be.numedu.schools.domain;

/** What an import counts changes of. */
public enum RecordKind {
	ORGANISING_BODY, SCHOOL, SITE, OFFERING
}
