package be.numedu.resources.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.numedu.frameworks.Competence;
import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Languages;
import be.numedu.resources.catalogue.LearningDomain;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.catalogue.Stage;
import be.numedu.resources.search.ResourceSearch;
import be.numedu.resources.search.ResourceSearch.Dimension;

/**
 * The filters of the catalogue page: for each facet, its values in their natural order with the number of resources
 * each would give. Values with no resource are left out (unless ticked), so a facet lists what the catalogue holds.
 */
record Facets(List<Facet> facets) {

	/** One facet: its address parameter, its legend and its values. */
	record Facet(String parameter, String legendKey, List<Value> values) {
	}

	/** One value: its code, its label (a bundle key, or a text from the data), its count, whether it is ticked. */
	record Value(String code, String labelKey, String labelText, long count, boolean checked) {
	}

	/** The facets in the order the page shows them. */
	static final List<Dimension> SHOWN = List.of(Dimension.STAGE, Dimension.YEAR, Dimension.DISCIPLINE,
			Dimension.DOMAIN, Dimension.TYPE, Dimension.AUDIENCE, Dimension.LICENCE, Dimension.COMPETENCE,
			Dimension.ACCESSIBILITY, Dimension.ACCOMMODATION, Dimension.LANGUAGE, Dimension.PROVENANCE);

	static Facets of(ResourceSearch.Hits hits, ResourceSearch.Query query, Frameworks frameworks) {
		List<Facet> facets = new ArrayList<>();
		for (Dimension dimension : SHOWN) {
			Map<String, Long> counts = hits.counts().getOrDefault(dimension, Map.of());
			Set<String> chosen = query.selected(dimension);
			List<Value> values = new ArrayList<>();
			for (String code : codes(dimension, counts)) {
				long count = counts.getOrDefault(code, 0L);
				if (count == 0 && !chosen.contains(code)) {
					continue;
				}
				String prefix = labelPrefix(dimension);
				String text = dimension == Dimension.COMPETENCE ? competenceLabel(code, frameworks) : null;
				values.add(new Value(code, prefix == null ? null : prefix + code, text, count, chosen.contains(code)));
			}
			facets.add(new Facet(SearchParameters.NAMES.get(dimension), "resources.facet." + dimension.name(), values));
		}
		return new Facets(facets);
	}

	/** The codes of a dimension in their natural order; a competence's are those counted. */
	static List<String> codes(Dimension dimension, Map<String, Long> counts) {
		return switch (dimension) {
			case STAGE -> names(Stage.values());
			case YEAR -> names(SchoolYear.values());
			case DISCIPLINE -> names(Discipline.values());
			case DOMAIN -> names(LearningDomain.values());
			case TYPE -> names(ResourceType.values());
			case LICENCE -> names(Licence.values());
			case AUDIENCE -> names(Audience.values());
			case ACCESSIBILITY -> names(AccessibilityFeature.values());
			case ACCOMMODATION -> names(Accommodation.values());
			case PROVENANCE -> names(Provenance.values());
			case LANGUAGE -> Languages.CODES;
			case COMPETENCE -> counts.keySet().stream().sorted().toList();
		};
	}

	private static String labelPrefix(Dimension dimension) {
		return switch (dimension) {
			case STAGE -> "Stage.";
			case YEAR -> "SchoolYear.";
			case DISCIPLINE -> "Discipline.";
			case DOMAIN -> "LearningDomain.";
			case TYPE -> "ResourceType.";
			case LICENCE -> "Licence.";
			case AUDIENCE -> "Audience.";
			case ACCESSIBILITY -> "AccessibilityFeature.";
			case ACCOMMODATION -> "Accommodation.";
			case PROVENANCE -> "Provenance.";
			case LANGUAGE -> "Language.";
			case COMPETENCE -> null;
		};
	}

	static String competenceLabel(String key, Frameworks frameworks) {
		int colon = key.indexOf(':');
		if (colon <= 0) {
			return key;
		}
		return frameworks.competence(key.substring(0, colon), key.substring(colon + 1))
			.map(c -> c.code() + " " + c.labelFr() + " (" + frameworkShortName(c, frameworks) + ")")
			.orElse(key);
	}

	private static String frameworkShortName(Competence competence, Frameworks frameworks) {
		return frameworks.framework(competence.frameworkId()).map(f -> f.shortName()).orElse(competence.frameworkId());
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}
}
