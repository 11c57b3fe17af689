package be.numedu.support;

/**
 * Something happened to a support request: the entry of its timeline that says what. Published after the change is
 * committed, for the notifications.
 *
 * @param requestId the request
 * @param entryId the entry of its timeline
 */
public record RequestChanged(long requestId, long entryId) {
}
