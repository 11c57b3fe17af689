package be.numedu.resources.community;

import java.time.Instant;

/**
 * A comment with open reports, as the moderators' queue lists it.
 *
 * @param commentId the comment
 * @param firstAt when its oldest open report was made (the queue's order)
 * @param count how many open reports it has
 */
record OpenReports(long commentId, Instant firstAt, long count) {
}
