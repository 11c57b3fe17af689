package be.numedu.resources.catalogue;

/**
 * What in the resource may harm some pupils, in schema.org's accessibility vocabulary (the value of
 * {@code accessibilityHazard}): flashing lights (photosensitive epilepsy), simulated motion (nausea), sudden or loud
 * sounds. {@link #NONE} says the resource was checked and has none of them, which is not the same as saying nothing.
 */
public enum AccessibilityHazard {

	FLASHING("flashing"), MOTION_SIMULATION("motionSimulation"), SOUND("sound"), NONE("none");

	private final String schemaOrg;

	AccessibilityHazard(String schemaOrg) {
		this.schemaOrg = schemaOrg;
	}

	public String schemaOrg() {
		return schemaOrg;
	}
}
