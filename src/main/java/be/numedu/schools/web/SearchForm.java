package be.numedu.schools.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.schools.domain.SchoolSearch;
import be.numedu.shared.Level;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;

/**
 * The search form of the register, bound from the query string (French parameter names, so that a shared link reads
 * well). Unknown filter values are ignored rather than refused: an old bookmark still opens.
 */
record SearchForm(String q, List<String> zone, List<String> reseau, List<String> niveau, List<String> type,
		Boolean retires, Integer page, Integer taille) {

	SchoolSearch.Query toQuery(int defaultSize) {
		return new SchoolSearch.Query(q, parse(Zone.class, zone), parse(Network.class, reseau),
				parse(Level.class, niveau), parse(TeachingType.class, type), Boolean.TRUE.equals(retires),
				page == null ? 0 : page - 1, taille == null ? defaultSize : taille);
	}

	private static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> values) {
		Set<E> result = EnumSet.noneOf(type);
		if (values != null) {
			for (String value : values) {
				for (E constant : type.getEnumConstants()) {
					if (constant.name().equals(value)) {
						result.add(constant);
					}
				}
			}
		}
		return result;
	}
}
