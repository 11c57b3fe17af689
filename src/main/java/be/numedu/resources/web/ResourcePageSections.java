package be.numedu.resources.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Resource;
import org.springframework.stereotype.Component;

/** Every section the features add to a resource's page, in their order. */
@Component
class ResourcePageSections {

	private final List<ResourcePageSection> sections;

	ResourcePageSections(List<ResourcePageSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ResourcePageSection::order)).toList();
	}

	List<ResourcePageSection.Section> render(Resource resource, PersonView viewer) {
		return sections.stream().map(s -> s.render(resource, viewer)).flatMap(Optional::stream).toList();
	}
}
