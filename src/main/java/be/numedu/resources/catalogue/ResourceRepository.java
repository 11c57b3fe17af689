package be.numedu.resources.catalogue;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResourceRepository extends JpaRepository<Resource, Long> {

	/** The resource with its row locked until the transaction ends: one change at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Resource r where r.id = ?1")
	Optional<Resource> lockById(long id);

	@Modifying
	@Query("update Resource r set r.ranking = ?2, r.evaluationCount = ?3 where r.id = ?1")
	int rank(long id, double ranking, int evaluations);

	/** Published resources' links not checked since the date, the never-checked and the oldest first. */
	@Query("select new be.numedu.resources.catalogue.LinkToCheck(r.id, r.url) from Resource r "
			+ "where r.status = be.numedu.resources.catalogue.ResourceStatus.PUBLISHED "
			+ "and r.url is not null and (r.linkCheckedAt is null or r.linkCheckedAt < ?1) "
			+ "order by r.linkCheckedAt asc nulls first, r.id")
	List<LinkToCheck> linksToCheck(java.time.Instant checkedBefore, Pageable page);

	Page<Resource> findByOwnerIdOrderByUpdatedAtDesc(long ownerId, Pageable page);

	Page<Resource> findByStatusInOrderBySubmittedAtAsc(List<ResourceStatus> statuses, Pageable page);

	long countByStatusIn(List<ResourceStatus> statuses);
}
