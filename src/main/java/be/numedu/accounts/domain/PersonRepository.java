package be.numedu.accounts.domain;

import java.util.Optional;

import be.numedu.accounts.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	boolean existsByRole(Role role);

	long countByDemoTrue();

	long deleteByDemoTrue();
}
