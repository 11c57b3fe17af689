package be.numedu.resources.web;

import java.util.List;
import java.util.Optional;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.proposals.Proposals;
import org.springframework.stereotype.Component;

/** On a published resource's page: following it, proposing an improvement, and the proposals made. */
@Component
class ProposalsSection implements ResourcePageSection {

	/** What the section shows. */
	record Model(long resourceId, boolean signedIn, boolean following, boolean mayPropose, List<Line> proposals) {
	}

	/** A proposal in the list. */
	record Line(Proposals.View proposal, String proposer) {
	}

	private final Proposals proposals;

	private final People people;

	ProposalsSection(Proposals proposals, People people) {
		this.proposals = proposals;
		this.people = people;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<Section> render(Resource resource, PersonView viewer) {
		if (resource.getStatus() != ResourceStatus.PUBLISHED) {
			return Optional.empty();
		}
		List<Line> lines = proposals.of(resource.getId()).stream()
			.map(p -> new Line(p, people.find(p.proposerId()).map(PersonView::displayName).orElse("—")))
			.toList();
		boolean signedIn = viewer != null;
		return Optional.of(new Section("resources/proposals", "section",
				new Model(resource.getId(), signedIn, signedIn && proposals.follows(resource.getId(), viewer.id()),
						signedIn && viewer.id() != resource.getOwnerId(), lines)));
	}
}
