package be.numedu.resources.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.catalogue.Stage;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The OAI-PMH sets: {@code discipline:<CODE>} for each discipline and {@code etape:<STAGE>} for each stage of
 * schooling (a resource is in a stage's set when one of its years belongs to that stage), under the two parent sets
 * {@code discipline} and {@code etape}; named in French.
 */
@Component
class HarvestSets implements SetRepository {

	static final String DISCIPLINES = "discipline";

	static final String STAGES = "etape";

	private final List<Set> sets;

	HarvestSets(MessageSource messages) {
		List<Set> all = new ArrayList<>();
		all.add(new Set(DISCIPLINES).withName(messages.getMessage("standards.oai.set.disciplines", null, Locale.FRENCH)));
		for (Discipline discipline : Discipline.values()) {
			all.add(new Set(DISCIPLINES + ":" + discipline.name()).withName(messages.getMessage(
					"standards.oai.set.discipline",
					new Object[] { messages.getMessage("Discipline." + discipline.name(), null, Locale.FRENCH) },
					Locale.FRENCH)));
		}
		all.add(new Set(STAGES).withName(messages.getMessage("standards.oai.set.stages", null, Locale.FRENCH)));
		for (Stage stage : Stage.values()) {
			all.add(new Set(STAGES + ":" + stage.name()).withName(messages.getMessage("standards.oai.set.stage",
					new Object[] { messages.getMessage("Stage." + stage.name(), null, Locale.FRENCH) },
					Locale.FRENCH)));
		}
		this.sets = List.copyOf(all);
	}

	@Override
	public boolean supportSets() {
		return true;
	}

	@Override
	public List<Set> getSets() {
		return sets;
	}

	@Override
	public boolean exists(String setSpec) {
		return sets.stream().anyMatch(set -> set.getSpec().equals(setSpec));
	}

	/** The sets a resource belongs to, as its header lists them (the most specific ones). */
	static List<String> of(Resource resource) {
		List<String> specs = new ArrayList<>();
		resource.getDisciplines().forEach(d -> specs.add(DISCIPLINES + ":" + d.name()));
		SortedSet<Stage> stages = new TreeSet<>();
		for (SchoolYear year : resource.getYears()) {
			stages.add(year.stage());
		}
		stages.forEach(stage -> specs.add(STAGES + ":" + stage.name()));
		return specs;
	}

	static <E extends Enum<E>> boolean known(Class<E> type, String code) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(code)) {
				return true;
			}
		}
		return false;
	}
}
