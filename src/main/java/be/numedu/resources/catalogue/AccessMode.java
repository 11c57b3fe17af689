package be.numedu.resources.catalogue;

/**
 * Through which senses the resource's content is understood, in schema.org's accessibility vocabulary (the value of
 * {@code accessMode}): a teacher with a blind or deaf pupil sees at once whether the resource can serve as it is.
 */
public enum AccessMode {

	TEXTUAL("textual"), VISUAL("visual"), AUDITORY("auditory"), TACTILE("tactile");

	private final String schemaOrg;

	AccessMode(String schemaOrg) {
		this.schemaOrg = schemaOrg;
	}

	public String schemaOrg() {
		return schemaOrg;
	}
}
