package be.numedu.resources.evaluation;

import java.util.Optional;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.web.ResourcePageSection;
import org.springframework.stereotype.Component;

/** The evaluation summary on a resource's page: on published resources, and on others that were evaluated. */
@Component
class EvaluationSection implements ResourcePageSection {

	static final int ORDER = 100;

	private final EvaluationGrid grid;

	EvaluationSection(EvaluationGrid grid) {
		this.grid = grid;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public Optional<Section> render(Resource resource, PersonView viewer) {
		if (resource.getStatus() != ResourceStatus.PUBLISHED && resource.getEvaluationCount() == 0) {
			return Optional.empty();
		}
		return Optional.of(new Section("resources/evaluation/summary", "summary",
				grid.summary(resource.getId(), viewer)));
	}
}
