package be.numedu.resources.web;

import java.util.Optional;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Resource;

/**
 * A part of a resource's page that another feature adds (its evaluation summary, its improvement proposals, its
 * comments): the page stays one template, each feature brings its own fragment and what the fragment shows.
 */
public interface ResourcePageSection {

	/** What the page shows: a fragment of a template, given one object. */
	record Section(String template, String fragment, Object model) {
	}

	/** Where the section goes among the others (lower first). */
	int order();

	/** The section for this resource and this person, if any. */
	Optional<Section> render(Resource resource, PersonView viewer);
}
