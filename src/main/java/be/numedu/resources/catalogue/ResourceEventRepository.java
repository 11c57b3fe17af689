package be.numedu.resources.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceEventRepository extends JpaRepository<ResourceEvent, Long> {

	List<ResourceEvent> findByResourceIdOrderByAtAscIdAsc(long resourceId);
}
