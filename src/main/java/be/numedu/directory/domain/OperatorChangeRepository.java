package be.numedu.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorChangeRepository extends JpaRepository<OperatorChange, Long> {

	List<OperatorChange> findByOperatorIdOrderByChangedAtDescIdDesc(Long operatorId);

	Optional<OperatorChange> findFirstByOperatorIdOrderByChangedAtDescIdDesc(Long operatorId);
}
