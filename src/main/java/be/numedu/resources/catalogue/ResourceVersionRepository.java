package be.numedu.resources.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceVersionRepository extends JpaRepository<ResourceVersion, Long> {

	List<ResourceVersion> findByResourceIdOrderByNumberDesc(long resourceId);

	Optional<ResourceVersion> findByResourceIdAndNumber(long resourceId, int number);
}
