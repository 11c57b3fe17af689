package be.numedu.schools.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterImportRepository extends JpaRepository<RegisterImport, Long> {

	boolean existsByStatus(ImportStatus status);

	List<RegisterImport> findByStatus(ImportStatus status);

	List<RegisterImport> findByIndexPendingTrue();

	List<RegisterImport> findByOrderByStartedAtDesc(Limit limit);
}
