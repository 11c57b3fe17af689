package be.numedu.support.domain;

import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a request. The requester sees theirs; the school head and the digital referent of
 * the implantation see its requests too; an operator's staff see the requests their operator holds or held; SGNE
 * administrators see all. Acting as requester is the requester's alone; handling is for the staff of the operator
 * holding the request, and for SGNE administrators.
 */
@Component
public class RequestAccess {

	public boolean maySee(PersonView person, SupportRequest request) {
		if (person == null) {
			return false;
		}
		if (person.isAdmin() || person.id() == request.getRequesterId()) {
			return true;
		}
		if ((person.role() == Role.DIRECTION || person.role() == Role.REFERENT_NUMERIQUE) && person.siteFase() != null
				&& person.siteFase() == request.getSiteFase()) {
			return true;
		}
		return Role.operatorStaff().contains(person.role()) && person.operatorSlug() != null
				&& request.assignmentsList().stream().anyMatch(a -> a.getOperatorSlug().equals(person.operatorSlug()));
	}

	public boolean isRequester(PersonView person, SupportRequest request) {
		return person != null && person.id() == request.getRequesterId();
	}

	/** Whether the person handles the request now: staff of the operator holding it, or an administrator. */
	public boolean mayHandle(PersonView person, SupportRequest request) {
		return person != null && (person.isAdmin()
				|| (request.getOperatorSlug() != null && person.actsFor(request.getOperatorSlug())));
	}

	/** Whether the person sees the operators' internal notes. */
	public boolean seesInternalNotes(PersonView person, SupportRequest request) {
		return person != null && (person.isAdmin() || (Role.operatorStaff().contains(person.role()) && maySee(person,
				request)));
	}

	/** Whether the person may file requests, and for which implantation. */
	public boolean mayFile(PersonView person) {
		return person != null && person.siteFase() != null && person.role().attachment() == Role.Attachment.IMPLANTATION;
	}
}
