package be.numedu.resources.catalogue;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResourceFileRepository extends JpaRepository<ResourceFile, Long> {

	List<ResourceFile> findByResourceIdAndCurrentTrueOrderById(long resourceId);

	@Query("select distinct f.resourceId from ResourceFile f where f.sha256 in ?1 and f.resourceId <> ?2 and f.current = true")
	List<Long> resourcesHolding(Collection<String> sha256s, long excluded);
}
