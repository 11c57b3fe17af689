package be.numedu.resources.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationScoreRepository extends JpaRepository<EvaluationScore, EvaluationScore.Key> {

	@Query("select s from EvaluationScore s where s.id.evaluationId = ?1")
	List<EvaluationScore> findByEvaluation(long evaluationId);

	/** Every answer given on the resource, whatever the criterion. */
	@Query("select s from EvaluationScore s where s.id.evaluationId in "
			+ "(select e.id from Evaluation e where e.resourceId = ?1)")
	List<EvaluationScore> findByResource(long resourceId);

	/** How many evaluations gave the criterion a score (not "not applicable"). */
	@Query("select count(s) from EvaluationScore s where s.id.criterionId = ?1 and s.score is not null")
	long countScored(long criterionId);
}
