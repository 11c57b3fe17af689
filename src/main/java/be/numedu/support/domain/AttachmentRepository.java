package be.numedu.support.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByRequestIdOrderByIdAsc(Long requestId);
}
