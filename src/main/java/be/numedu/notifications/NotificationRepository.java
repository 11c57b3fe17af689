package be.numedu.notifications;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every read and write names the person: nobody reaches another person's notifications through here. */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	Page<Notification> findByPersonId(long personId, Pageable pageable);

	Optional<Notification> findByIdAndPersonId(long id, long personId);

	long countByPersonIdAndReadAtIsNull(long personId);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.personId = :person and n.readAt is null")
	int markAllRead(@Param("person") long personId, @Param("now") Instant now);
}
