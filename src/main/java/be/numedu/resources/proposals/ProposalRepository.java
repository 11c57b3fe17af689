package be.numedu.resources.proposals;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<ImprovementProposal, Long> {

	List<ImprovementProposal> findByResourceIdOrderByCreatedAtDesc(long resourceId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from ImprovementProposal p where p.id = ?1")
	Optional<ImprovementProposal> lockById(long id);
}
