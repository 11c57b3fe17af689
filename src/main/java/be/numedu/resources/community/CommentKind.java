package be.numedu.resources.community;

/**
 * What a person writes under a resource: a comment (a question, a remark, a tip), or an experience report ("retour
 * d'expérience": how the resource went in their class), which pages mark as such.
 */
public enum CommentKind {
	COMMENT, EXPERIENCE
}
