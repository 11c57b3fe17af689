package be.numedu.resources.community;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceChanged;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.resources.community.CommentRefusal.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and experience reports under published resources, their reports, and their moderation.
 * <ul>
 * <li>Anyone signed in writes under a published resource: at most {@value #MAX_BODY} characters of Markdown, and at
 * most {@value #RATE_LIMIT} comments in {@link #RATE_WINDOW} (counted in the database, so across instances).</li>
 * <li>Anyone signed in reports someone else's visible comment once, with a reason. When {@value #HIDING_THRESHOLD}
 * different people have open reports on a comment that no moderator has yet decided on, it is hidden until a
 * moderator looks at it: hides it (with a reason everyone reads), restores it, or dismisses the reports (which
 * restores it too). Once a moderator has decided, further reports reach the queue but no longer hide it on their
 * own, so that a few accounts cannot silence a comment the moderators kept.</li>
 * <li>Authors delete their own comments; the text is kept for the moderators, everyone else reads that the author
 * deleted it. Open reports of a deleted comment stay in the queue: the moderators still see what was reported.</li>
 * </ul>
 * Every decision on a comment locks its row first; a refusal leaves everything as it was.
 */
@Service
public class Community {

	public static final int MAX_BODY = 10_000;

	public static final int MAX_REASON = 1_000;

	public static final int RATE_LIMIT = 10;

	public static final Duration RATE_WINDOW = Duration.ofMinutes(10);

	public static final int HIDING_THRESHOLD = 3;

	public static final int PAGE_SIZE = 20;

	/** What became of a report. */
	public enum Reported {
		/** Recorded; the comment stays visible. */
		RECORDED,
		/** Recorded, and the comment is now hidden until a moderator looks at it. */
		HIDDEN_PENDING_REVIEW
	}

	private final CommentRepository comments;

	private final CommentReportRepository reports;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher publisher;

	Community(CommentRepository comments, CommentReportRepository reports, Catalogue catalogue,
			ApplicationEventPublisher publisher) {
		this.comments = comments;
		this.reports = reports;
		this.catalogue = catalogue;
		this.publisher = publisher;
	}

	/** Writes a comment under a published resource; its followers hear of it. */
	@Transactional
	public long post(long resourceId, PersonView author, CommentKind kind, String body) {
		published(resourceId);
		String text = Texts.checked(body, MAX_BODY, "community.error.body.blank", "community.error.body.tooLong",
				"community.error.body.control");
		Instant now = now();
		if (comments.countByAuthorIdAndCreatedAtAfter(author.id(), now.minus(RATE_WINDOW)) >= RATE_LIMIT) {
			throw new CommentRefusal(Kind.TOO_MANY, "community.error.tooMany", RATE_LIMIT, RATE_WINDOW.toMinutes());
		}
		Comment comment = comments.save(new Comment(resourceId, author.id(), kind == null ? CommentKind.COMMENT : kind,
				text, now));
		publisher.publishEvent(new ResourceChanged(resourceId, author.id(), ResourceChanged.What.COMMENTED));
		return comment.getId();
	}

	/**
	 * Writes a comment of the kind named as a form sends it: none means a comment, an unknown name is refused (after
	 * the resource is found, so that a refusal never tells that an unpublished resource exists).
	 */
	@Transactional
	public long post(long resourceId, PersonView author, String kindName, String body) {
		published(resourceId);
		return post(resourceId, author, kindOf(kindName), body);
	}

	/** Reports someone else's visible comment, once. */
	@Transactional
	public Reported report(long resourceId, long commentId, PersonView reporter, String reason) {
		published(resourceId);
		Comment comment = locked(resourceId, commentId);
		checkReportable(comment, reporter);
		String text = Texts.checked(reason, MAX_REASON, "community.error.reason.blank",
				"community.error.reason.tooLong", "community.error.reason.control");
		Instant now = now();
		reports.saveAndFlush(new CommentReport(commentId, reporter.id(), text, now));
		if (reports.countByCommentIdAndHandledAtIsNull(commentId) >= HIDING_THRESHOLD
				&& !reports.existsByCommentIdAndHandledAtIsNotNull(commentId)) {
			comment.hidePendingReview(now);
			return Reported.HIDDEN_PENDING_REVIEW;
		}
		return Reported.RECORDED;
	}

	/** The comment, if the person may report it now (what the report's form shows); else why not. */
	@Transactional(readOnly = true)
	Comment reportable(long resourceId, long commentId, PersonView reporter) {
		published(resourceId);
		Comment comment = found(resourceId, commentId);
		checkReportable(comment, reporter);
		return comment;
	}

	private void checkReportable(Comment comment, PersonView reporter) {
		if (comment.state() != Comment.State.VISIBLE) {
			throw new CommentRefusal(Kind.CONFLICT, "community.error.report.hidden");
		}
		if (comment.getAuthorId() == reporter.id()) {
			throw new CommentRefusal(Kind.INVALID, "community.error.report.own");
		}
		if (reports.existsByCommentIdAndReporterId(comment.getId(), reporter.id())) {
			throw new CommentRefusal(Kind.CONFLICT, "community.error.report.already");
		}
	}

	/** A moderator hides a comment with a reason everyone reads; its open reports are then handled. */
	@Transactional
	public void hide(long resourceId, long commentId, PersonView moderator, String reason) {
		requireModerator(moderator);
		existing(resourceId);
		Comment comment = locked(resourceId, commentId);
		checkHideable(comment);
		String text = Texts.checked(reason, MAX_REASON, "community.error.reason.blank",
				"community.error.reason.tooLong", "community.error.reason.control");
		Instant now = now();
		comment.hideByModeration(moderator.id(), text, now);
		handleOpenReports(commentId, moderator, now);
	}

	/** The comment, if the moderator may hide it now (what the hiding form shows); else why not. */
	@Transactional(readOnly = true)
	Comment hideable(long resourceId, long commentId, PersonView moderator) {
		requireModerator(moderator);
		existing(resourceId);
		Comment comment = found(resourceId, commentId);
		checkHideable(comment);
		return comment;
	}

	private static void checkHideable(Comment comment) {
		switch (comment.state()) {
			case HIDDEN -> throw new CommentRefusal(Kind.CONFLICT, "community.error.hide.already");
			case DELETED -> throw new CommentRefusal(Kind.CONFLICT, "community.error.deleted");
			case VISIBLE, PENDING -> {
			}
		}
	}

	/**
	 * A moderator shows again a comment hidden by the moderation or by reports; its open reports are then handled.
	 * A comment its author deleted stays deleted: the moderators do not publish again what its author took back.
	 */
	@Transactional
	public void restore(long resourceId, long commentId, PersonView moderator) {
		requireModerator(moderator);
		existing(resourceId);
		Comment comment = locked(resourceId, commentId);
		switch (comment.state()) {
			case VISIBLE -> throw new CommentRefusal(Kind.CONFLICT, "community.error.restore.visible");
			case DELETED -> throw new CommentRefusal(Kind.CONFLICT, "community.error.deleted");
			case HIDDEN, PENDING -> {
			}
		}
		comment.show();
		handleOpenReports(commentId, moderator, now());
	}

	/** The author deletes their comment (it is hidden; the moderators still read it). */
	@Transactional
	public void delete(long resourceId, long commentId, PersonView author) {
		published(resourceId);
		Comment comment = locked(resourceId, commentId);
		checkDeletable(comment, author);
		comment.deleteByAuthor(now());
	}

	/** The comment, if the person may delete it now (what the confirmation shows); else why not. */
	@Transactional(readOnly = true)
	Comment deletable(long resourceId, long commentId, PersonView author) {
		published(resourceId);
		Comment comment = found(resourceId, commentId);
		checkDeletable(comment, author);
		return comment;
	}

	private static void checkDeletable(Comment comment, PersonView author) {
		if (comment.getAuthorId() != author.id()) {
			throw new CommentRefusal(Kind.FORBIDDEN, "community.error.delete.notYours");
		}
		switch (comment.state()) {
			case HIDDEN -> throw new CommentRefusal(Kind.CONFLICT, "community.error.delete.hidden");
			case DELETED -> throw new CommentRefusal(Kind.CONFLICT, "community.error.delete.already");
			case VISIBLE, PENDING -> {
			}
		}
	}

	/**
	 * A moderator dismisses a comment's open reports as unfounded; a comment hidden by those reports is shown again.
	 *
	 * @return the comment's resource
	 */
	@Transactional
	public long dismiss(long commentId, PersonView moderator) {
		requireModerator(moderator);
		Comment comment = comments.lockById(commentId)
			.orElseThrow(() -> new CommentRefusal(Kind.NOT_FOUND, "community.error.notFound"));
		if (reports.countByCommentIdAndHandledAtIsNull(commentId) == 0) {
			throw new CommentRefusal(Kind.CONFLICT, "community.error.dismiss.none");
		}
		if (comment.state() == Comment.State.PENDING) {
			comment.show();
		}
		handleOpenReports(commentId, moderator, now());
		return comment.getResourceId();
	}

	/** A page of the resource's comments, newest first (pages from 0). */
	@Transactional(readOnly = true)
	Page<Comment> comments(long resourceId, int page) {
		return comments.findByResourceIdOrderByCreatedAtDescIdDesc(resourceId, PageRequest.of(Math.max(0, page),
				PAGE_SIZE));
	}

	/** The page (from 0) on which the comment shows among its resource's. */
	@Transactional(readOnly = true)
	int pageOf(long commentId) {
		return comments.findById(commentId)
			.map(c -> (int) (comments.countNewer(c.getResourceId(), c.getCreatedAt(), c.getId()) / PAGE_SIZE))
			.orElse(0);
	}

	@Transactional(readOnly = true)
	Map<Long, Comment> byIds(Collection<Long> ids) {
		return comments.findAllById(ids).stream().collect(Collectors.toMap(Comment::getId, Function.identity()));
	}

	/** Which of these comments the person reported. */
	@Transactional(readOnly = true)
	Set<Long> reportedBy(long personId, Collection<Long> commentIds) {
		return commentIds.isEmpty() ? Set.of() : new HashSet<>(reports.reportedBy(personId, commentIds));
	}

	/** How many open reports each of these comments has (none: absent). */
	@Transactional(readOnly = true)
	Map<Long, Long> openReportCounts(Collection<Long> commentIds) {
		return commentIds.isEmpty() ? Map.of()
				: reports.openFor(commentIds).stream().collect(Collectors.toMap(OpenReports::commentId,
						OpenReports::count));
	}

	/** The moderators' queue: comments with open reports, the one waiting longest first (pages from 0). */
	@Transactional(readOnly = true)
	Page<OpenReports> queue(int page) {
		return reports.openByComment(PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	List<CommentReport> openReports(Collection<Long> commentIds) {
		return commentIds.isEmpty() ? List.of()
				: reports.findByCommentIdInAndHandledAtIsNullOrderByCreatedAtAscIdAsc(commentIds);
	}

	private static CommentKind kindOf(String name) {
		if (name == null || name.isBlank()) {
			return CommentKind.COMMENT;
		}
		for (CommentKind kind : CommentKind.values()) {
			if (kind.name().equals(name.strip())) {
				return kind;
			}
		}
		throw new CommentRefusal(Kind.INVALID, "community.error.kind");
	}

	private void handleOpenReports(long commentId, PersonView moderator, Instant now) {
		reports.findByCommentIdAndHandledAtIsNull(commentId).forEach(r -> r.handle(moderator.id(), now));
	}

	private Resource published(long resourceId) {
		Resource resource = existing(resourceId);
		if (resource.getStatus() != ResourceStatus.PUBLISHED) {
			throw new CommentRefusal(Kind.NOT_FOUND, "community.error.notFound");
		}
		return resource;
	}

	private Resource existing(long resourceId) {
		return catalogue.find(resourceId)
			.orElseThrow(() -> new CommentRefusal(Kind.NOT_FOUND, "community.error.notFound"));
	}

	private Comment locked(long resourceId, long commentId) {
		return comments.lockById(commentId)
			.filter(c -> c.getResourceId() == resourceId)
			.orElseThrow(() -> new CommentRefusal(Kind.NOT_FOUND, "community.error.notFound"));
	}

	private Comment found(long resourceId, long commentId) {
		return comments.findById(commentId)
			.filter(c -> c.getResourceId() == resourceId)
			.orElseThrow(() -> new CommentRefusal(Kind.NOT_FOUND, "community.error.notFound"));
	}

	private static void requireModerator(PersonView person) {
		if (!Workflow.isModerator(person)) {
			throw new CommentRefusal(Kind.FORBIDDEN, "community.error.moderatorsOnly");
		}
	}

	/** Now, to the microsecond: what PostgreSQL keeps, so that a comment's time reads back as it was written. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}
}
