package be.numedu.directory;

/** The kind of support an operator gives, as the circular groups them. */
public enum OperatorCategory {
	/** Accompagnement techno-pédagogique. */
	ACCOMPAGNEMENT_TECHNOPEDAGOGIQUE,
	/** Conseil technique et équipement. */
	CONSEIL_TECHNIQUE_EQUIPEMENT,
	/** Formation. */
	FORMATION,
	/** Autre (coordination, applications administratives…). */
	AUTRE
}
