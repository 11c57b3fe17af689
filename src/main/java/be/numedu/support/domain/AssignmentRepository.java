package be.numedu.support.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	@Query("select a from Assignment a where a.operatorSlug = ?1 and a.startedAt >= ?2")
	List<Assignment> startedSince(String operatorSlug, Instant since);

	@Query("select a from Assignment a where a.startedAt >= ?1")
	List<Assignment> allStartedSince(Instant since);
}
