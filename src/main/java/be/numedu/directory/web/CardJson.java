package be.numedu.directory.web;

import java.time.Instant;
import java.util.List;

import be.numedu.directory.OperatorCard;

/**
 * A card as exported and served by the API: every field, sets as sorted codes, unknown fields as {@code null}.
 * The codes are the same as the page filters and the register's ({@code Network}, {@code Zone}…).
 */
record CardJson(String slug, String name, String shortName, String category, boolean byAffiliation,
		String missions, List<String> needs, String interventionDetails, List<String> networks, List<String> zones,
		List<String> teachingTypes, String coverageNote, List<String> interventionModes, String interactionMode,
		String responseDelay, String contactNote, String contactEmail, String contactPhone, String website,
		List<String> toPrepare, ServiceLevelJson serviceLevel, String responsibleName, String responsibleEmail, String sourceNote, Instant updatedAt,
		boolean retired, String page) {

	static CardJson of(OperatorCard card) {
		return new CardJson(card.slug(), card.name(), card.shortName(), card.category().name(), card.byAffiliation(),
				card.missions(), codes(card.needs()), card.interventionDetails(), codes(card.networks()),
				codes(card.zones()), codes(card.teachingTypes()), card.coverageNote(), codes(card.modes()),
				card.interactionMode(), card.responseDelay(), card.contactNote(), card.contactEmail(),
				card.contactPhone(), card.website(), card.toPrepare(), ServiceLevelJson.of(card.serviceLevel()),
				card.responsibleName(), card.responsibleEmail(),
				card.sourceNote(), card.updatedAt(), card.retired(), "/cartographie/operateurs/" + card.slug());
	}

	/** The declared delays; {@code null} values are not declared. */
	record ServiceLevelJson(Integer takeChargeDelay, String takeChargeUnit, Integer resolveDelay, String resolveUnit,
			String opensAt, String closesAt) {

		static ServiceLevelJson of(be.numedu.directory.ServiceLevel level) {
			return new ServiceLevelJson(level.takeChargeDelay(), name(level.takeChargeUnit()), level.resolveDelay(),
					name(level.resolveUnit()), level.opensAt() == null ? null : level.opensAt().toString(),
					level.closesAt() == null ? null : level.closesAt().toString());
		}

		private static String name(Enum<?> value) {
			return value == null ? null : value.name();
		}
	}

	private static List<String> codes(java.util.Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toList();
	}
}
