package be.numedu.resources.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ValidationCriterionRepository extends JpaRepository<ValidationCriterion, Long> {

	List<ValidationCriterion> findByActiveTrueOrderByPosition();
}
