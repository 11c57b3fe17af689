package be.numedu.directory.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.directory.InterventionMode;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.OperatorCategory;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The card editing form: bound from the request, never to the entity; {@code version} is the version the person
 * started from. Single-line fields refuse control characters, multi-line ones allow only line breaks and tabs; a
 * website must be an http(s) address (no {@code javascript:} link can reach a page).
 */
record CardForm(
		@NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "{card.error.control}") String name,
		@NotBlank @Size(max = 40) @Pattern(regexp = SINGLE_LINE, message = "{card.error.control}") String shortName,
		@NotNull OperatorCategory category, boolean byAffiliation,
		@NotBlank @Size(max = 4000) @Pattern(regexp = MULTI_LINE, message = "{card.error.control}") String missions,
		@Size(max = 4000) @Pattern(regexp = MULTI_LINE, message = "{card.error.control}") String interventionDetails,
		@Size(max = 1000) @Pattern(regexp = MULTI_LINE, message = "{card.error.control}") String coverageNote,
		@Size(max = 1000) @Pattern(regexp = MULTI_LINE, message = "{card.error.control}") String interactionMode,
		@Size(max = 300) @Pattern(regexp = SINGLE_LINE, message = "{card.error.control}") String responseDelay,
		@Size(max = 1000) @Pattern(regexp = MULTI_LINE, message = "{card.error.control}") String contactNote,
		@Size(max = 254) @Email String contactEmail,
		@Size(max = 40) @Pattern(regexp = "|[0-9 +()./-]{6,40}", message = "{card.error.phone}") String contactPhone,
		@Size(max = 300) @Pattern(regexp = "|https?://[^\\s<>\"'`]{3,290}", message = "{card.error.website}") String website,
		@Size(max = 120) @Pattern(regexp = SINGLE_LINE, message = "{card.error.control}") String responsibleName,
		@Size(max = 254) @Email String responsibleEmail,
		@Size(max = 1000) @Pattern(regexp = MULTI_LINE, message = "{card.error.control}") String sourceNote,
		@NotEmpty(message = "{card.error.needs}") List<Need> needs,
		@NotEmpty(message = "{card.error.networks}") List<Network> networks,
		@NotEmpty(message = "{card.error.zones}") List<Zone> zones,
		@NotEmpty(message = "{card.error.teachingTypes}") List<TeachingType> teachingTypes,
		List<InterventionMode> modes,
		@Size(max = 6000) @Pattern(regexp = MULTI_LINE, message = "{card.error.control}") String toPrepare,
		Long version) {

	static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

	static final String MULTI_LINE = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*";

	static final int MAX_PREPARATION_ITEMS = 20;

	static final int MAX_PREPARATION_LENGTH = 300;

	static CardForm empty() {
		return new CardForm(null, null, null, false, null, null, null, null, null, null, null, null, null, null, null,
				null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
	}

	static CardForm of(OperatorCard card) {
		return new CardForm(card.name(), card.shortName(), card.category(), card.byAffiliation(), card.missions(),
				card.interventionDetails(), card.coverageNote(), card.interactionMode(), card.responseDelay(),
				card.contactNote(), card.contactEmail(), card.contactPhone(), card.website(), card.responsibleName(),
				card.responsibleEmail(), card.sourceNote(), List.copyOf(card.needs()), List.copyOf(card.networks()),
				List.copyOf(card.zones()), List.copyOf(card.teachingTypes()), List.copyOf(card.modes()),
				String.join("\n", card.toPrepare()), card.version());
	}

	/** The items to prepare, one per non-blank line. */
	List<String> preparationItems() {
		List<String> items = new ArrayList<>();
		if (toPrepare != null) {
			for (String line : toPrepare.split("\\R")) {
				if (!line.isBlank()) {
					items.add(line.strip());
				}
			}
		}
		return items;
	}

	OperatorCard toCard(String slug) {
		return new OperatorCard(slug, clean(name), clean(shortName), category, byAffiliation, clean(missions),
				clean(interventionDetails), clean(coverageNote), clean(interactionMode), clean(responseDelay),
				clean(contactNote), clean(contactEmail), clean(contactPhone), clean(website), clean(responsibleName),
				clean(responsibleEmail), clean(sourceNote), set(needs, Need.class), set(networks, Network.class),
				set(zones, Zone.class), set(teachingTypes, TeachingType.class), set(modes, InterventionMode.class),
				preparationItems(), null, false, version == null ? -1 : version);
	}

	boolean has(Object value, List<?> values) {
		return values != null && values.contains(value);
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace("\r\n", "\n").strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
		Set<E> result = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(v -> v != null).forEach(result::add);
		}
		return result;
	}
}
