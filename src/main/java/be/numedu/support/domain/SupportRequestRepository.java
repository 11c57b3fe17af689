package be.numedu.support.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import be.numedu.support.RequestStatus;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SupportRequestRepository extends JpaRepository<SupportRequest, Long>, JpaSpecificationExecutor<SupportRequest> {

	Optional<SupportRequest> findByReference(String reference);

	/** The request, locked for the change about to be made: two changes to one request happen one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from SupportRequest r where r.reference = ?1")
	Optional<SupportRequest> lockByReference(String reference);

	/**
	 * The open requests whose clock runs and that may have to be flagged: past their due date and not yet escalated,
	 * or due before {@code horizon} and not yet flagged as near it.
	 */
	@Query("select r from SupportRequest r where r.status in ?1 and r.dueAt is not null and r.pausedSince is null"
			+ " and ((r.escalatedAt is null and r.dueAt < ?2) or (r.nearDueNotifiedAt is null and r.dueAt < ?3))")
	List<SupportRequest> findDueCandidates(Collection<RequestStatus> statuses, Instant now, Instant horizon);

	/**
	 * Requests waiting since before {@code cutoff} for their requester's answer, whose requester has not been reminded
	 * since the question.
	 */
	@Query("select r from SupportRequest r where r.status = be.numedu.support.RequestStatus.WAITING_FOR_REQUESTER"
			+ " and r.pausedSince < ?1 and (r.remindedAt is null or r.remindedAt < r.pausedSince)")
	List<SupportRequest> findAwaitingReminder(Instant cutoff);

	@Query("select r from SupportRequest r where r.status = be.numedu.support.RequestStatus.RESOLVED and r.reopenUntil < ?1")
	List<SupportRequest> findResolvedPast(Instant now);

	Page<SupportRequest> findAll(Specification<SupportRequest> specification, Pageable pageable);
}
