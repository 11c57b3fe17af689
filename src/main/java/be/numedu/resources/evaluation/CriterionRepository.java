package be.numedu.resources.evaluation;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

	@Query("select c from Criterion c where c.active = true order by c.position, c.id")
	List<Criterion> findActive();

	@Query("select c from Criterion c order by c.position, c.id")
	List<Criterion> findAllInOrder();

	/** Every criterion, rows locked until the transaction ends: one change of the grid at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Criterion c order by c.id")
	List<Criterion> lockAll();

	/**
	 * The active criteria, rows locked in shared mode: the grid cannot change (a scale, in particular) while an
	 * evaluation is checked against it and stored.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select c from Criterion c where c.active = true order by c.position, c.id")
	List<Criterion> lockActiveForReading();

	Optional<Criterion> findByCodeIgnoreCase(String code);

	@Query("select coalesce(max(c.position), 0) from Criterion c")
	int maxPosition();
}
