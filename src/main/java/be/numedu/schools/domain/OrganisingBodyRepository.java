package be.numedu.schools.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisingBodyRepository extends JpaRepository<OrganisingBody, Long> {

	long countByRetiredAtIsNull();
}
