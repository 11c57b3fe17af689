package be.numedu.resources.web;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import be.numedu.shared.Codes;
import be.numedu.shared.web.PageLinks;
import org.springframework.util.MultiValueMap;

/**
 * The catalogue's address parameters, in French ({@code ?q=…&etape=PRIMAIRE&licence=CC_BY&tri=evaluation}), read into
 * a search query. A value numedu does not know, typed or forged, is dropped: it filters nothing.
 */
final class SearchParameters {

	/** The parameter of each facet, and the values it may take. */
	static final Map<Dimension, String> NAMES = new EnumMap<>(Map.ofEntries(Map.entry(Dimension.STAGE, "etape"),
			Map.entry(Dimension.YEAR, "annee"), Map.entry(Dimension.DISCIPLINE, "discipline"),
			Map.entry(Dimension.DOMAIN, "domaine"), Map.entry(Dimension.TYPE, "type"),
			Map.entry(Dimension.LICENCE, "licence"), Map.entry(Dimension.COMPETENCE, "competence"),
			Map.entry(Dimension.AUDIENCE, "public"), Map.entry(Dimension.ACCESSIBILITY, "accessibilite"),
			Map.entry(Dimension.ACCOMMODATION, "amenagement"), Map.entry(Dimension.LANGUAGE, "langue"),
			Map.entry(Dimension.PROVENANCE, "provenance")));

	/** The orders, by their address code. */
	static final Map<String, ResourceSearch.Order> ORDERS = Map.of("pertinence", ResourceSearch.Order.RELEVANCE,
			"recent", ResourceSearch.Order.RECENT, "evaluation", ResourceSearch.Order.EVALUATION, "titre",
			ResourceSearch.Order.TITLE);

	/** A page number as the API takes it: from 1. */
	private static final String PAGE = "0*[1-9]\\d{0,8}";

	private SearchParameters() {
	}

	static ResourceSearch.Query read(MultiValueMap<String, String> parameters, Frameworks frameworks, int size) {
		Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
		for (Map.Entry<Dimension, String> entry : NAMES.entrySet()) {
			List<String> values = parameters.get(entry.getValue());
			if (values == null) {
				continue;
			}
			Set<String> known = new LinkedHashSet<>();
			for (String value : values) {
				if (value != null && known(entry.getKey(), value, frameworks)) {
					known.add(value);
				}
			}
			if (!known.isEmpty()) {
				filters.put(entry.getKey(), known);
			}
		}
		String order = parameters.getFirst("tri");
		// Any page number is read as asked, however far: one past the last page is said to be so, not replaced.
		return new ResourceSearch.Query(parameters.getFirst("q"), filters, "oui".equals(parameters.getFirst("rel")),
				order == null ? null : ORDERS.get(order), PageLinks.index(parameters.getFirst("page")), size);
	}

	/**
	 * What is wrong with the parameters, in French, or empty when nothing is. The page drops what it does not know (a
	 * forged address filters nothing); the API says it, so that a program's typo is not taken for an answer. A blank
	 * value counts as absent, and parameters numedu does not read are left alone.
	 */
	static Optional<String> refusal(MultiValueMap<String, String> parameters, Frameworks frameworks) {
		for (Map.Entry<Dimension, String> entry : NAMES.entrySet()) {
			for (String value : parameters.getOrDefault(entry.getValue(), List.of())) {
				if (given(value) && !known(entry.getKey(), value, frameworks)) {
					return Optional.of("Valeur inconnue pour « " + entry.getValue() + " » : « " + shorten(value) + " ». "
							+ expected(entry.getKey()));
				}
			}
		}
		String text = parameters.getFirst("q");
		if (given(text) && text.strip().length() > ResourceSearch.MAX_TEXT) {
			return Optional.of("« q » compte au plus " + ResourceSearch.MAX_TEXT + " caractères.");
		}
		String order = parameters.getFirst("tri");
		if (given(order) && !ORDERS.containsKey(order)) {
			return Optional.of("« tri » vaut pertinence, recent, evaluation ou titre.");
		}
		String open = parameters.getFirst("rel");
		if (given(open) && !open.equals("oui") && !open.equals("non")) {
			return Optional.of("« rel » vaut oui (les ressources éducatives libres seulement) ou non.");
		}
		String page = parameters.getFirst("page");
		if (given(page) && !page.matches(PAGE)) {
			return Optional.of("« page » est un numéro de page : un nombre entier à partir de 1.");
		}
		String size = parameters.getFirst("taille");
		if (given(size) && !(size.matches("\\d{1,3}") && Integer.parseInt(size) >= 1 && Integer.parseInt(size) <= 100)) {
			return Optional.of("« taille » est le nombre de résultats par page : un nombre entier de 1 à 100.");
		}
		return Optional.empty();
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	private static String expected(Dimension dimension) {
		if (dimension == Dimension.COMPETENCE) {
			return "Une compétence s'écrit référentiel:code, par exemple digcomp-2.2:1.1, d'un référentiel de numedu.";
		}
		return "Codes possibles : " + String.join(", ", Facets.codes(dimension, Map.of())) + ".";
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	static String orderCode(ResourceSearch.Order order) {
		return ORDERS.entrySet().stream().filter(e -> e.getValue() == order).map(Map.Entry::getKey).findFirst()
			.orElse("pertinence");
	}

	private static boolean known(Dimension dimension, String value, Frameworks frameworks) {
		return switch (dimension) {
			case STAGE -> Codes.named(Stage.class, value).isPresent();
			case YEAR -> Codes.named(SchoolYear.class, value).isPresent();
			case DISCIPLINE -> Codes.named(Discipline.class, value).isPresent();
			case DOMAIN -> Codes.named(LearningDomain.class, value).isPresent();
			case TYPE -> Codes.named(ResourceType.class, value).isPresent();
			case LICENCE -> Codes.named(Licence.class, value).isPresent();
			case AUDIENCE -> Codes.named(Audience.class, value).isPresent();
			case ACCESSIBILITY -> Codes.named(AccessibilityFeature.class, value).isPresent();
			case ACCOMMODATION -> Codes.named(Accommodation.class, value).isPresent();
			case PROVENANCE -> Codes.named(Provenance.class, value).isPresent();
			case LANGUAGE -> Languages.known(value);
			case COMPETENCE -> {
				int colon = value.indexOf(':');
				yield colon > 0 && frameworks.competence(value.substring(0, colon), value.substring(colon + 1)).isPresent();
			}
		};
	}
}
