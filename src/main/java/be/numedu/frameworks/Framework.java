package be.numedu.frameworks;

import java.util.List;

/**
 * A competence framework, as numedu ships it.
 *
 * @param id its identifier in addresses and URIs, e.g. {@code digcomp-2.2}; never changes once published
 * @param shortName a short name for titles and breadcrumbs, e.g. "DigComp 2.2"
 * @param nameFr its full name in French (a working translation when {@code frenchOfficial} is false)
 * @param nameEn its official English name, or {@code null} when it has none
 * @param publisher who publishes it, in French
 * @param version its version or date, in French
 * @param audienceFr for whom it is written, in French, e.g. "enseignants et éducateurs"
 * @param audienceEn the same in English
 * @param frenchOfficial whether the French names and labels are the framework's own text; when false they are
 *        numedu's working translations and pages say so ("traduction de travail")
 * @param citation how its publisher asks it to be cited, or the reference of the text it comes from
 * @param areas its areas (domains), in order
 */
public record Framework(String id, String shortName, String nameFr, String nameEn, String publisher, String version,
		String audienceFr, String audienceEn, boolean frenchOfficial, String citation, List<FrameworkArea> areas) {

	public Framework {
		areas = List.copyOf(areas);
	}

	/** Every competence of the framework, area after area. */
	public List<Competence> competences() {
		return areas.stream().flatMap(area -> area.competences().stream()).toList();
	}
}
