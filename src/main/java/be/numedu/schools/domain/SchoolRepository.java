package be.numedu.schools.domain;

import java.util.List;
import java.util.Optional;

import be.numedu.shared.Zone;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, Long> {

	@Query("select s from School s join fetch s.organisingBody where s.fase = ?1")
	Optional<School> findByFase(int fase);

	/** The schools that still teach at the implantation (a retired offering no longer counts). */
	@Query("select distinct o.school from SchoolOffering o where o.site.fase = ?1 and o.retiredAt is null")
	List<School> findBySiteFase(int siteFase);

	/** The names of a body's active schools, without loading their implantations. */
	@Query("select new be.numedu.schools.domain.SchoolName(s.fase, s.name) from School s "
			+ "where s.organisingBody.fase = ?1 and s.retiredAt is null order by s.name")
	List<SchoolName> namesOfOrganisingBody(int bodyFase);

	@Query("select distinct s from School s join fetch s.organisingBody left join fetch s.offerings o left join fetch o.site")
	List<School> findAllForImport();

	long countByRetiredAtIsNull();

	@Query("select distinct s.zone from School s where s.retiredAt is null")
	List<Zone> activeZones();
}
