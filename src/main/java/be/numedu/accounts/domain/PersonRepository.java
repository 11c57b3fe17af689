package be.numedu.accounts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import be.numedu.accounts.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmail(String email);

	List<Person> findAllByOrderByDisplayNameAsc();

	List<Person> findByOperatorSlugAndEnabledTrueAndRoleIn(String operatorSlug, Collection<Role> roles);

	List<Person> findByRoleAndEnabledTrue(Role role);

	boolean existsByRole(Role role);

	long deleteByDemoTrue();
}
