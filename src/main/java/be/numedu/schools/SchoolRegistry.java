package be.numedu.schools;

import java.util.List;
import java.util.Optional;

import be.numedu.schools.domain.RegisterQueries;
import be.numedu.schools.domain.SchoolSearch;
import org.springframework.stereotype.Service;

/**
 * The schools module's facade: how other modules find a school or an implantation by its FASE number or by name.
 */
@Service
public class SchoolRegistry {

	private final RegisterQueries queries;

	private final SchoolSearch search;

	SchoolRegistry(RegisterQueries queries, SchoolSearch search) {
		this.queries = queries;
		this.search = search;
	}

	/** The school with this FASE number, retired or not. */
	public Optional<SchoolSummary> school(int fase) {
		return queries.school(fase);
	}

	/** The active schools that teach at the implantation with this FASE number (usually one, at most three). */
	public List<SchoolSummary> schoolsAtSite(int siteFase) {
		return queries.schoolsAtSite(siteFase);
	}

	/**
	 * Active schools matching a name, a municipality, a postcode, or a school's or implantation's FASE number, best
	 * first.
	 */
	public List<SchoolSummary> find(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return search.search(SchoolSearch.Query.text(text, limit)).schools();
	}
}
