package be.numedu.resources.community;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.resources.web.Markdown;
import org.springframework.stereotype.Component;

/**
 * Turns comments into what pages show one person: names of authors, texts through {@link Markdown} (CommonMark with
 * HTML escaped, then OWASP's sanitiser), hidden texts to the moderators only, and the actions the person may take.
 */
@Component
class CommentLines {

	private final Community community;

	private final People people;

	private final Markdown markdown;

	CommentLines(Community community, People people, Markdown markdown) {
		this.community = community;
		this.people = people;
		this.markdown = markdown;
	}

	List<CommentLine> of(Collection<Comment> comments, PersonView viewer) {
		List<Long> ids = comments.stream().map(Comment::getId).toList();
		boolean moderator = Workflow.isModerator(viewer);
		Set<Long> reported = viewer == null ? Set.of() : community.reportedBy(viewer.id(), ids);
		Map<Long, Long> open = moderator ? community.openReportCounts(ids) : Map.of();
		Names names = names();
		return comments.stream().map(c -> {
			Comment.State state = c.state();
			boolean mine = viewer != null && viewer.id() == c.getAuthorId();
			boolean live = state == Comment.State.VISIBLE || state == Comment.State.PENDING;
			String html = state == Comment.State.VISIBLE || moderator ? markdown.html(c.getBody()) : null;
			return new CommentLine(c.getId(), c.getResourceId(), names.of(c.getAuthorId()), c.getKind(),
					c.getCreatedAt(), state.name(), html, state == Comment.State.HIDDEN ? c.getHiddenReason() : null,
					mine, reported.contains(c.getId()), open.getOrDefault(c.getId(), 0L),
					viewer != null && !mine && !moderator && state == Comment.State.VISIBLE
							&& !reported.contains(c.getId()),
					mine && live, moderator && live,
					moderator && (state == Comment.State.HIDDEN || state == Comment.State.PENDING));
		}).toList();
	}

	/** People's names, each looked up once per page; {@code null} for a closed account. */
	Names names() {
		return new Names(people);
	}

	static final class Names {

		private final People people;

		private final Map<Long, String> known = new HashMap<>();

		Names(People people) {
			this.people = people;
		}

		String of(long personId) {
			return known.computeIfAbsent(personId, id -> people.find(id).map(PersonView::displayName).orElse(null));
		}
	}
}
