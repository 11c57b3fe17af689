package be.numedu.resources.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.numedu.accounts.People;
import be.numedu.notifications.Inbox;
import be.numedu.notifications.Notice;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.LinkFailure;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceChanged;
import be.numedu.resources.proposals.Proposals;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a resource's changes, after they are committed (the event publication registry keeps each change
 * until it has been told): its author of the moderators' decisions (published, returned, refused, withdrawn), of
 * proposals received, of comments and of a link found dead; its followers of each new version; the proposer of the
 * decision on their proposal; the moderators of each submission. Never the person who made the change.
 */
@Component
class ResourceNotifier {

	private final Catalogue catalogue;

	private final Proposals proposals;

	private final People people;

	private final Inbox inbox;

	private final MessageSource messages;

	ResourceNotifier(Catalogue catalogue, Proposals proposals, People people, Inbox inbox, MessageSource messages) {
		this.catalogue = catalogue;
		this.proposals = proposals;
		this.people = people;
		this.inbox = inbox;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ResourceChanged change) {
		Resource resource = catalogue.find(change.resourceId()).orElse(null);
		if (resource == null) {
			return;
		}
		Set<Long> told = new LinkedHashSet<>();
		switch (change.what()) {
			case SUBMITTED -> people.administrators().forEach(p -> told.add(p.id()));
			case PUBLISHED, RETURNED, REFUSED, WITHDRAWN, PROPOSAL_RECEIVED, COMMENTED, LINK_DEAD ->
				told.add(resource.getOwnerId());
			case NEW_VERSION -> {
				told.addAll(proposals.followersOf(resource.getId()));
				told.add(resource.getOwnerId());
			}
			case PROPOSAL_ACCEPTED, PROPOSAL_DECLINED ->
				proposals.lastDecidedProposer(resource.getId()).ifPresent(told::add);
		}
		told.remove(change.actorId());
		String title = Notice.oneLine(resource.getTitle());
		String key = "resources.notify." + change.what().name();
		Object[] words = change.what() == ResourceChanged.What.LINK_DEAD ? new Object[] { title, linkFailure(change) }
				: new Object[] { title };
		String text = messages.getMessage(key, words, Locale.FRENCH);
		String subject = messages.getMessage(key + ".subject", null, Locale.FRENCH);
		String about = messages.getMessage("resources.notify.about", new Object[] { title }, Locale.FRENCH);
		String link = "/ressources/" + resource.getId();
		List<Notice> notices = new ArrayList<>();
		for (Long personId : told) {
			people.find(personId).ifPresent(person -> notices.add(
					new Notice(person, text, link, "Ressource " + resource.getId(), about, subject)));
		}
		inbox.tell(notices);
	}

	/**
	 * Why the link was found dead, in words, as the check found it: told after the commit, perhaps after retries, the
	 * notice must not say what the resource says by then (its link corrected, or checked again).
	 */
	private String linkFailure(ResourceChanged change) {
		LinkFailure failure = LinkFailure.read(change.linkFailure());
		return (failure == null ? new LinkFailure(LinkFailure.Kind.UNKNOWN, 0) : failure).inWords(messages, Locale.FRENCH);
	}
}
