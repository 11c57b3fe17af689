package be.numedu.directory;

/**
 * The nature of a need, as the finder asks it and as operator cards declare the interventions they offer. The list
 * follows the missions the Stratégie numérique pour l'éducation distinguishes (axe 3 §4 and AP 3.5: choice of
 * equipment, installation, use, maintenance; axe 2: techno-pedagogical accompaniment and training; axe 4:
 * resources, the school's digital ecosystem, data protection).
 */
public enum Need {
	USAGE_PEDAGOGIQUE,
	STRATEGIE_NUMERIQUE,
	FORMATION,
	CHOIX_EQUIPEMENT,
	INSTALLATION,
	MAINTENANCE,
	CONNECTIVITE,
	ECOSYSTEME_NUMERIQUE,
	APPLICATIONS_ADMINISTRATIVES,
	PROTECTION_DONNEES,
	RESSOURCES,
	AUTRE
}
