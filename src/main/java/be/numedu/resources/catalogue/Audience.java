package be.numedu.resources.catalogue;

/** Who uses the resource (LOM 5.5, intended end user role). */
public enum Audience {

	ENSEIGNANT("teacher"), ELEVE("learner"), PARENT("parent");

	private final String lomValue;

	Audience(String lomValue) {
		this.lomValue = lomValue;
	}

	public String lomValue() {
		return lomValue;
	}
}
