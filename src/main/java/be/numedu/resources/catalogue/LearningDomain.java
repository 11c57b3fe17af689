package be.numedu.resources.catalogue;

/**
 * The seven learning domains of the "tronc commun" (Pacte pour un Enseignement d'excellence, report on the common
 * core of 28 April 2017), plus what lies outside it.
 */
public enum LearningDomain {
	LANGUES, ARTS, MATHEMATIQUES_SCIENCES_TECHNIQUES, SCIENCES_HUMAINES_CITOYENNETE, ACTIVITES_PHYSIQUES_SANTE,
	CREATIVITE_ENTREPRENDRE, APPRENDRE_A_APPRENDRE, HORS_TRONC_COMMUN
}
