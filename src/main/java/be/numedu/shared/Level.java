package be.numedu.shared;

/** The level ("niveau") of a teaching type, as in the "Niveau" column of the FASE register. */
public enum Level implements FaseLabelled {

	FONDAMENTAL("Fondamental"), SECONDAIRE("Secondaire"), SUPERIEUR("Supérieur");

	private final String faseLabel;

	Level(String faseLabel) {
		this.faseLabel = faseLabel;
	}

	@Override
	public String faseLabel() {
		return faseLabel;
	}
}
