package be.numedu.resources.catalogue;

/**
 * The specific needs a resource supports as a reasonable accommodation ("aménagement raisonnable") for pupils:
 * the groups the FWB's tool sheets address.
 */
public enum Accommodation {
	TROUBLES_DYS, TDAH, DEFICIENCE_VISUELLE, DEFICIENCE_AUDITIVE, DEFICIENCE_MOTRICE, TSA, HAUT_POTENTIEL,
	FRANCAIS_LANGUE_SECONDE
}
