package be.numedu.resources.catalogue;

import java.util.EnumSet;
import java.util.Set;

import be.numedu.accounts.PersonView;

/**
 * The workflow's moves: who may make each one, from which statuses, to which status, and what it requires. The
 * author submits (and may take a submission back while nobody examines it); the moderators (the platform's expert
 * cell at the SGNE, AP 4.4) examine, publish with every validation criterion checked, return with requests, refuse
 * with reasons, withdraw a published resource and put it back.
 */
public enum Workflow {

	SUBMIT(EnumSet.of(ResourceStatus.DRAFT, ResourceStatus.RETURNED), ResourceStatus.SUBMITTED, false, false),
	TAKE_BACK(EnumSet.of(ResourceStatus.SUBMITTED), ResourceStatus.DRAFT, false, false),
	START_REVIEW(EnumSet.of(ResourceStatus.SUBMITTED), ResourceStatus.UNDER_REVIEW, true, false),
	PUBLISH(EnumSet.of(ResourceStatus.SUBMITTED, ResourceStatus.UNDER_REVIEW), ResourceStatus.PUBLISHED, true, false),
	RETURN(EnumSet.of(ResourceStatus.SUBMITTED, ResourceStatus.UNDER_REVIEW), ResourceStatus.RETURNED, true, true),
	REFUSE(EnumSet.of(ResourceStatus.SUBMITTED, ResourceStatus.UNDER_REVIEW), ResourceStatus.REFUSED, true, true),
	WITHDRAW(EnumSet.of(ResourceStatus.PUBLISHED), ResourceStatus.WITHDRAWN, true, true),
	REPUBLISH(EnumSet.of(ResourceStatus.WITHDRAWN), ResourceStatus.PUBLISHED, true, false);

	private final Set<ResourceStatus> from;

	private final ResourceStatus to;

	private final boolean moderatorsOnly;

	private final boolean needsMessage;

	Workflow(Set<ResourceStatus> from, ResourceStatus to, boolean moderatorsOnly, boolean needsMessage) {
		this.from = from;
		this.to = to;
		this.moderatorsOnly = moderatorsOnly;
		this.needsMessage = needsMessage;
	}

	public ResourceStatus to() {
		return to;
	}

	/** Whether a reason or a request must be written (returning, refusing, withdrawing). */
	public boolean needsMessage() {
		return needsMessage;
	}

	/** Whether the move can be made from the status. */
	public boolean from(ResourceStatus status) {
		return from.contains(status);
	}

	/** Whether the person may make the move on a resource of the owner. */
	public boolean allowedTo(PersonView person, long ownerId) {
		return moderatorsOnly ? isModerator(person) : person.id() == ownerId;
	}

	/** The moves the person may make now on the resource. */
	public static Set<Workflow> available(PersonView person, Resource resource) {
		Set<Workflow> moves = EnumSet.noneOf(Workflow.class);
		if (person == null) {
			return moves;
		}
		for (Workflow move : values()) {
			if (move.from(resource.getStatus()) && move.allowedTo(person, resource.getOwnerId())) {
				moves.add(move);
			}
		}
		return moves;
	}

	/** The moderators: the SGNE's administrators, among whom the platform's expert cell. */
	public static boolean isModerator(PersonView person) {
		return person != null && person.isAdmin();
	}
}
