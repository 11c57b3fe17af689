package be.numedu.schools.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolSiteRepository extends JpaRepository<SchoolSite, Long> {

	long countByRetiredAtIsNull();
}
