package be.numedu.resources.community;

import java.time.Instant;

/**
 * A comment as a page shows it to one person: its text as safe HTML only when that person may read it (everyone
 * while it is visible; the moderators always), and what that person may do with it.
 *
 * @param author the author's name, {@code null} for a closed account
 * @param state {@code VISIBLE}, {@code PENDING} (hidden by reports), {@code HIDDEN} (by the moderation) or
 * {@code DELETED} (by its author)
 * @param html the text, rendered and sanitised, or {@code null} when the person may not read it
 * @param hiddenReason the moderation's reason, for {@code HIDDEN}
 * @param openReports open reports (shown to moderators only)
 */
public record CommentLine(long id, long resourceId, String author, CommentKind kind, Instant createdAt, String state,
		String html, String hiddenReason, boolean mine, boolean reportedByMe, long openReports, boolean canReport,
		boolean canDelete, boolean canHide, boolean canRestore) {

	public boolean visible() {
		return "VISIBLE".equals(state);
	}
}
