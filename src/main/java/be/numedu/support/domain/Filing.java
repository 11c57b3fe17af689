package be.numedu.support.domain;

import java.util.List;

import be.numedu.accounts.PersonView;
import be.numedu.directory.Need;
import be.numedu.schools.SchoolSummary;

/**
 * A request as filed: by whom, for which implantation and school, what about, and the files attached.
 *
 * @param requester the person filing
 * @param siteFase their implantation
 * @param school the school at that implantation the request is for
 * @param need the nature of the need
 * @param title a short title
 * @param description the description
 * @param urgency how urgent
 * @param preferredContact how they prefer to be contacted
 * @param contactPhone a telephone number, if they prefer the telephone
 * @param proposedOperator the operator chosen in the finder, if they came from it
 * @param files the attached files
 */
public record Filing(PersonView requester, int siteFase, SchoolSummary school, Need need, String title,
		String description, Urgency urgency, PreferredContact preferredContact, String contactPhone,
		String proposedOperator, List<Upload> files) {
}
