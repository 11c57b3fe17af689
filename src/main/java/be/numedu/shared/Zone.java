package be.numedu.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * The zones ("bassins") of the FWB, as in the "Bassin" column of the FASE register: ten zones, plus "Hors zones" for
 * the few establishments situated outside them.
 */
public enum Zone implements FaseLabelled {

	BRABANT_WALLON("Brabant wallon", Region.WALLONIE),
	BRUXELLES("Bruxelles", Region.BRUXELLES_CAPITALE),
	HAINAUT_CENTRE("Hainaut Centre", Region.WALLONIE),
	HAINAUT_SUD("Hainaut Sud", Region.WALLONIE),
	HUY_WAREMME("Huy-Waremme", Region.WALLONIE),
	LIEGE("Liège", Region.WALLONIE),
	LUXEMBOURG("Luxembourg", Region.WALLONIE),
	NAMUR("Namur", Region.WALLONIE),
	VERVIERS("Verviers", Region.WALLONIE),
	WALLONIE_PICARDE("Wallonie Picarde", Region.WALLONIE),
	HORS_ZONES("Hors zones", null);

	private final String faseLabel;

	private final Region region;

	Zone(String faseLabel, Region region) {
		this.faseLabel = faseLabel;
		this.region = region;
	}

	@Override
	public String faseLabel() {
		return faseLabel;
	}

	/** The region the zone lies in; {@code null} for "Hors zones", which is not one place. */
	public Region region() {
		return region;
	}

	/** The ten zones proper, without "Hors zones". */
	public static Set<Zone> zones() {
		return EnumSet.complementOf(EnumSet.of(HORS_ZONES));
	}

	public static Set<Zone> inRegion(Region region) {
		EnumSet<Zone> result = EnumSet.noneOf(Zone.class);
		for (Zone zone : values()) {
			if (zone.region == region) {
				result.add(zone);
			}
		}
		return result;
	}
}
