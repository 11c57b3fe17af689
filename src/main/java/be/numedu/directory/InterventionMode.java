package be.numedu.directory;

/** How an operator can intervene ("modes d'interventions possibles"). */
public enum InterventionMode {
	SUR_PLACE, A_DISTANCE, TELEPHONE, COURRIEL, FORMATION_COLLECTIVE, ACCOMPAGNEMENT_PROJET
}
