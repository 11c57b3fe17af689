package be.numedu.resources.community;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentReportRepository extends JpaRepository<CommentReport, Long> {

	boolean existsByCommentIdAndReporterId(long commentId, long reporterId);

	long countByCommentIdAndHandledAtIsNull(long commentId);

	/** Whether a moderator already decided on reports of the comment. */
	boolean existsByCommentIdAndHandledAtIsNotNull(long commentId);

	List<CommentReport> findByCommentIdAndHandledAtIsNull(long commentId);

	List<CommentReport> findByCommentIdInAndHandledAtIsNullOrderByCreatedAtAscIdAsc(Collection<Long> commentIds);

	@Query("select r.commentId from CommentReport r where r.reporterId = ?1 and r.commentId in ?2")
	List<Long> reportedBy(long reporterId, Collection<Long> commentIds);

	/** The comments with open reports, the one waiting longest first. */
	@Query(value = "select new be.numedu.resources.community.OpenReports(r.commentId, min(r.createdAt), count(r)) "
			+ "from CommentReport r where r.handledAt is null group by r.commentId order by min(r.createdAt), r.commentId",
			countQuery = "select count(distinct r.commentId) from CommentReport r where r.handledAt is null")
	Page<OpenReports> openByComment(Pageable page);

	/** Open reports of these comments, by comment. */
	@Query("select new be.numedu.resources.community.OpenReports(r.commentId, min(r.createdAt), count(r)) "
			+ "from CommentReport r where r.handledAt is null and r.commentId in ?1 group by r.commentId")
	List<OpenReports> openFor(Collection<Long> commentIds);
}
