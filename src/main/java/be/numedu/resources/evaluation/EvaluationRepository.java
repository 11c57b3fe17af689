package be.numedu.resources.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	Optional<Evaluation> findByResourceIdAndReviewerId(long resourceId, long reviewerId);

	List<Evaluation> findByResourceIdOrderByUpdatedAtDescIdDesc(long resourceId);

	long countByResourceId(long resourceId);

	/** The resources that have at least one evaluation, to rank again when the grid changes. */
	@Query("select distinct e.resourceId from Evaluation e order by e.resourceId")
	List<Long> evaluatedResources();
}
