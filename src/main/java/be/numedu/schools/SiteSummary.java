package be.numedu.schools;

import java.util.Set;

import be.numedu.shared.TeachingType;

/**
 * An implantation as other modules see it.
 *
 * @param fase its FASE number
 * @param street street and number
 * @param postcode Belgian postcode
 * @param locality locality
 * @param municipality municipality ("commune")
 * @param latitude WGS 84 latitude, or {@code null} where the register gives none
 * @param longitude WGS 84 longitude, or {@code null}
 * @param teachingTypes what the school teaches there
 * @param retired whether the implantation has left the register
 */
public record SiteSummary(int fase, String street, String postcode, String locality, String municipality,
		Double latitude, Double longitude, Set<TeachingType> teachingTypes, boolean retired) {

	public boolean hasCoordinates() {
		return latitude != null && longitude != null;
	}
}
