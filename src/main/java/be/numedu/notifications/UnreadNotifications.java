package be.numedu.notifications;

import be.numedu.accounts.People;
import be.numedu.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications for the badge in the header of every page: one count on the person's index, for
 * numedu's own controllers (not the JSON API, not htmx fragments, which show no header), and only for a signed-in
 * person.
 */
@ControllerAdvice(basePackages = "be.numedu")
class UnreadNotifications {

	private final People people;

	private final Notifications notifications;

	UnreadNotifications(People people, Notifications notifications) {
		this.people = people;
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || Htmx.isHtmx(request)) {
			return null;
		}
		return people.current().map(person -> notifications.unread(person.id())).orElse(null);
	}
}
