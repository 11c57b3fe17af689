package be.numedu.resources.catalogue;

/**
 * Where a resource comes from: the partner collections the Stratégie numérique names (AP 1.4, AP 4.1), the
 * Administration's own site, or the community of teachers who propose resources (phase II).
 */
public enum Provenance {
	/** "CONSORTIUMS – nouveau tronc commun": the universities and hautes écoles of the FWB. */
	CONSORTIUMS,
	/** Resources built from the RTBF and SONUMA audio-visual archives. */
	RTBF_SONUMA,
	/** Centre de ressources pédagogiques of the FWB. */
	CRP,
	/** Enseignement.be, the Administration's portal (pistes didactiques, Décolâge, Découpage). */
	ENSEIGNEMENT_BE,
	/** Tool sheets for reasonable accommodations, and adapted textbooks (APEDA – NumaBib). */
	APEDA_NUMABIB,
	/** Proposed by a member of the educational community. */
	COMMUNAUTE
}
