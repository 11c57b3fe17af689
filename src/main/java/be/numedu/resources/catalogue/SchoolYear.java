package be.numedu.resources.catalogue;

/**
 * The years a resource is meant for. Adult education and teacher training have no years: each counts as one.
 */
public enum SchoolYear {

	M1(Stage.MATERNEL), M2(Stage.MATERNEL), M3(Stage.MATERNEL),
	P1(Stage.PRIMAIRE), P2(Stage.PRIMAIRE), P3(Stage.PRIMAIRE), P4(Stage.PRIMAIRE), P5(Stage.PRIMAIRE),
	P6(Stage.PRIMAIRE),
	S1(Stage.SECONDAIRE_INFERIEUR), S2(Stage.SECONDAIRE_INFERIEUR), S3(Stage.SECONDAIRE_INFERIEUR),
	S4(Stage.SECONDAIRE_SUPERIEUR), S5(Stage.SECONDAIRE_SUPERIEUR), S6(Stage.SECONDAIRE_SUPERIEUR),
	S7(Stage.SECONDAIRE_SUPERIEUR),
	EPS(Stage.PROMOTION_SOCIALE), FORMATION(Stage.FORMATION_ENSEIGNANTS);

	private final Stage stage;

	SchoolYear(Stage stage) {
		this.stage = stage;
	}

	public Stage stage() {
		return stage;
	}

	/** Whether the year belongs to the "tronc commun" (M1 to S3). */
	public boolean commonCore() {
		return ordinal() <= S3.ordinal();
	}
}
