package be.numedu.schools.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import be.numedu.schools.domain.RegisterSnapshot.BodyRecord;
import be.numedu.schools.domain.RegisterSnapshot.OfferingKey;
import be.numedu.schools.domain.RegisterSnapshot.SchoolRecord;
import be.numedu.schools.domain.RegisterSnapshot.SiteRecord;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a read FASE file into the register in one transaction: it updates in place what the file names (keyed by
 * FASE numbers), adds what is new, brings back what had been retired, and retires what the file no longer names.
 * If anything fails, or the process stops, the transaction rolls back and the register is as it was.
 */
@Component
class RegisterApplier {

	private final EntityManager entityManager;

	private final OrganisingBodyRepository bodies;

	private final SchoolSiteRepository sites;

	private final SchoolRepository schools;

	private final RegisterImportRepository imports;

	RegisterApplier(EntityManager entityManager, OrganisingBodyRepository bodies, SchoolSiteRepository sites,
			SchoolRepository schools, RegisterImportRepository imports) {
		this.entityManager = entityManager;
		this.bodies = bodies;
		this.sites = sites;
		this.schools = schools;
		this.imports = imports;
	}

	/** Thrown, before anything is written, when the file would retire more than the allowed share of the register. */
	static final class TooManyRetirements extends RuntimeException {

		final int schools;

		final int sites;

		TooManyRetirements(int schools, int sites) {
			super("too many retirements");
			this.schools = schools;
			this.sites = sites;
		}
	}

	/**
	 * Writes the file into the register and, in the same transaction, the import's outcome: after a crash, an import
	 * still marked running changed nothing, and one marked succeeded changed everything.
	 */
	@Transactional
	public Map<RecordKind, Tally> apply(long importId, RegisterSnapshot file, int errorCount, String message,
			boolean allowMassRetirement, double maxRetirementShare) {
		Instant now = Instant.now();
		Map<Integer, OrganisingBody> bodyByFase = index(bodies.findAll(), OrganisingBody::getFase);
		Map<Integer, SchoolSite> siteByFase = index(sites.findAll(), SchoolSite::getFase);
		Map<Integer, School> schoolByFase = index(schools.findAllForImport(), School::getFase);

		if (!allowMassRetirement && file.readToEnd()) {
			int schoolsToRetire = toRetire(schoolByFase, file.schools().keySet(), file.kept().schools());
			int sitesToRetire = toRetire(siteByFase, file.sites().keySet(), file.kept().sites());
			if (tooMany(schoolsToRetire, schoolByFase, maxRetirementShare)
					|| tooMany(sitesToRetire, siteByFase, maxRetirementShare)) {
				throw new TooManyRetirements(schoolsToRetire, sitesToRetire);
			}
		}

		Map<RecordKind, Tally> tallies = new EnumMap<>(RecordKind.class);
		Counter bodyCount = new Counter();
		for (BodyRecord record : file.bodies().values()) {
			upsert(bodyByFase, record.fase(), fase -> new OrganisingBody(fase, now),
					body -> body.update(record.name(), record.bce(), record.address()), bodyCount, now);
		}
		Counter siteCount = new Counter();
		for (SiteRecord record : file.sites().values()) {
			upsert(siteByFase, record.fase(), fase -> new SchoolSite(fase, now),
					site -> site.update(record.address(), record.latitude(), record.longitude()), siteCount, now);
		}
		Counter schoolCount = new Counter();
		for (SchoolRecord record : file.schools().values()) {
			upsert(schoolByFase, record.fase(), fase -> new School(fase, now),
					school -> school.update(record.name(), record.bce(), record.network(), record.zone(),
							record.district(), record.address(), bodyByFase.get(record.bodyFase())),
					schoolCount, now);
		}
		Tally offeringTally = applyOfferings(file, schoolByFase, siteByFase, now);

		if (file.readToEnd()) {
			bodyCount.retireMissing(bodyByFase, file.bodies().keySet(), file.kept().bodies(), now);
			siteCount.retireMissing(siteByFase, file.sites().keySet(), file.kept().sites(), now);
			schoolCount.retireMissing(schoolByFase, file.schools().keySet(), file.kept().schools(), now);
		}
		tallies.put(RecordKind.ORGANISING_BODY, bodyCount.tally());
		tallies.put(RecordKind.SCHOOL, schoolCount.tally());
		tallies.put(RecordKind.SITE, siteCount.tally());
		tallies.put(RecordKind.OFFERING, offeringTally);

		// The indexed values drawn from offerings and implantations are refreshed here, not tracked field by field.
		entityManager.flush();
		SearchSession search = Search.session(entityManager);
		schoolByFase.values().forEach(school -> search.indexingPlan().addOrUpdate(school));
		imports.findById(importId).orElseThrow().succeed(tallies, file, errorCount, message);
		return tallies;
	}

	private Tally applyOfferings(RegisterSnapshot file, Map<Integer, School> schoolByFase,
			Map<Integer, SchoolSite> siteByFase, Instant now) {
		Map<OfferingKey, SchoolOffering> existing = new HashMap<>();
		schoolByFase.values().forEach(school -> school.getOfferings().forEach(offering -> existing.put(
				new OfferingKey(school.getFase(), offering.getSite().getFase(), offering.getTeachingType()), offering)));
		int added = 0;
		int reactivated = 0;
		int unchanged = 0;
		int retired = 0;
		for (OfferingKey key : file.offerings()) {
			SchoolOffering offering = existing.get(key);
			if (offering == null) {
				School school = schoolByFase.get(key.schoolFase());
				offering = persist(new SchoolOffering(school, siteByFase.get(key.siteFase()), key.teachingType()));
				school.addOffering(offering);
				added++;
			}
			else if (offering.isRetired()) {
				offering.reactivate();
				reactivated++;
			}
			else {
				unchanged++;
			}
		}
		if (file.readToEnd()) {
			for (Map.Entry<OfferingKey, SchoolOffering> entry : existing.entrySet()) {
				if (!entry.getValue().isRetired() && !file.offerings().contains(entry.getKey())
						&& !file.kept().offerings().contains(entry.getKey())) {
					entry.getValue().retire(now);
					retired++;
				}
			}
		}
		return new Tally(added, 0, retired, reactivated, unchanged);
	}

	private static <T extends RegisterEntry> int toRetire(Map<Integer, T> existing, Set<Integer> inFile,
			Set<Integer> kept) {
		return (int) existing.values().stream()
			.filter(e -> !e.isRetired() && !inFile.contains(e.getFase()) && !kept.contains(e.getFase()))
			.count();
	}

	private static boolean tooMany(int toRetire, Map<Integer, ? extends RegisterEntry> existing, double share) {
		long active = existing.values().stream().filter(e -> !e.isRetired()).count();
		return active > 0 && toRetire > active * share;
	}

	/** Updates the entry of a FASE number from the file, creating it if the register does not have it yet. */
	private <T extends RegisterEntry> void upsert(Map<Integer, T> byFase, int fase, IntFunction<T> create,
			Predicate<T> update, Counter counter, Instant now) {
		T entry = byFase.get(fase);
		if (entry == null) {
			entry = create.apply(fase);
			update.test(entry);
			byFase.put(fase, persist(entry));
			counter.added++;
		}
		else {
			counter.existing(entry, update.test(entry), now);
		}
	}

	private <T> T persist(T entity) {
		entityManager.persist(entity);
		return entity;
	}

	private static <T> Map<Integer, T> index(Iterable<T> entries, Function<T, Integer> fase) {
		Map<Integer, T> map = new HashMap<>();
		entries.forEach(e -> map.put(fase.apply(e), e));
		return map;
	}

	/** Counts what happened to the entries of one kind. */
	private static final class Counter {

		private int added;

		private int updated;

		private int retired;

		private int reactivated;

		private int unchanged;

		void existing(RegisterEntry entry, boolean changed, Instant now) {
			if (entry.isRetired()) {
				entry.reactivate(now);
				reactivated++;
			}
			else if (changed) {
				entry.touch(now);
				updated++;
			}
			else {
				unchanged++;
			}
		}

		<T extends RegisterEntry> void retireMissing(Map<Integer, T> existing, Set<Integer> inFile, Set<Integer> kept,
				Instant now) {
			for (T entry : existing.values()) {
				if (!entry.isRetired() && !inFile.contains(entry.getFase()) && !kept.contains(entry.getFase())) {
					entry.retire(now);
					retired++;
				}
			}
		}

		Tally tally() {
			return new Tally(added, updated, retired, reactivated, unchanged);
		}
	}
}
