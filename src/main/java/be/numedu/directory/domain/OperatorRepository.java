package be.numedu.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OperatorRepository extends JpaRepository<Operator, Long> {

	Optional<Operator> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select o from Operator o order by o.name")
	List<Operator> findAllOrdered();
}
