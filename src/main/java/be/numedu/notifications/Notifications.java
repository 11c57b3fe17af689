package be.numedu.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications: the list (newest first, by pages), how many are unread, and marking them read. Every
 * method takes the person asking, and reaches only that person's notifications.
 */
@Service
class Notifications {

	/** Notifications shown on one page of the list. */
	static final int PAGE_SIZE = 50;

	/** A notification as the page shows it. */
	record Item(long id, String text, String link, Instant createdAt, boolean unread) {
	}

	private final NotificationRepository notifications;

	Notifications(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	/** One page (from 0) of the person's notifications, newest first. */
	@Transactional(readOnly = true)
	Page<Item> of(long personId, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE,
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
		return notifications.findByPersonId(personId, request)
			.map(n -> new Item(n.getId(), n.getText(), n.getLink(), n.getCreatedAt(), n.getReadAt() == null));
	}

	/** How many of the person's notifications are unread: one count on the person's index. */
	@Transactional(readOnly = true)
	long unread(long personId) {
		return notifications.countByPersonIdAndReadAtIsNull(personId);
	}

	/**
	 * Marks one of the person's notifications read.
	 *
	 * @return the page it leads to; empty when the person has no such notification (someone else's is treated as
	 * absent, so that nobody learns it exists)
	 */
	@Transactional
	Optional<String> open(long personId, long notificationId) {
		return notifications.findByIdAndPersonId(notificationId, personId).map(notification -> {
			notification.read(Instant.now());
			return notification.getLink();
		});
	}

	/** Marks all the person's notifications read, returning how many were unread. */
	@Transactional
	int readAll(long personId) {
		return notifications.markAllRead(personId, Instant.now());
	}

	@Transactional
	void add(Collection<Notification> added) {
		notifications.saveAll(added);
	}
}
