package be.numedu.support.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEntryRepository extends JpaRepository<RequestEntry, Long> {

	List<RequestEntry> findByRequestIdOrderByAtAscIdAsc(Long requestId);
}
