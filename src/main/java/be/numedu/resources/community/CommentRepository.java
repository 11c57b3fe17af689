package be.numedu.resources.community;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

	/** A resource's comments, newest first (the same order as {@link #countNewer}). */
	Page<Comment> findByResourceIdOrderByCreatedAtDescIdDesc(long resourceId, Pageable page);

	/** The comment's row, locked until the transaction ends: one decision at a time on a comment. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Comment c where c.id = ?1")
	Optional<Comment> lockById(long id);

	/** How many of the resource's comments come before this one, newest first. */
	@Query("select count(c) from Comment c where c.resourceId = ?1 and (c.createdAt > ?2 or (c.createdAt = ?2 and c.id > ?3))")
	long countNewer(long resourceId, Instant createdAt, long id);

	/** What the person wrote since then, anywhere (hidden and deleted comments count too). */
	long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
