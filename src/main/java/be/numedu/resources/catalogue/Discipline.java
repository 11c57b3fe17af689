package be.numedu.resources.catalogue;

/**
 * The disciplines a resource serves: the référentiels of the "tronc commun", each in its learning domain, and the
 * subjects beyond it.
 */
public enum Discipline {

	/** Français et langues anciennes (FLA). */
	FLA(LearningDomain.LANGUES),
	/** Langues modernes. */
	LANGUES_MODERNES(LearningDomain.LANGUES),
	/** Éducation culturelle et artistique (ECA). */
	ECA(LearningDomain.ARTS),
	MATHEMATIQUES(LearningDomain.MATHEMATIQUES_SCIENCES_TECHNIQUES),
	SCIENCES(LearningDomain.MATHEMATIQUES_SCIENCES_TECHNIQUES),
	/** Formation manuelle, technique, technologique et numérique (FMTTN). */
	FMTTN(LearningDomain.MATHEMATIQUES_SCIENCES_TECHNIQUES),
	/** Formation historique, géographique, économique et sociale (FHGES). */
	FHGES(LearningDomain.SCIENCES_HUMAINES_CITOYENNETE),
	/** Éducation à la philosophie et à la citoyenneté (EPC). */
	EPC(LearningDomain.SCIENCES_HUMAINES_CITOYENNETE),
	/** Éducation physique, bien-être et santé (EPBES). */
	EPBES(LearningDomain.ACTIVITES_PHYSIQUES_SANTE),
	CREATIVITE_ENTREPRENDRE(LearningDomain.CREATIVITE_ENTREPRENDRE),
	APPRENDRE_A_APPRENDRE(LearningDomain.APPRENDRE_A_APPRENDRE),
	/** The options of qualifying education. */
	QUALIFIANT(LearningDomain.HORS_TRONC_COMMUN),
	/** Pedagogy for teachers and school teams: differentiation, evaluation, digital practice. */
	PEDAGOGIE(LearningDomain.HORS_TRONC_COMMUN);

	private final LearningDomain domain;

	Discipline(LearningDomain domain) {
		this.domain = domain;
	}

	public LearningDomain domain() {
		return domain;
	}
}
