package be.numedu.frameworks;

import java.util.List;

/**
 * An area (a "domaine") of a framework.
 *
 * @param code its code in the framework, e.g. {@code 1} or {@code A}
 * @param labelFr its name in French (a working translation when the framework's French is not official)
 * @param labelEn its official English name, or {@code null}
 * @param descriptionFr what the framework says of it in French, or {@code null}
 * @param competences its competences, in order
 */
public record FrameworkArea(String code, String labelFr, String labelEn, String descriptionFr,
		List<Competence> competences) {

	public FrameworkArea {
		competences = List.copyOf(competences);
	}
}
