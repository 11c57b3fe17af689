package be.numedu.schools;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;

/**
 * A school as other modules see it, with its active implantations.
 *
 * @param fase its FASE number
 * @param name its name as in the register
 * @param bce its number at the Banque-Carrefour des Entreprises, or {@code null}
 * @param network its network
 * @param zone its zone ("bassin")
 * @param district its administrative district
 * @param street street and number of its seat
 * @param postcode postcode of its seat
 * @param municipality municipality of its seat
 * @param organisingBodyFase FASE number of its organising body (PO)
 * @param organisingBodyName name of its organising body
 * @param sites its active implantations
 * @param retired whether the school has left the register
 */
public record SchoolSummary(int fase, String name, String bce, Network network, Zone zone, String district,
		String street, String postcode, String municipality, int organisingBodyFase, String organisingBodyName,
		List<SiteSummary> sites, boolean retired) {

	public Set<TeachingType> teachingTypes() {
		Set<TeachingType> types = EnumSet.noneOf(TeachingType.class);
		sites.forEach(site -> types.addAll(site.teachingTypes()));
		return types;
	}

	public Set<Level> levels() {
		Set<Level> levels = EnumSet.noneOf(Level.class);
		teachingTypes().forEach(type -> levels.add(type.level()));
		return levels;
	}
}
