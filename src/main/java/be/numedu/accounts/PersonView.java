package be.numedu.accounts;

/**
 * A signed-in person as the other modules see them.
 *
 * @param id the person's id
 * @param email the address they sign in with
 * @param displayName how they are named on pages
 * @param role their role
 * @param siteFase the FASE number of their implantation (school staff), else {@code null}
 * @param operatorSlug the slug of their operator in the directory (other roles), else {@code null}
 */
public record PersonView(long id, String email, String displayName, Role role, Integer siteFase, String operatorSlug) {

	public boolean isAdmin() {
		return role == Role.ADMIN_SGNE;
	}

	/** Whether the person acts for the given operator of the directory (administrators act for all of them). */
	public boolean actsFor(String operator) {
		return isAdmin() || (Role.operatorStaff().contains(role) && operator != null && operator.equals(operatorSlug));
	}
}
