package be.numedu.resources.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRepository extends JpaRepository<Expert, Long> {

	List<Expert> findAllByOrderByDesignatedAtAsc();
}
