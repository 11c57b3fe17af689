package be.numedu.resources.standards;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;

/**
 * The names and vocabularies of IEEE LOM (1484.12.1-2002, XML binding 1484.12.3) and of the ScoLOMFR profile that
 * numedu's records use, in one place for the writer and the reader.
 *
 * <p>Vocabulary values are written as LOM writes them: {@code <source>LOMv1.0</source><value>exercise</value>}. The
 * kinds of resource LOM lacks are written with ScoLOMFR 3.1's "type pédagogique" vocabulary (scolomfr-voc-010) where
 * one of its concepts says the same thing, else under numedu's own source ({@value #NUMEDU_SOURCE}) with numedu's
 * code. Those two sources are not in LOM's own vocabulary, so a record carrying them is valid against the LOM
 * binding's "loose" and "custom" schemas ({@code lomLoose.xsd}, {@code lom.xsd}), not against {@code lomStrict.xsd}.
 */
final class Lom {

	static final String NAMESPACE = "http://ltsc.ieee.org/xsd/LOM";

	/** Where the LOM binding's loose schema is published; named in {@code xsi:schemaLocation} and ListMetadataFormats. */
	static final String SCHEMA_LOCATION = "http://ltsc.ieee.org/xsd/lomv1.0/lomLoose.xsd";

	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	/** LOM's own vocabularies. */
	static final String LOM_SOURCE = "LOMv1.0";

	/** The ScoLOMFR profile's vocabularies, version 3.1 (the source value its schemas enumerate). */
	static final String SCOLOMFR_SOURCE = "SCOLOMFRv3.1";

	/** numedu's own vocabularies, for what neither LOM nor ScoLOMFR names. */
	static final String NUMEDU_SOURCE = "numedu";

	/** The catalogue name of numedu's identifiers in {@code general/identifier} and {@code metaMetadata/identifier}. */
	static final String CATALOG = "numedu";

	/** The taxonomies of the classification, as their {@code taxonPath/source} names them. */
	static final String DISCIPLINES_SOURCE = "numedu — disciplines (Fédération Wallonie-Bruxelles)";

	static final String YEARS_SOURCE = "numedu — étapes et années d'études (Fédération Wallonie-Bruxelles)";

	static final String ACCOMMODATIONS_SOURCE = "numedu — aménagements raisonnables";

	static final String ACCESSIBILITY_SOURCE = "schema.org — accessibilityFeature";

	/** The concepts of ScoLOMFR's vocabularies are named by URIs under this prefix. */
	static final String SCOLOMFR_CONCEPT = "http://data.education.fr/voc/scolomfr/concept/";

	/**
	 * numedu's kinds that ScoLOMFR 3.1's "type pédagogique" (scolomfr-voc-010) names and LOM does not: a lesson sequence
	 * is a "scénario pédagogique" (num-020), a teacher's tool sheet a "fiche pédagogique" (num-028), an educational game
	 * a "jeu éducatif" (num-013). Video, audio and online courses are document types or formats there, not
	 * pedagogical types, so they keep numedu's source.
	 */
	private static final Map<ResourceType, String> SCOLOMFR_TYPES = new EnumMap<>(Map.of(
			ResourceType.SEQUENCE, SCOLOMFR_CONCEPT + "scolomfr-voc-010-num-020",
			ResourceType.TOOL_SHEET, SCOLOMFR_CONCEPT + "scolomfr-voc-010-num-028",
			ResourceType.GAME, SCOLOMFR_CONCEPT + "scolomfr-voc-010-num-013"));

	/**
	 * ScoLOMFR concepts read back as numedu's kinds: the three above, and the voc-010 concepts that are LOM's own values
	 * under another name ({@code …/concept/exercise}, {@code …/concept/self_assessment}…).
	 */
	private static final Map<String, ResourceType> TYPES_BY_SCOLOMFR = new HashMap<>();

	static {
		SCOLOMFR_TYPES.forEach((type, uri) -> TYPES_BY_SCOLOMFR.put(uri, type));
		for (ResourceType type : ResourceType.values()) {
			if (type.lomValue() != null) {
				TYPES_BY_SCOLOMFR.put(SCOLOMFR_CONCEPT + type.lomValue().replace(' ', '_'), type);
			}
		}
	}

	/** LOM's values for 5.5 intended end user role; numedu's parents are written under numedu's source. */
	static final String ROLE_TEACHER = "teacher";

	static final String ROLE_LEARNER = "learner";

	private Lom() {
	}

	/** A vocabulary entry: its source and its value. */
	record Term(String source, String value) {
	}

	/** How a kind of resource is written in 5.2 learning resource type. */
	static Term type(ResourceType type) {
		if (type.lomValue() != null) {
			return new Term(LOM_SOURCE, type.lomValue());
		}
		String scolomfr = SCOLOMFR_TYPES.get(type);
		return scolomfr != null ? new Term(SCOLOMFR_SOURCE, scolomfr) : new Term(NUMEDU_SOURCE, type.name());
	}

	/** The kind of resource a 5.2 entry names, whatever source numedu knows it from. */
	static Optional<ResourceType> type(String source, String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.strip();
		if (v.startsWith(SCOLOMFR_CONCEPT)) {
			return Optional.ofNullable(TYPES_BY_SCOLOMFR.get(v));
		}
		for (ResourceType type : ResourceType.values()) {
			if (v.equalsIgnoreCase(type.lomValue()) || v.equalsIgnoreCase(type.name())) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** How an audience is written in 5.5 intended end user role. */
	static Term role(Audience audience) {
		return switch (audience) {
			case ENSEIGNANT -> new Term(LOM_SOURCE, ROLE_TEACHER);
			case ELEVE -> new Term(LOM_SOURCE, ROLE_LEARNER);
			case PARENT -> new Term(NUMEDU_SOURCE, "parent");
		};
	}

	/** The audience a 5.5 value names. */
	static Optional<Audience> audience(String value) {
		if (value == null) {
			return Optional.empty();
		}
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case ROLE_TEACHER, "enseignant" -> Optional.of(Audience.ENSEIGNANT);
			case ROLE_LEARNER, "eleve", "élève" -> Optional.of(Audience.ELEVE);
			case "parent" -> Optional.of(Audience.PARENT);
			default -> Optional.empty();
		};
	}

	/**
	 * LOM's 5.6 context for a year: school for the years of maternel, primaire and secondaire; training for adult
	 * education (promotion sociale) and teacher training.
	 */
	static String context(SchoolYear year) {
		return year == SchoolYear.EPS || year == SchoolYear.FORMATION ? "training" : "school";
	}

	/**
	 * The usual age of pupils at the start of a school year in the FWB (entry in maternel at 2½ to 3, in primaire at
	 * 6, in secondaire at 12), or -1 for the years that have no typical age (adult education, teacher training).
	 */
	static int startAge(SchoolYear year) {
		return switch (year) {
			case EPS, FORMATION -> -1;
			default -> 3 + year.ordinal();
		};
	}
}
