package be.numedu.accounts.web;

import be.numedu.accounts.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form an SGNE administrator fills to open an account: who, which role, and what the person belongs to (an
 * implantation's FASE number for school staff, an operator for the others; administrators belong to the SGNE).
 */
public class PersonForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 120)
	@Pattern(regexp = "[^\\p{Cntrl}]*", message = "{card.error.control}")
	private String displayName;

	@NotNull
	private Role role;

	@Size(max = 9)
	private String siteFase;

	@Size(max = 80)
	private String operatorSlug;

	public String getEmail() {
		return email;
	}

	/** Spaces around an address are a slip of the keyboard, not part of it. */
	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getSiteFase() {
		return siteFase;
	}

	public void setSiteFase(String siteFase) {
		this.siteFase = siteFase == null ? null : siteFase.strip();
	}

	public String getOperatorSlug() {
		return operatorSlug;
	}

	public void setOperatorSlug(String operatorSlug) {
		this.operatorSlug = operatorSlug;
	}
}
