package be.numedu.schools.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import be.numedu.schools.SchoolSummary;
import be.numedu.shared.Zone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

	private final TransactionTemplate transactions;

	private final Cache<Integer, Optional<SchoolSummary>> schoolsByFase = Caffeine.newBuilder().maximumSize(5_000)
		.expireAfterWrite(Duration.ofMinutes(10)).build();

	private final Cache<Integer, List<SchoolSummary>> schoolsBySite = Caffeine.newBuilder().maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(10)).build();

	RegisterQueries(SchoolRepository schools, SchoolSiteRepository sites, OrganisingBodyRepository bodies,
			Summaries summaries, PlatformTransactionManager transactionManager) {
		this.schools = schools;
		this.sites = sites;
		this.bodies = bodies;
		this.summaries = summaries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
	}

	/**
	 * The school with this FASE number. Kept in memory once read: the register changes only through an import,
	 * which empties this cache when it commits; the finder and the school pages read schools on every request.
	 */
	public Optional<SchoolSummary> school(int fase) {
		return schoolsByFase.get(fase, number -> transactions.execute(status -> schools.findByFase(number).map(summaries::of)));
	}

	/** Called when an import has changed the register. */
	void forgetSchools() {
		schoolsByFase.invalidateAll();
		schoolsBySite.invalidateAll();
	}

	/** The active schools teaching at the implantation; cached like {@link #school(int)}. */
	public List<SchoolSummary> schoolsAtSite(int siteFase) {
		return schoolsBySite.get(siteFase, number -> transactions.execute(status -> schools.findBySiteFase(number).stream()
			.filter(s -> !s.isRetired())
			.map(summaries::of)
			.toList()));
	}

	@Transactional(readOnly = true)
	public List<SchoolName> schoolsOfOrganisingBody(int bodyFase) {
		return schools.namesOfOrganisingBody(bodyFase);
	}

	@Transactional(readOnly = true)
	public Counts counts() {
		List<Zone> zones = schools.activeZones();
		return new Counts(bodies.countByRetiredAtIsNull(), schools.countByRetiredAtIsNull(),
				sites.countByRetiredAtIsNull(), zones.stream().filter(z -> z != Zone.HORS_ZONES).count(),
				zones.contains(Zone.HORS_ZONES));
	}
}
