package be.numedu.directory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.directory.InterventionMode;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.OperatorCategory;
import be.numedu.directory.ServiceLevel;
import be.numedu.shared.Network;
import be.numedu.shared.Region;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * At the first start (no card yet), creates the cards of the operators the source documents name, from
 * {@code directory/operators.json}: what those documents say of each, and nothing more. This is reference content,
 * loaded in every profile; the SGNE and the operators complete it from the pages.
 */
@Component
@Order(15)
class OperatorSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OperatorSeed.class);

	private final OperatorRepository operators;

	private final Cards cards;

	private final ObjectMapper json;

	OperatorSeed(OperatorRepository operators, Cards cards, ObjectMapper json) {
		this.operators = operators;
		this.cards = cards;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (operators.count() > 0) {
			return;
		}
		int created = cards.seed(read());
		log.info("Cartographie : {} fiche(s) d'opérateur créée(s) d'après les documents sources", created);
	}

	List<OperatorCard> read() throws IOException {
		try (InputStream input = new ClassPathResource("directory/operators.json").getInputStream()) {
			List<OperatorCard> result = new ArrayList<>();
			for (JsonNode node : json.readTree(input).get("operators")) {
				result.add(new OperatorCard(text(node, "slug"), text(node, "name"), text(node, "shortName"),
						OperatorCategory.valueOf(text(node, "category")), node.path("byAffiliation").asBoolean(false),
						text(node, "missions"), text(node, "interventionDetails"), text(node, "coverageNote"),
						text(node, "interactionMode"), text(node, "responseDelay"), text(node, "contactNote"),
						text(node, "contactEmail"), text(node, "contactPhone"), text(node, "website"),
						text(node, "responsibleName"), text(node, "responsibleEmail"), text(node, "sourceNote"),
						enums(node.get("needs"), Need.class), enums(node.get("networks"), Network.class), zones(node),
						teachingTypes(node), enums(node.get("modes"), InterventionMode.class), List.of(),
						ServiceLevel.undeclared(), null, false, 0));
			}
			return result;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static Set<Zone> zones(JsonNode node) {
		JsonNode zones = node.get("zones");
		if (zones.isString()) {
			return switch (zones.asString()) {
				case "ALL" -> EnumSet.allOf(Zone.class);
				case "WALLONIE" -> Zone.inRegion(Region.WALLONIE);
				default -> throw new IllegalArgumentException("zones: " + zones.asString());
			};
		}
		return enums(zones, Zone.class);
	}

	private static Set<TeachingType> teachingTypes(JsonNode node) {
		JsonNode types = node.get("teachingTypes");
		if (types.isString() && "COMPULSORY".equals(types.asString())) {
			return TeachingType.compulsoryEducation();
		}
		return enums(types, TeachingType.class);
	}

	private static <E extends Enum<E>> Set<E> enums(JsonNode values, Class<E> type) {
		Set<E> result = EnumSet.noneOf(type);
		if (values != null) {
			values.forEach(value -> result.add(Enum.valueOf(type, value.asString())));
		}
		return result;
	}
}
