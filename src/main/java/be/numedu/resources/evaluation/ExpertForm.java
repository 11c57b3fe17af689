package be.numedu.resources.evaluation;

/** Designating an expert: the e-mail address of their account. */
public class ExpertForm {

	private String email;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
