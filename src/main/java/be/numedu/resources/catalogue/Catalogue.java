package be.numedu.resources.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import be.numedu.accounts.PersonView;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The resources and their workflow. Every change locks the resource's row, then checks that the person's page was
 * current (the row version it showed) and that the move is allowed from where the resource stands; a refusal leaves
 * everything as it was. A published resource's content changes only as a new version, kept whole.
 */
@Service
public class Catalogue {

	/** One line of the timeline, as pages show it. */
	public record TimelineEntry(Instant at, Long actorId, String kind, ResourceStatus statusAfter, String message,
			List<String> checks) {
	}

	/** A version, as the list of versions shows it. */
	public record VersionSummary(int number, Instant createdAt, long authorId, String note) {
	}

	private final ResourceRepository resources;

	private final ResourceFileRepository fileRecords;

	private final ResourceVersionRepository versions;

	private final ResourceEventRepository events;

	private final ValidationCriterionRepository criteria;

	private final ResourceFiles files;

	private final ContentRules rules;

	private final ObjectMapper json;

	private final ApplicationEventPublisher publisher;

	private final EntityManager entityManager;

	Catalogue(ResourceRepository resources, ResourceFileRepository fileRecords, ResourceVersionRepository versions,
			ResourceEventRepository events, ValidationCriterionRepository criteria, ResourceFiles files,
			ContentRules rules, ObjectMapper json, ApplicationEventPublisher publisher,
			EntityManager entityManager) {
		this.resources = resources;
		this.fileRecords = fileRecords;
		this.versions = versions;
		this.events = events;
		this.criteria = criteria;
		this.files = files;
		this.rules = rules;
		this.json = json;
		this.publisher = publisher;
		this.entityManager = entityManager;
	}

	/** A new draft of the person, with its files. */
	@Transactional
	public long create(PersonView author, ResourceContent content, List<Upload> uploads) {
		List<ResourceFiles.Checked> checked = files.check(uploads);
		refuseProblems(content, false);
		Instant now = Instant.now();
		Resource resource = resources.save(new Resource(author.id(), content.withFiles(List.of()), now));
		files.store(resource.getId(), checked, author.id(), true, now);
		events.save(new ResourceEvent(resource.getId(), now, author.id(), ResourceEvent.Kind.CREATED,
				ResourceStatus.DRAFT, null, null));
		return resource.getId();
	}

	/**
	 * Changes a resource's content. Before publication the author (or a moderator) rewrites it; once published, the
	 * author or a moderator makes a new version, which followers hear of.
	 *
	 * @param removedFiles ids of current files to drop
	 */
	@Transactional
	public void edit(long id, long expectedVersion, PersonView editor, ResourceContent content, List<Upload> uploads,
			Collection<Long> removedFiles, String note) {
		Resource resource = lockCurrent(id, expectedVersion);
		boolean moderator = Workflow.isModerator(editor);
		boolean owner = resource.getOwnerId() == editor.id();
		if (!moderator && !owner) {
			throw new CatalogueRefusal("resources.error.notYours");
		}
		if (!editable(resource, editor)) {
			throw new CatalogueRefusal("resources.error.notEditable");
		}
		ResourceStatus status = resource.getStatus();
		List<ResourceFiles.Checked> checked = files.check(uploads);
		Instant now = Instant.now();
		List<ResourceFile> current = fileRecords.findByResourceIdAndCurrentTrueOrderById(id);
		List<ResourceFile> kept = current.stream().filter(f -> removedFiles == null || !removedFiles.contains(f.getId()))
			.toList();
		ResourceContent proposed = content.withFiles(refsOf(kept, checked));
		boolean versioned = status == ResourceStatus.PUBLISHED;
		refuseProblems(proposed, versioned || status.awaitingModeration());
		if (versioned && proposed.equals(contentOf(resource))) {
			throw new CatalogueRefusal("resources.error.unchanged");
		}
		current.stream().filter(f -> !kept.contains(f)).forEach(f -> f.current(false));
		files.store(id, checked, editor.id(), true, now);
		resource.apply(proposed, now);
		if (versioned) {
			resource.newContentVersion();
			recordVersion(resource, editor.id(), note, now);
			events.save(new ResourceEvent(id, now, editor.id(), ResourceEvent.Kind.NEW_VERSION, status, note, null));
			publisher.publishEvent(new ResourceChanged(id, editor.id(), ResourceChanged.What.NEW_VERSION));
		}
	}

	/**
	 * Applies an accepted improvement: the proposed content becomes a new version, with the proposal's waiting files
	 * made current.
	 */
	@Transactional
	public int applyImprovement(long id, PersonView decider, long proposerId, ResourceContent proposed,
			Collection<Long> newFileIds, String note) {
		Resource resource = resources.lockById(id).orElseThrow(() -> new CatalogueRefusal("resources.error.notFound"));
		if (resource.getStatus() != ResourceStatus.PUBLISHED) {
			throw CatalogueRefusal.conflict("resources.error.notPublished");
		}
		Instant now = Instant.now();
		List<ResourceFile> current = fileRecords.findByResourceIdAndCurrentTrueOrderById(id);
		Set<Long> wanted = new TreeSet<>();
		proposed.files().forEach(f -> wanted.add(f.id()));
		current.stream().filter(f -> !wanted.contains(f.getId())).forEach(f -> f.current(false));
		for (Long fileId : newFileIds) {
			fileRecords.findById(fileId).filter(f -> f.getResourceId() == id).ifPresent(f -> f.current(true));
		}
		refuseProblems(proposed, true);
		resource.apply(proposed, now);
		resource.newContentVersion();
		// The version is its proposer's work, credited to them; the timeline says who accepted it.
		recordVersion(resource, proposerId, note, now);
		events.save(new ResourceEvent(id, now, decider.id(), ResourceEvent.Kind.NEW_VERSION, resource.getStatus(), note,
				null));
		publisher.publishEvent(new ResourceChanged(id, decider.id(), ResourceChanged.What.NEW_VERSION));
		return resource.getContentVersion();
	}

	/**
	 * Moves a resource in the workflow.
	 *
	 * @param message the request, reason or note (required to return, refuse or withdraw)
	 * @param checks the validation criteria the moderator checked (all are required to publish)
	 */
	@Transactional
	public void move(long id, long expectedVersion, PersonView actor, Workflow move, String message,
			Collection<String> checks) {
		Resource resource = lockCurrent(id, expectedVersion);
		if (!move.allowedTo(actor, resource.getOwnerId())) {
			throw new CatalogueRefusal("resources.error.notAllowed");
		}
		if (!move.from(resource.getStatus())) {
			throw CatalogueRefusal.conflict("resources.error.moveFrom", resource.getStatus().name());
		}
		String text = message == null ? null : message.strip();
		if (move.needsMessage() && (text == null || text.isEmpty())) {
			throw new CatalogueRefusal("resources.error.message");
		}
		if (text != null && text.length() > 4000) {
			throw new CatalogueRefusal("resources.error.tooLong", 4000);
		}
		String checked = null;
		if (move == Workflow.PUBLISH) {
			List<ValidationCriterion> active = criteria.findByActiveTrueOrderByPosition();
			List<String> required = active.stream().map(ValidationCriterion::getCode).toList();
			Set<String> given = checks == null ? Set.of() : Set.copyOf(checks);
			if (!given.containsAll(required)) {
				// Named, so that the moderator sees what is left to check.
				throw new CatalogueRefusal("resources.error.checks", active.stream()
					.filter(c -> !given.contains(c.getCode())).map(c -> "« " + c.getLabel() + " »")
					.collect(java.util.stream.Collectors.joining(", ")));
			}
			checked = CodeSets.write(required);
		}
		if (move == Workflow.SUBMIT || move == Workflow.PUBLISH) {
			refuseProblems(contentOf(resource), true);
		}
		Instant now = Instant.now();
		boolean firstPublication = move == Workflow.PUBLISH && resource.getPublishedAt() == null;
		resource.moveTo(move.to(), now);
		if (firstPublication) {
			recordVersion(resource, actor.id(), null, now);
		}
		events.save(new ResourceEvent(id, now, actor.id(), kindOf(move), move.to(), text == null || text.isEmpty() ? null : text,
				checked));
		whatOf(move).ifPresent(what -> publisher.publishEvent(new ResourceChanged(id, actor.id(), what)));
	}

	/** Records the import of a resource already validated by its partner collection: published at once. */
	@Transactional
	public long importPublished(PersonView importer, ResourceContent content, String note) {
		refuseProblems(content, true);
		Instant now = Instant.now();
		Resource resource = resources.save(new Resource(importer.id(), content, now));
		resource.moveTo(ResourceStatus.PUBLISHED, now);
		recordVersion(resource, importer.id(), note, now);
		events.save(new ResourceEvent(resource.getId(), now, importer.id(), ResourceEvent.Kind.IMPORTED,
				ResourceStatus.PUBLISHED, note, null));
		return resource.getId();
	}

	/**
	 * Records a resource's place in the "by evaluation" order and its number of evaluations; its content, and so its
	 * datestamp for harvesters, is untouched.
	 */
	@Transactional
	public void rank(long id, double ranking, int evaluations) {
		// A bulk update leaves the row version alone, so a person editing the resource meanwhile is not told that
		// someone changed it; the index is then updated by hand, as Hibernate Search does not see bulk updates. The
		// caller's pending changes are written first: clearing the persistence context would drop them.
		entityManager.flush();
		if (resources.rank(id, ranking, evaluations) > 0) {
			entityManager.clear();
			Search.session(entityManager).indexingPlan().addOrUpdate(entityManager.find(Resource.class, id));
		}
	}

	@Transactional(readOnly = true)
	public Optional<Resource> find(long id) {
		return resources.findById(id);
	}

	/**
	 * Whether {@code editor} may change the resource now: its author while it is a draft, returned or published; a
	 * moderator at any step but a refusal, which is final.
	 */
	public static boolean editable(Resource resource, PersonView editor) {
		if (editor == null) {
			return false;
		}
		ResourceStatus status = resource.getStatus();
		if (Workflow.isModerator(editor)) {
			return status != ResourceStatus.REFUSED;
		}
		return resource.getOwnerId() == editor.id() && (status.editableByAuthor() || status == ResourceStatus.PUBLISHED);
	}

	/** Whether the person may see the resource: published ones are public, others are their author's and moderators'. */
	public static boolean visibleTo(Resource resource, PersonView person) {
		if (resource.getStatus() == ResourceStatus.PUBLISHED) {
			return true;
		}
		return person != null && (person.id() == resource.getOwnerId() || Workflow.isModerator(person));
	}

	/** The resource's content as it stands, with its current files. */
	@Transactional(readOnly = true)
	public ResourceContent contentOf(Resource resource) {
		return resource.content(fileRecords.findByResourceIdAndCurrentTrueOrderById(resource.getId()).stream()
			.map(ResourceFile::ref).toList());
	}

	@Transactional(readOnly = true)
	public List<ResourceFile> currentFiles(long id) {
		return fileRecords.findByResourceIdAndCurrentTrueOrderById(id);
	}

	/** A file of the resource: current, or of a past version. */
	@Transactional(readOnly = true)
	public Optional<ResourceFile> file(long resourceId, long fileId) {
		return fileRecords.findById(fileId).filter(f -> f.getResourceId() == resourceId);
	}

	/** The other resources that hold one of these files (by their SHA-256), current ones only. */
	@Transactional(readOnly = true)
	public List<Long> resourcesHoldingFiles(Collection<String> sha256s, long excluded) {
		return sha256s.isEmpty() ? List.of() : fileRecords.resourcesHolding(sha256s, excluded);
	}

	/** Whether a file that is no longer current belongs to a version anyone may consult. */
	@Transactional(readOnly = true)
	public boolean inSomeVersion(long id, long fileId) {
		return versions.findByResourceIdOrderByNumberDesc(id).stream()
			.anyMatch(v -> json.readValue(v.getContent(), ResourceContent.class).files().stream()
				.anyMatch(f -> f.id() == fileId));
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(long id) {
		return events.findByResourceIdOrderByAtAscIdAsc(id).stream()
			.map(e -> new TimelineEntry(e.getAt(), e.getActorId(), e.getKind().name(), e.getStatusAfter(), e.getMessage(),
					List.copyOf(CodeSets.read(e.getChecks(), code -> code))))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<VersionSummary> versions(long id) {
		return versions.findByResourceIdOrderByNumberDesc(id).stream()
			.map(v -> new VersionSummary(v.getNumber(), v.getCreatedAt(), v.getAuthorId(), v.getNote()))
			.toList();
	}

	/** The content of one version. */
	@Transactional(readOnly = true)
	public Optional<ResourceContent> version(long id, int number) {
		return versions.findByResourceIdAndNumber(id, number).map(v -> json.readValue(v.getContent(), ResourceContent.class));
	}

	@Transactional(readOnly = true)
	public List<ValidationCriterion> validationCriteria() {
		return criteria.findByActiveTrueOrderByPosition();
	}

	@Transactional(readOnly = true)
	public Page<Resource> ownedBy(long ownerId, Pageable page) {
		return resources.findByOwnerIdOrderByUpdatedAtDesc(ownerId, page);
	}

	/** The moderators' queue: submitted and under review, oldest submission first. */
	@Transactional(readOnly = true)
	public Page<Resource> awaitingModeration(Pageable page) {
		return resources.findByStatusInOrderBySubmittedAtAsc(
				List.of(ResourceStatus.SUBMITTED, ResourceStatus.UNDER_REVIEW), page);
	}

	/** Files sent with an improvement proposal: kept, not current, until the proposal is accepted. */
	@Transactional
	public List<ResourceContent.FileRef> keepWaitingFiles(long id, long proposerId, List<Upload> uploads) {
		List<ResourceFiles.Checked> checked = files.check(uploads);
		return files.store(id, checked, proposerId, false, Instant.now()).stream().map(ResourceFile::ref).toList();
	}

	private Resource lockCurrent(long id, long expectedVersion) {
		Resource resource = resources.lockById(id).orElseThrow(() -> new CatalogueRefusal("resources.error.notFound"));
		if (resource.getVersion() != expectedVersion) {
			throw CatalogueRefusal.conflict("resources.error.stale");
		}
		return resource;
	}

	private void refuseProblems(ResourceContent content, boolean forSubmission) {
		List<ContentRules.Problem> problems = rules.check(content, forSubmission);
		if (!problems.isEmpty()) {
			throw new InvalidContent(problems);
		}
	}

	private void recordVersion(Resource resource, long authorId, String note, Instant now) {
		String content = json.writeValueAsString(contentOf(resource));
		versions.save(new ResourceVersion(resource.getId(), resource.getContentVersion(), authorId,
				note == null || note.isBlank() ? null : note.strip(), content, now));
	}

	private static List<ResourceContent.FileRef> refsOf(List<ResourceFile> kept, List<ResourceFiles.Checked> added) {
		List<ResourceContent.FileRef> refs = new ArrayList<>();
		kept.forEach(f -> refs.add(f.ref()));
		// New files get their ids when stored; until then they count for "a link or a file".
		added.forEach(f -> refs.add(new ResourceContent.FileRef(0, f.name(), f.mediaType(), f.content().length)));
		return refs;
	}

	private static ResourceEvent.Kind kindOf(Workflow move) {
		return switch (move) {
			case SUBMIT -> ResourceEvent.Kind.SUBMITTED;
			case TAKE_BACK -> ResourceEvent.Kind.SUBMISSION_WITHDRAWN;
			case START_REVIEW -> ResourceEvent.Kind.REVIEW_STARTED;
			case PUBLISH -> ResourceEvent.Kind.PUBLISHED;
			case RETURN -> ResourceEvent.Kind.RETURNED;
			case REFUSE -> ResourceEvent.Kind.REFUSED;
			case WITHDRAW -> ResourceEvent.Kind.WITHDRAWN;
			case REPUBLISH -> ResourceEvent.Kind.REPUBLISHED;
		};
	}

	private static Optional<ResourceChanged.What> whatOf(Workflow move) {
		return Optional.ofNullable(switch (move) {
			case SUBMIT -> ResourceChanged.What.SUBMITTED;
			case PUBLISH, REPUBLISH -> ResourceChanged.What.PUBLISHED;
			case RETURN -> ResourceChanged.What.RETURNED;
			case REFUSE -> ResourceChanged.What.REFUSED;
			case WITHDRAW -> ResourceChanged.What.WITHDRAWN;
			case TAKE_BACK, START_REVIEW -> null;
		});
	}
}
