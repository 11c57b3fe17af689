package be.numedu.resources.collections;

import java.util.List;
import java.util.Optional;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.web.ResourcePageSection;
import org.springframework.stereotype.Component;

/**
 * The collections on a published resource's page: for a signed-in person, their collections with a form to add the
 * resource (and a note) to each, those that already hold it, and a way to start a new one with it; for everyone, the
 * public collections that hold it.
 */
@Component
class CollectionsSection implements ResourcePageSection {

	static final int ORDER = 150;

	/** A collection as the section names it. */
	record Named(long id, String title, Visibility visibility, String owner) {
	}

	/** What the section's fragment shows. */
	record Model(long resourceId, boolean signedIn, List<Named> addable, List<Named> holding,
			List<Named> publicHolding, int maxNote) {
	}

	private final Collections collections;

	private final People people;

	CollectionsSection(Collections collections, People people) {
		this.collections = collections;
		this.people = people;
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
		Collections.AroundResource around = collections.around(resource.getId(), viewer);
		if (viewer == null && around.publicHolding().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Section("resources/collections/section", "section",
				new Model(resource.getId(), viewer != null, named(around.addable(), false),
						named(around.holding(), false), named(around.publicHolding(), true), Collections.MAX_NOTE)));
	}

	private List<Named> named(List<ResourceCollection> list, boolean withOwner) {
		return list.stream().map(c -> new Named(c.getId(), c.getTitle(), c.getVisibility(),
				withOwner ? people.find(c.getOwnerId()).map(PersonView::displayName).orElse(null) : null)).toList();
	}
}
