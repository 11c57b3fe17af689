package be.numedu.resources.catalogue;

/**
 * The stages of schooling a resource is meant for, as the FWB names them: the "tronc commun" runs from the first
 * year of maternel to the third of secondaire.
 */
public enum Stage {
	MATERNEL, PRIMAIRE, SECONDAIRE_INFERIEUR, SECONDAIRE_SUPERIEUR, PROMOTION_SOCIALE, FORMATION_ENSEIGNANTS
}
