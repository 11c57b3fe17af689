package be.numedu.accounts;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person is in numedu. School staff belong to an implantation; the others to an operator of the support
 * directory (the SGNE administrators to the SGNE itself). A visitor is simply not signed in.
 */
public enum Role {

	/** Enseignant·e of an implantation. */
	ENSEIGNANT(Attachment.IMPLANTATION),
	/** Direction (school head) of an implantation. */
	DIRECTION(Attachment.IMPLANTATION),
	/** Délégué·e-référent·e au numérique of an implantation. */
	REFERENT_NUMERIQUE(Attachment.IMPLANTATION),
	/** Conseiller·ère techno-pédagogique (CTP) of a federation of organising bodies. */
	CONSEILLER_TECHNOPEDAGOGIQUE(Attachment.OPERATOR),
	/** Agent of a support operator (regional technical service, IFC, ETNIC…). */
	AGENT_OPERATEUR(Attachment.OPERATOR),
	/** Administrator at the Service général du Numérique éducatif. */
	ADMIN_SGNE(Attachment.OPERATOR);

	/** What a person of the role belongs to. */
	public enum Attachment {
		IMPLANTATION, OPERATOR
	}

	private final Attachment attachment;

	Role(Attachment attachment) {
		this.attachment = attachment;
	}

	public Attachment attachment() {
		return attachment;
	}

	/** The Spring Security authority of the role, e.g. {@code ROLE_ADMIN_SGNE}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The roles that act for an operator of the directory (its card, and later its queue of requests). */
	public static Set<Role> operatorStaff() {
		return EnumSet.of(CONSEILLER_TECHNOPEDAGOGIQUE, AGENT_OPERATEUR);
	}
}
