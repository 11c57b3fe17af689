package be.numedu.shared;

/**
 * The network ("réseau") of a school, as in the "Réseau" column of the FASE register. The circular on the support
 * directory groups them into three families: WBE, officiel subventionné, libre subventionné.
 */
public enum Network implements FaseLabelled {

	WBE("WBE", Family.WBE),
	SUBVENTIONNE_COMMUNAL("Subventionné communal", Family.OFFICIEL_SUBVENTIONNE),
	SUBVENTIONNE_PROVINCIAL("Subventionné provincial", Family.OFFICIEL_SUBVENTIONNE),
	COCOF("COCOF", Family.OFFICIEL_SUBVENTIONNE),
	LIBRE_CONFESSIONNEL("Libre confessionnel", Family.LIBRE_SUBVENTIONNE),
	LIBRE_NON_CONFESSIONNEL("Libre non confessionnel", Family.LIBRE_SUBVENTIONNE),
	SUBVENTIONNE_OFFICIEL_HE("Subventionné officiel (HE)", Family.OFFICIEL_SUBVENTIONNE),
	INDETERMINE("Indéterminé", Family.AUTRE);

	/** The families of networks the circular names. */
	public enum Family {
		WBE, OFFICIEL_SUBVENTIONNE, LIBRE_SUBVENTIONNE, AUTRE
	}

	private final String faseLabel;

	private final Family family;

	Network(String faseLabel, Family family) {
		this.faseLabel = faseLabel;
		this.family = family;
	}

	@Override
	public String faseLabel() {
		return faseLabel;
	}

	public Family family() {
		return family;
	}
}
