package be.numedu.resources.standards;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceFile;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.SchoolYear;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;

/**
 * The database side of the OAI-PMH endpoint. Harvesters see published resources, and as deleted records the withdrawn
 * ones that had been published; drafts, submitted, returned and refused resources never appear.
 *
 * <p>Lists are read a page at a time in the order of {@code resource(updated_at, id)}, which the index
 * {@code ix_resource_updated} holds: a page starts after the position the previous one reached (keyset paging, never an
 * offset), so the hundredth page costs what the first does with a million resources. Sets are SQL filters on the
 * {@code |CODE|CODE|} columns ({@code disciplines like '%|FLA|%'}; a stage is any of its years), and from/until are
 * bounds on {@code updated_at}. The list's size is counted once, for the first page, up to a limit (10,000 by
 * default), and carried by the resumption token; a longer list is announced without its size.
 */
@Component
class HarvestQueries {

	/** What a list request asks for: a set, and bounds on the datestamp ({@code until} exclusive). */
	record Criteria(String set, Instant from, Instant until) {
	}

	private static final String VISIBLE = "(r.status = 'PUBLISHED' "
			+ "or (r.status = 'WITHDRAWN' and r.published_at is not null))";

	@PersistenceContext
	private EntityManager entityManager;

	/** The next page of the list: at most {@code limit} resources after the position, in datestamp then id order. */
	@SuppressWarnings("unchecked")
	List<Resource> page(Criteria criteria, ResumptionTokens.Position after, int limit) {
		List<Object> parameters = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select r.* from resource r where ").append(where(criteria, parameters));
		if (after != null) {
			sql.append(" and (r.updated_at, r.id) > (?, ?)");
			parameters.add(utc(after.datestamp()));
			parameters.add(after.id());
		}
		sql.append(" order by r.updated_at, r.id limit ?");
		parameters.add(limit);
		Query query = entityManager.createNativeQuery(sql.toString(), Resource.class);
		bind(query, parameters);
		return query.getResultList();
	}

	/**
	 * How many resources the list holds, counted up to a limit: {@code limit + 1} means "more than the limit". A count
	 * of a million rows reads them all; a harvest's first page must not cost that.
	 */
	long count(Criteria criteria, int limit) {
		List<Object> parameters = new ArrayList<>();
		String where = where(criteria, parameters);
		parameters.add(limit + 1);
		Query query = entityManager
			.createNativeQuery("select count(*) from (select 1 from resource r where " + where + " limit ?) counted");
		bind(query, parameters);
		return ((Number) query.getSingleResult()).longValue();
	}

	/** The resource, if harvesters may see it (published, or withdrawn after publication). */
	Optional<Resource> visible(long id) {
		Resource resource = entityManager.find(Resource.class, id);
		return Optional.ofNullable(resource).filter(HarvestQueries::isVisible);
	}

	static boolean isVisible(Resource resource) {
		return resource.getStatus() == ResourceStatus.PUBLISHED
				|| (resource.getStatus() == ResourceStatus.WITHDRAWN && resource.getPublishedAt() != null);
	}

	/** The earliest datestamp harvesters can see, if there is any record. */
	Optional<Instant> earliest() {
		Instant earliest = entityManager
			.createQuery("select min(r.updatedAt) from Resource r where r.status = ?1 or (r.status = ?2 "
					+ "and r.publishedAt is not null)", Instant.class)
			.setParameter(1, ResourceStatus.PUBLISHED)
			.setParameter(2, ResourceStatus.WITHDRAWN)
			.getSingleResult();
		return Optional.ofNullable(earliest);
	}

	/** The current files of these resources, in one query. */
	Map<Long, List<ResourceContent.FileRef>> currentFiles(Collection<Long> ids) {
		Map<Long, List<ResourceContent.FileRef>> files = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return files;
		}
		entityManager
			.createQuery("select f from ResourceFile f where f.resourceId in ?1 and f.current = true "
					+ "order by f.resourceId, f.id", ResourceFile.class)
			.setParameter(1, ids)
			.getResultStream()
			.forEach(f -> files.computeIfAbsent(f.getResourceId(), k -> new ArrayList<>())
				.add(new ResourceContent.FileRef(f.getId(), f.getName(), f.getMediaType(), f.getSizeBytes())));
		return files;
	}

	private static String where(Criteria criteria, List<Object> parameters) {
		StringBuilder where = new StringBuilder(VISIBLE);
		String set = criteria.set();
		if (set != null) {
			if (set.equals(HarvestSets.DISCIPLINES)) {
				where.append(" and r.disciplines is not null");
			}
			else if (set.startsWith(HarvestSets.DISCIPLINES + ":")) {
				String code = set.substring(HarvestSets.DISCIPLINES.length() + 1);
				if (HarvestSets.known(Discipline.class, code)) {
					where.append(" and r.disciplines like ?");
					parameters.add("%|" + code + "|%");
				}
				else {
					where.append(" and 1 = 0");
				}
			}
			else if (set.equals(HarvestSets.STAGES)) {
				where.append(" and r.years is not null");
			}
			else if (set.startsWith(HarvestSets.STAGES + ":")) {
				String code = set.substring(HarvestSets.STAGES.length() + 1);
				List<String> alternatives = new ArrayList<>();
				for (SchoolYear year : SchoolYear.values()) {
					if (year.stage().name().equals(code)) {
						alternatives.add("r.years like ?");
						parameters.add("%|" + year.name() + "|%");
					}
				}
				where.append(alternatives.isEmpty() ? " and 1 = 0"
						: " and (" + String.join(" or ", alternatives) + ")");
			}
			else {
				// XOAI answers noRecordsMatch for a set numedu does not declare before asking; this is a safeguard.
				where.append(" and 1 = 0");
			}
		}
		if (criteria.from() != null) {
			where.append(" and r.updated_at >= ?");
			parameters.add(utc(criteria.from()));
		}
		if (criteria.until() != null) {
			where.append(" and r.updated_at < ?");
			parameters.add(utc(criteria.until()));
		}
		return where.toString();
	}

	private static void bind(Query query, List<Object> parameters) {
		for (int i = 0; i < parameters.size(); i++) {
			query.setParameter(i + 1, parameters.get(i));
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
