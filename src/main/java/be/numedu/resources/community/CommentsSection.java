package be.numedu.resources.community;

import java.util.List;
import java.util.Optional;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.resources.web.ResourcePageSection;
import be.numedu.shared.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The comments and experience reports on a published resource's page, after its evaluations: the form to write one
 * (for those signed in), then the comments, newest first, {@value Community#PAGE_SIZE} a page (the page's
 * {@code commentaires} parameter, so that the resource's own address stays the first page).
 */
@Component
class CommentsSection implements ResourcePageSection {

	static final int ORDER = 200;

	/** The parameter of the resource's address that pages through its comments (from 1). */
	static final String PAGE_PARAMETER = "commentaires";

	/** What the section's fragment shows. */
	record View(long resourceId, boolean signedIn, boolean moderator, List<CommentKind> kinds, List<CommentLine> comments,
			long total, int page, int pageCount, String previous, String next, int maxBody, int maxReason,
			int threshold) {
	}

	private final Community community;

	private final CommentLines lines;

	CommentsSection(Community community, CommentLines lines) {
		this.community = community;
		this.lines = lines;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public Optional<Section> render(Resource resource, PersonView viewer) {
		if (resource.getStatus() != ResourceStatus.PUBLISHED) {
			return Optional.empty();
		}
		HttpServletRequest request = request();
		int index = PageLinks.index(request == null ? null : request.getParameter(PAGE_PARAMETER));
		Page<Comment> page = community.comments(resource.getId(), index);
		if (index > 0 && index >= page.getTotalPages()) {
			// past the end (a comment was deleted meanwhile, or a hand-made address): the last page
			index = Math.max(0, page.getTotalPages() - 1);
			page = community.comments(resource.getId(), index);
		}
		int count = page.getTotalPages();
		String previous = index > 0 && request != null ? link(request, index) : null;
		String next = index + 1 < count && request != null ? link(request, index + 2) : null;
		return Optional.of(new Section("resources/community/comments", "comments",
				new View(resource.getId(), viewer != null, Workflow.isModerator(viewer), List.of(CommentKind.values()),
						lines.of(page.getContent(), viewer), page.getTotalElements(), index + 1, count, previous, next,
						Community.MAX_BODY, Community.MAX_REASON, Community.HIDING_THRESHOLD)));
	}

	private static String link(HttpServletRequest request, int page) {
		return PageLinks.withParameter(request, PAGE_PARAMETER, page) + "#commentaires";
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}
}
