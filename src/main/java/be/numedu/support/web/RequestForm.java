package be.numedu.support.web;

import be.numedu.directory.Need;
import be.numedu.support.domain.PreferredContact;
import be.numedu.support.domain.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The filing form, bound from the request (never to the entity). A mutable bean so that a value that cannot be
 * converted is reported on its field while the others keep what the person typed. The title is one line; the
 * description allows line breaks and tabs but no other control character.
 */
public class RequestForm {

	static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

	static final String MULTI_LINE = "[\\P{Cntrl}\\r\\n\\t]*";

	/** The school of the implantation the request is for, when several schools share it. */
	private Integer schoolFase;

	@NotNull(message = "{support.form.need.required}")
	private Need need;

	@NotBlank @Size(max = 200)
	@Pattern(regexp = SINGLE_LINE, message = "{support.error.control}")
	private String title;

	@NotBlank @Size(max = 10_000)
	@Pattern(regexp = MULTI_LINE, message = "{support.error.control}")
	private String description;

	@NotNull
	private Urgency urgency = Urgency.NORMALE;

	@NotNull
	private PreferredContact preferredContact = PreferredContact.COURRIEL;

	@Size(max = 40)
	@Pattern(regexp = "[0-9+ ./()-]*", message = "{support.form.phone.invalid}")
	private String contactPhone;

	@Size(max = 80)
	@Pattern(regexp = "[a-z0-9-]*")
	private String proposedOperator;

	public Integer getSchoolFase() {
		return schoolFase;
	}

	public void setSchoolFase(Integer schoolFase) {
		this.schoolFase = schoolFase;
	}

	public Need getNeed() {
		return need;
	}

	public void setNeed(Need need) {
		this.need = need;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public PreferredContact getPreferredContact() {
		return preferredContact;
	}

	public void setPreferredContact(PreferredContact preferredContact) {
		this.preferredContact = preferredContact;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getProposedOperator() {
		return proposedOperator;
	}

	public void setProposedOperator(String proposedOperator) {
		this.proposedOperator = proposedOperator;
	}
}
