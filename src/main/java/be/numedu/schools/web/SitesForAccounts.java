package be.numedu.schools.web;

import java.util.Optional;

import be.numedu.accounts.Attachments;
import be.numedu.schools.SchoolRegistry;
import be.numedu.schools.SchoolSummary;
import be.numedu.schools.SiteSummary;
import org.springframework.stereotype.Component;

/** Names implantations for the accounts module, which attaches school staff to them. */
@Component
class SitesForAccounts implements Attachments.Sites {

	private final SchoolRegistry registry;

	SitesForAccounts(SchoolRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Optional<String> describe(int siteFase) {
		for (SchoolSummary school : registry.schoolsAtSite(siteFase)) {
			for (SiteSummary site : school.sites()) {
				if (site.fase() == siteFase) {
					return Optional.of(school.name() + " – " + site.street() + ", " + site.postcode() + " " + site.locality());
				}
			}
		}
		return Optional.empty();
	}
}
