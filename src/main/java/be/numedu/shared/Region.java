package be.numedu.shared;

/**
 * The regions in which FWB schools stand. Regional support (equipment, maintenance, connectivity) depends on them:
 * Wallonia's "École numérique" advisers and IT maintenance assistants, Brussels' CIRB.
 */
public enum Region {
	WALLONIE, BRUXELLES_CAPITALE, FLANDRE;

	/**
	 * The region of a Belgian postcode (bpost's numbering: 1000–1299 Brussels, 1300–1499 and 4000–7999 Wallonia,
	 * the rest Flanders).
	 */
	public static Region ofPostcode(int postcode) {
		if (postcode >= 1000 && postcode <= 1299) {
			return BRUXELLES_CAPITALE;
		}
		if ((postcode >= 1300 && postcode <= 1499) || (postcode >= 4000 && postcode <= 7999)) {
			return WALLONIE;
		}
		return FLANDRE;
	}
}
