package be.numedu.directory.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.directory.OperatorCard;
import be.numedu.directory.OperatorCategory;
import be.numedu.shared.Network;
import be.numedu.shared.Region;
import be.numedu.shared.Zone;

/**
 * The visual map of the support landscape, laid out for an SVG: one column per category, and in each column the
 * operators grouped by coverage (those reached through a network's affiliation first, then those serving all
 * networks), each box saying which networks and which part of the territory it serves.
 */
record Landscape(int width, int height, List<Column> columns) {

	static final int COLUMN_WIDTH = 270;

	static final int BOX_WIDTH = 246;

	static final int BOX_HEIGHT = 66;

	static final int GAP = 12;

	static final int TOP = 52;

	record Column(OperatorCategory category, int x, int height, List<Box> boxes) {
	}

	/**
	 * @param networksKey message key of the networks served ({@code landscape.networks.all}, or a network's own key)
	 * @param zonesKey message key of the territory served
	 */
	record Box(OperatorCard card, int x, int y, String networksKey, String zonesKey) {
	}

	private static final Set<Network> SCHOOL_NETWORKS = EnumSet.of(Network.WBE, Network.SUBVENTIONNE_COMMUNAL,
			Network.SUBVENTIONNE_PROVINCIAL, Network.COCOF, Network.LIBRE_CONFESSIONNEL,
			Network.LIBRE_NON_CONFESSIONNEL);

	static Landscape of(List<OperatorCard> cards) {
		List<Column> columns = new ArrayList<>();
		int tallest = 0;
		OperatorCategory[] categories = OperatorCategory.values();
		for (int i = 0; i < categories.length; i++) {
			OperatorCategory category = categories[i];
			int x = i * COLUMN_WIDTH + GAP;
			List<OperatorCard> inColumn = cards.stream()
				.filter(card -> card.category() == category)
				.sorted(Comparator.comparing((OperatorCard card) -> !card.byAffiliation())
					.thenComparing(OperatorCard::shortName, String.CASE_INSENSITIVE_ORDER))
				.toList();
			List<Box> boxes = new ArrayList<>();
			int y = TOP;
			for (OperatorCard card : inColumn) {
				boxes.add(new Box(card, x, y, networksKey(card), zonesKey(card)));
				y += BOX_HEIGHT + GAP;
			}
			tallest = Math.max(tallest, y);
			columns.add(new Column(category, x - GAP / 2, 0, boxes));
		}
		int height = Math.max(tallest, TOP + BOX_HEIGHT) + GAP;
		List<Column> sized = columns.stream().map(c -> new Column(c.category(), c.x(), height - GAP, c.boxes())).toList();
		return new Landscape(categories.length * COLUMN_WIDTH + GAP, height, sized);
	}

	private static String networksKey(OperatorCard card) {
		if (card.networks().containsAll(SCHOOL_NETWORKS)) {
			return "landscape.networks.all";
		}
		if (card.networks().size() == 1) {
			return "Network." + card.networks().iterator().next().name();
		}
		Set<Network.Family> families = EnumSet.noneOf(Network.Family.class);
		card.networks().forEach(network -> families.add(network.family()));
		return families.size() == 1 ? "Family." + families.iterator().next().name() : "landscape.networks.several";
	}

	private static String zonesKey(OperatorCard card) {
		if (card.zones().containsAll(Zone.zones())) {
			return "landscape.zones.all";
		}
		if (card.zones().equals(Zone.inRegion(Region.WALLONIE))) {
			return "Region.WALLONIE";
		}
		if (card.zones().equals(Zone.inRegion(Region.BRUXELLES_CAPITALE))) {
			return "Region.BRUXELLES_CAPITALE";
		}
		return "landscape.zones.some";
	}
}
