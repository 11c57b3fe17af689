package be.numedu.notifications;

import java.util.List;

import be.numedu.accounts.People;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import be.numedu.shared.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notifications: the list, opening one (which marks it read and leads to its request) and
 * marking them all read. Only the person's own are ever read or changed: another person's notification is answered
 * as one that does not exist.
 */
@Controller
class NotificationsController {

	private final Notifications notifications;

	private final People people;

	NotificationsController(Notifications notifications, People people) {
		this.notifications = notifications;
		this.people = people;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(name = "page", required = false) String page, Model model, HttpServletRequest request) {
		long me = me();
		Page<Notifications.Item> items = notifications.of(me, PageLinks.index(page));
		model.addAttribute("items", items.getContent());
		model.addAttribute("unread", notifications.unread(me));
		model.addAttribute("pages", PageLinks.of(request, items.getNumber(), items.getTotalPages()));
		model.addAttribute("breadcrumbs", List.of(Crumb.current("notifications.title")));
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/lue")
	String open(@PathVariable String id) {
		if (!id.matches("\\d{1,18}")) {
			throw new NotFoundException("notification " + id);
		}
		String link = notifications.open(me(), Long.parseLong(id))
			.orElseThrow(() -> new NotFoundException("notification " + id));
		return "redirect:" + PageLinks.local(link);
	}

	@PostMapping("/notifications/tout-lu")
	String readAll(RedirectAttributes redirect) {
		notifications.readAll(me());
		redirect.addFlashAttribute("notice", "notifications.allRead.done");
		return "redirect:/notifications";
	}

	private long me() {
		return people.current().orElseThrow().id();
	}

}
