package be.numedu.accounts.domain;

import java.util.Optional;

import be.numedu.accounts.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	java.util.List<Person> findAllByOrderByDisplayNameAsc();

	boolean existsByRole(Role role);

	long deleteByDemoTrue();
}
