package be.numedu.schools.domain;

import java.util.List;
import java.util.Optional;

import be.numedu.schools.SchoolSummary;
import be.numedu.shared.Zone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the register by FASE number, and its counts. */
@Service
public class RegisterQueries {

	/**
	 * How many active entries the register holds.
	 *
	 * @param organisingBodies active organising bodies (PO)
	 * @param schools active schools
	 * @param sites active implantations
	 * @param zones the distinct zones of active schools, not counting "Hors zones"
	 * @param outsideZones whether some active schools are "Hors zones"
	 */
	public record Counts(long organisingBodies, long schools, long sites, long zones, boolean outsideZones) {
	}

	private final SchoolRepository schools;

	private final SchoolSiteRepository sites;

	private final OrganisingBodyRepository bodies;

	private final Summaries summaries;

	RegisterQueries(SchoolRepository schools, SchoolSiteRepository sites, OrganisingBodyRepository bodies,
			Summaries summaries) {
		this.schools = schools;
		this.sites = sites;
		this.bodies = bodies;
		this.summaries = summaries;
	}

	@Transactional(readOnly = true)
	public Optional<SchoolSummary> school(int fase) {
		return schools.findByFase(fase).map(summaries::of);
	}

	@Transactional(readOnly = true)
	public List<SchoolSummary> schoolsAtSite(int siteFase) {
		return schools.findBySiteFase(siteFase).stream().filter(s -> !s.isRetired()).map(summaries::of).toList();
	}

	@Transactional(readOnly = true)
	public List<SchoolSummary> schoolsOfOrganisingBody(int bodyFase) {
		return schools.findByOrganisingBodyFase(bodyFase).stream().filter(s -> !s.isRetired()).map(summaries::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public Counts counts() {
		List<Zone> zones = schools.activeZones();
		return new Counts(bodies.countByRetiredAtIsNull(), schools.countByRetiredAtIsNull(),
				sites.countByRetiredAtIsNull(), zones.stream().filter(z -> z != Zone.HORS_ZONES).count(),
				zones.contains(Zone.HORS_ZONES));
	}
}
