package be.numedu.schools.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.numedu.schools.SchoolSummary;
import be.numedu.schools.SiteSummary;
import be.numedu.shared.TeachingType;
import org.springframework.stereotype.Component;

/** Turns register entities into the records other modules and the pages see. */
@Component
class Summaries {

	SchoolSummary of(School school) {
		Map<SchoolSite, Set<TeachingType>> bySite = new LinkedHashMap<>();
		for (SchoolOffering offering : school.getOfferings()) {
			if (!offering.isRetired() || school.isRetired()) {
				bySite.computeIfAbsent(offering.getSite(), s -> EnumSet.noneOf(TeachingType.class))
					.add(offering.getTeachingType());
			}
		}
		List<SiteSummary> sites = new ArrayList<>();
		bySite.forEach((site, types) -> sites.add(of(site, types)));
		sites.sort(Comparator.comparingInt(SiteSummary::fase));
		Address address = school.getAddress();
		OrganisingBody body = school.getOrganisingBody();
		return new SchoolSummary(school.getFase(), school.getName(), school.getBce(), school.getNetwork(),
				school.getZone(), school.getDistrict(), address.street(), address.postcode(), address.municipality(),
				body.getFase(), body.getName(), List.copyOf(sites), school.isRetired());
	}

	SiteSummary of(SchoolSite site, Set<TeachingType> types) {
		Address address = site.getAddress();
		return new SiteSummary(site.getFase(), address.street(), address.postcode(), address.locality(),
				address.municipality(), site.getLatitude(), site.getLongitude(),
				Collections.unmodifiableSet(EnumSet.copyOf(types)), site.isRetired());
	}
}
