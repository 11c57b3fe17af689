package be.numedu.resources.collections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.resources.collections.CollectionRefusal.Kind;
import be.numedu.resources.collections.CollectionRefusal.Problem;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections of resources: teachers and the platform team gather published resources, in an order and with a note
 * each, into collections that are public (listed, readable by anyone) or private (their owner's alone).
 * <p>
 * Only the owner changes a collection and its items. Every change locks the collection's row, then checks that the
 * person's page showed the collection as it stands (its row version, which every change moves on, items included),
 * so that two tabs cannot both reorder from the same state; a refusal leaves everything as it was. Only published
 * resources can be added; one withdrawn later stays in its place, shown to others as "ressource retirée". SGNE
 * administrators may make someone's public collection private (abuse); they do not see or change private ones.
 */
@Service
public class Collections {

	private static final Logger log = LoggerFactory.getLogger(Collections.class);

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 2000;

	public static final int MAX_NOTE = 1000;

	/** Items in one collection: enough for a year's programme, few enough for one page. */
	public static final int MAX_ITEMS = 200;

	/** Collections per person. */
	public static final int MAX_PER_PERSON = 100;

	/** Public collections shown on a resource's page. */
	static final int PUBLIC_HOLDING_SHOWN = 10;

	/** Control characters have no place in a title; line breaks and tabs are allowed in longer texts. */
	private static final Pattern CONTROL_IN_LINE = Pattern.compile("\\p{Cntrl}");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

	/**
	 * An item as a page shows it to a viewer. A resource no longer published is shown to the collection's owner with
	 * its title and status (linked only if they may still open it); to anyone else as a withdrawn resource, without
	 * title, summary or note.
	 */
	public record Entry(long resourceId, int position, String title, String summary, ResourceStatus status,
			String note, boolean linked, boolean withdrawn) {
	}

	/** A collection in a list, with how many resources it shows. */
	public record Listed(ResourceCollection collection, long count) {
	}

	/** What a resource's page shows of the collections. */
	public record AroundResource(List<ResourceCollection> addable, List<ResourceCollection> holding,
			List<ResourceCollection> publicHolding) {
	}

	private final CollectionRepository collections;

	private final CollectionItemRepository items;

	private final Catalogue catalogue;

	private final EntityManager entityManager;

	Collections(CollectionRepository collections, CollectionItemRepository items, Catalogue catalogue,
			EntityManager entityManager) {
		this.collections = collections;
		this.items = items;
		this.catalogue = catalogue;
		this.entityManager = entityManager;
	}

	/**
	 * A new collection of the person.
	 *
	 * @param visibility {@code null} when the form said none
	 * @param resourceId a resource to put in it at once, if any
	 */
	@Transactional
	public long create(PersonView owner, String title, String description, Visibility visibility, Long resourceId) {
		String cleanTitle = line(title);
		String cleanDescription = text(description);
		List<Problem> problems = describeProblems(cleanTitle, cleanDescription, visibility, owner);
		if (!problems.isEmpty()) {
			throw new CollectionRefusal(Kind.INVALID, problems);
		}
		if (collections.countByOwnerId(owner.id()) >= MAX_PER_PERSON) {
			throw CollectionRefusal.of(Kind.INVALID, "collections.error.tooMany", MAX_PER_PERSON);
		}
		Resource resource = resourceId == null ? null : addable(resourceId, owner);
		Instant now = Instant.now();
		ResourceCollection collection = collections.save(
				new ResourceCollection(owner.id(), cleanTitle, cleanDescription, visibility, now));
		if (resource != null) {
			entityManager.persist(new CollectionItem(collection.getId(), resource.getId(), 1, null, now));
		}
		return collection.getId();
	}

	/** Changes the collection's title, description and visibility. */
	@Transactional
	public void edit(long id, Long expectedVersion, PersonView editor, String title, String description,
			Visibility visibility) {
		ResourceCollection collection = lockOwned(id, editor);
		current(collection, expectedVersion);
		String cleanTitle = line(title);
		String cleanDescription = text(description);
		List<Problem> problems = describeProblems(cleanTitle, cleanDescription, visibility, editor);
		if (!problems.isEmpty()) {
			throw new CollectionRefusal(Kind.INVALID, problems);
		}
		collection.describe(cleanTitle, cleanDescription, visibility, Instant.now());
	}

	/** Deletes the collection and its items (the resources stay in the catalogue). */
	@Transactional
	public void delete(long id, Long expectedVersion, PersonView person, boolean confirmed) {
		ResourceCollection collection = lockOwned(id, person);
		current(collection, expectedVersion);
		if (!confirmed) {
			throw new CollectionRefusal(Kind.INVALID, List.of(new Problem("confirm", "collections.error.confirm")));
		}
		items.deleteAllOf(id);
		collections.delete(collection);
	}

	/**
	 * Adds a published resource at the end of the collection. The page it comes from (a resource's page) does not show
	 * the collection, so no row version is checked; the row lock still keeps positions in order.
	 */
	@Transactional
	public void add(long id, PersonView person, Long resourceId, String note) {
		ResourceCollection collection = lockOwned(id, person);
		if (resourceId == null) {
			throw new CollectionRefusal(Kind.INVALID, List.of(new Problem("resource", "collections.error.resource")));
		}
		Resource resource = addable(resourceId, person);
		String cleanNote = text(note);
		noteProblem(cleanNote).ifPresent(problem -> {
			throw new CollectionRefusal(Kind.INVALID, List.of(problem));
		});
		List<CollectionItem> current = items.findOrdered(id);
		List<Long> order = orderOf(current);
		if (order.contains(resourceId)) {
			throw CollectionRefusal.of(Kind.CONFLICT, "collections.error.alreadyIn");
		}
		if (order.size() >= MAX_ITEMS) {
			throw CollectionRefusal.of(Kind.INVALID, "collections.error.full", MAX_ITEMS);
		}
		Instant now = Instant.now();
		List<Long> after = Positions.appended(order, resource.getId());
		renumber(current, after);
		entityManager.persist(new CollectionItem(id, resource.getId(), after.size(), cleanNote, now));
		collection.touch(now);
	}

	/** Takes a resource out of the collection; the ones after it move up. */
	@Transactional
	public void remove(long id, Long expectedVersion, PersonView person, long resourceId) {
		ResourceCollection collection = lockOwned(id, person);
		current(collection, expectedVersion);
		List<CollectionItem> current = items.findOrdered(id);
		CollectionItem item = itemOf(current, resourceId);
		List<Long> after = Positions.removed(orderOf(current), resourceId);
		entityManager.remove(item);
		renumber(current, after);
		collection.touch(Instant.now());
	}

	/** Moves a resource one place up or down. */
	@Transactional
	public void move(long id, Long expectedVersion, PersonView person, long resourceId, Positions.Move move) {
		ResourceCollection collection = lockOwned(id, person);
		current(collection, expectedVersion);
		List<CollectionItem> current = items.findOrdered(id);
		itemOf(current, resourceId);
		List<Long> after;
		try {
			after = Positions.moved(orderOf(current), resourceId, move);
		}
		catch (IllegalStateException atTheEnd) {
			throw CollectionRefusal.of(Kind.INVALID,
					move == Positions.Move.UP ? "collections.error.first" : "collections.error.last");
		}
		renumber(current, after);
		collection.touch(Instant.now());
	}

	/** Writes (or clears, when empty) the note of a resource in the collection. */
	@Transactional
	public void note(long id, Long expectedVersion, PersonView person, long resourceId, String note) {
		ResourceCollection collection = lockOwned(id, person);
		current(collection, expectedVersion);
		CollectionItem item = itemOf(items.findOrdered(id), resourceId);
		String cleanNote = text(note);
		noteProblem(cleanNote).ifPresent(problem -> {
			throw new CollectionRefusal(Kind.INVALID, List.of(problem));
		});
		item.note(cleanNote);
		collection.touch(Instant.now());
	}

	/**
	 * Makes someone's public collection private, for abuse: SGNE administrators only. The owner sees it as before,
	 * nobody else does.
	 */
	@Transactional
	public void makePrivate(long id, Long expectedVersion, PersonView administrator) {
		if (!Workflow.isModerator(administrator)) {
			throw CollectionRefusal.of(Kind.FORBIDDEN, "collections.error.notAdministrator");
		}
		ResourceCollection collection = collections.lockById(id)
			.orElseThrow(() -> CollectionRefusal.of(Kind.NOT_FOUND, "collections.error.notFound"));
		if (!collection.isPublic()) {
			if (collection.getOwnerId() != administrator.id()) {
				throw CollectionRefusal.of(Kind.NOT_FOUND, "collections.error.notFound");
			}
			throw CollectionRefusal.of(Kind.CONFLICT, "collections.error.alreadyPrivate");
		}
		current(collection, expectedVersion);
		collection.makePrivate(Instant.now());
		// No column records it (the owner sees their collection as private): the log keeps who did it.
		log.info("Collection {} of person {} made private by administrator {}", id, collection.getOwnerId(),
				administrator.id());
	}

	/** The collection, if the person may see it: public ones for all, private ones for their owner alone. */
	@Transactional(readOnly = true)
	public Optional<ResourceCollection> visible(long id, PersonView viewer) {
		return collections.findById(id).filter(c -> c.isPublic() || isOwner(c, viewer));
	}

	/** The collection's items in their order, as the viewer may see them. */
	@Transactional(readOnly = true)
	public List<Entry> entries(ResourceCollection collection, PersonView viewer) {
		boolean owner = isOwner(collection, viewer);
		List<Entry> entries = new ArrayList<>();
		for (Object[] row : items.findOrderedWithResources(collection.getId())) {
			CollectionItem item = (CollectionItem) row[0];
			Resource resource = (Resource) row[1];
			int position = entries.size() + 1;
			if (resource.getStatus() == ResourceStatus.PUBLISHED) {
				entries.add(new Entry(resource.getId(), position, resource.getTitle(), resource.getSummary(),
						resource.getStatus(), item.getNote(), true, false));
			}
			else if (owner) {
				entries.add(new Entry(resource.getId(), position, resource.getTitle(), null, resource.getStatus(),
						item.getNote(), Catalogue.visibleTo(resource, viewer), true));
			}
			else {
				entries.add(new Entry(resource.getId(), position, null, null, null, null, false, true));
			}
		}
		return entries;
	}

	/** The public collections, most recently changed first, each with its number of published resources. */
	@Transactional(readOnly = true)
	public Page<Listed> publicCollections(int page, int size) {
		Page<ResourceCollection> found = collections.findPublic(PageRequest.of(page, size));
		Map<Long, Long> counts = counts(items.countByStatus(ids(found.getContent()), ResourceStatus.PUBLISHED));
		return found.map(c -> new Listed(c, counts.getOrDefault(c.getId(), 0L)));
	}

	/** The person's collections, public and private, most recently changed first, each with its number of items. */
	@Transactional(readOnly = true)
	public List<Listed> ownedBy(long ownerId) {
		List<ResourceCollection> owned = collections.findOwned(ownerId);
		Map<Long, Long> counts = counts(items.countAll(ids(owned)));
		return owned.stream().map(c -> new Listed(c, counts.getOrDefault(c.getId(), 0L))).toList();
	}

	/**
	 * For a resource's page: the viewer's collections it can go into, those already holding it, and the public
	 * collections holding it.
	 */
	@Transactional(readOnly = true)
	public AroundResource around(long resourceId, PersonView viewer) {
		List<ResourceCollection> publicHolding = collections.findPublicHolding(resourceId,
				PageRequest.of(0, PUBLIC_HOLDING_SHOWN));
		if (viewer == null) {
			return new AroundResource(List.of(), List.of(), publicHolding);
		}
		List<Long> holdingIds = collections.findOwnedHolding(viewer.id(), resourceId);
		List<ResourceCollection> addable = new ArrayList<>();
		List<ResourceCollection> holding = new ArrayList<>();
		for (ResourceCollection owned : collections.findOwned(viewer.id())) {
			(holdingIds.contains(owned.getId()) ? holding : addable).add(owned);
		}
		return new AroundResource(addable, holding, publicHolding);
	}

	/** A resource the person can add: one that exists, that they may see, and that is published. */
	private Resource addable(long resourceId, PersonView person) {
		Resource resource = catalogue.find(resourceId).filter(r -> Catalogue.visibleTo(r, person))
			.orElseThrow(() -> new CollectionRefusal(Kind.INVALID,
					List.of(new Problem("resource", "collections.error.resourceUnknown"))));
		if (resource.getStatus() != ResourceStatus.PUBLISHED) {
			throw new CollectionRefusal(Kind.INVALID,
					List.of(new Problem("resource", "collections.error.notPublished")));
		}
		return resource;
	}

	/**
	 * The collection, locked, if it is the person's. Someone else's public collection is refused (403); a private one
	 * does not exist for them (404).
	 */
	private ResourceCollection lockOwned(long id, PersonView person) {
		ResourceCollection collection = collections.lockById(id)
			.orElseThrow(() -> CollectionRefusal.of(Kind.NOT_FOUND, "collections.error.notFound"));
		if (!isOwner(collection, person)) {
			throw collection.isPublic() ? CollectionRefusal.of(Kind.FORBIDDEN, "collections.error.notYours")
					: CollectionRefusal.of(Kind.NOT_FOUND, "collections.error.notFound");
		}
		return collection;
	}

	private static void current(ResourceCollection collection, Long expectedVersion) {
		if (expectedVersion == null || expectedVersion != collection.getVersion()) {
			throw CollectionRefusal.of(Kind.STALE, "collections.error.stale");
		}
	}

	private static CollectionItem itemOf(List<CollectionItem> current, long resourceId) {
		return current.stream().filter(i -> i.getResourceId() == resourceId).findFirst()
			.orElseThrow(() -> CollectionRefusal.of(Kind.NOT_FOUND, "collections.error.notInCollection"));
	}

	/** Writes the order back as positions 1, 2, 3…: only the items whose place changed are updated. */
	private static void renumber(List<CollectionItem> current, List<Long> order) {
		for (CollectionItem item : current) {
			int position = Positions.positionOf(order, item.getResourceId());
			if (position > 0 && position != item.getPosition()) {
				item.position(position);
			}
		}
	}

	private static List<Long> orderOf(List<CollectionItem> current) {
		return current.stream().map(CollectionItem::getResourceId).toList();
	}

	private static boolean isOwner(ResourceCollection collection, PersonView person) {
		return person != null && person.id() == collection.getOwnerId();
	}

	private static List<Long> ids(List<ResourceCollection> list) {
		return list.stream().map(ResourceCollection::getId).toList();
	}

	private static Map<Long, Long> counts(List<Object[]> rows) {
		Map<Long, Long> counts = new HashMap<>();
		rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
		return counts;
	}

	static List<Problem> describeProblems(String title, String description, Visibility visibility, PersonView person) {
		List<Problem> problems = new ArrayList<>();
		if (title == null || title.isEmpty()) {
			problems.add(new Problem("title", "collections.error.required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(new Problem("title", "collections.error.tooLong", MAX_TITLE));
		}
		else if (CONTROL_IN_LINE.matcher(title).find()) {
			problems.add(new Problem("title", "collections.error.control"));
		}
		if (description != null) {
			if (description.length() > MAX_DESCRIPTION) {
				problems.add(new Problem("description", "collections.error.tooLong", MAX_DESCRIPTION));
			}
			else if (CONTROL.matcher(description).find()) {
				problems.add(new Problem("description", "collections.error.control"));
			}
		}
		if (visibility == null) {
			problems.add(new Problem("visibility", "collections.error.visibility"));
		}
		else if (visibility == Visibility.PLATFORM && !Workflow.isModerator(person)) {
			// a teacher's form never offers it: a forged choice is refused, not quietly made public
			problems.add(new Problem("visibility", "collections.error.platformOnly"));
		}
		return problems;
	}

	static Optional<Problem> noteProblem(String note) {
		if (note == null) {
			return Optional.empty();
		}
		if (note.length() > MAX_NOTE) {
			return Optional.of(new Problem("note", "collections.error.tooLong", MAX_NOTE));
		}
		if (CONTROL.matcher(note).find()) {
			return Optional.of(new Problem("note", "collections.error.control"));
		}
		return Optional.empty();
	}

	/** A one-line text as stored: without surrounding spaces; {@code null} stays {@code null}. */
	static String line(String value) {
		return value == null ? null : value.strip();
	}

	/** A longer text as stored: line breaks as {@code \n}, without surrounding spaces; empty becomes {@code null}. */
	static String text(String value) {
		if (value == null) {
			return null;
		}
		String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
		return text.isEmpty() ? null : text;
	}
}
