package be.numedu.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a module tells people something: each notice becomes a notification in the person's list (with the badge in
 * the header) within the caller's transaction, and an e-mail once that transaction has committed, if numedu sends
 * e-mails. Who is told is the caller's decision; never the author of a change, by the rule every module keeps.
 */
@Component
public class Inbox {

	private final Notifications notifications;

	private final NotificationMail mail;

	Inbox(Notifications notifications, NotificationMail mail) {
		this.notifications = notifications;
		this.mail = mail;
	}

	@Transactional
	public void tell(Collection<Notice> notices) {
		if (notices.isEmpty()) {
			return;
		}
		Instant now = Instant.now();
		notifications.add(notices.stream()
			.map(n -> new Notification(n.to().id(), n.text(), n.link(), now))
			.toList());
		mail.sendOnceCommitted(List.copyOf(notices));
	}

	/** How many of the person's notifications are unread. */
	public long unread(long personId) {
		return notifications.unread(personId);
	}
}
