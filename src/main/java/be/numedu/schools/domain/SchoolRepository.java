package be.numedu.schools.domain;

import java.util.List;
import java.util.Optional;

import be.numedu.shared.Zone;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, Long> {

	@Query("select s from School s join fetch s.organisingBody where s.fase = ?1")
	Optional<School> findByFase(int fase);

	@Query("select distinct o.school from SchoolOffering o where o.site.fase = ?1")
	List<School> findBySiteFase(int siteFase);

	@Query("select distinct s from School s join fetch s.organisingBody left join fetch s.offerings o left join fetch o.site")
	List<School> findAllForImport();

	@Query("select s from School s join fetch s.organisingBody where s.organisingBody.fase = ?1 order by s.name")
	List<School> findByOrganisingBodyFase(int bodyFase);

	long countByRetiredAtIsNull();

	@Query("select distinct s.zone from School s where s.retiredAt is null")
	List<Zone> activeZones();
}
