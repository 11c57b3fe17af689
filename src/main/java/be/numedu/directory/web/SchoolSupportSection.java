package be.numedu.directory.web;

import java.util.Map;

import be.numedu.directory.domain.Finder;
import be.numedu.schools.SchoolPageSection;
import be.numedu.schools.SchoolSummary;
import org.springframework.stereotype.Component;

/** Adds "who supports this school" to the register's school pages. */
@Component
class SchoolSupportSection implements SchoolPageSection {

	private final Finder finder;

	SchoolSupportSection(Finder finder) {
		this.finder = finder;
	}

	@Override
	public String template() {
		return "directory/school-support";
	}

	@Override
	public String selector() {
		return "section";
	}

	@Override
	public Map<String, Object> model(SchoolSummary school) {
		return Map.of("matches", finder.supporting(school), "school", school);
	}
}
