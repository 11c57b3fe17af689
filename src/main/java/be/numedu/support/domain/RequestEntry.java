package be.numedu.support.domain;

import java.time.Instant;

import be.numedu.support.RequestStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a request's timeline: what happened, when, by whom, and what was written. Internal entries (the
 * operators' notes) are never shown to the requester.
 */
@Entity
@Table(name = "support_entry")
public class RequestEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(nullable = false)
	private Instant at;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private EntryKind kind;

	@Column(nullable = false)
	private boolean internal;

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "author_name", nullable = false, length = 120)
	private String authorName;

	@Column(name = "operator_slug", length = 80)
	private String operatorSlug;

	@Column(length = 10000)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 30)
	private RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", length = 30)
	private RequestStatus toStatus;

	protected RequestEntry() {
	}

	RequestEntry(Long requestId, Instant at, EntryKind kind, boolean internal, Long authorId, String authorName,
			String operatorSlug, String body, RequestStatus fromStatus, RequestStatus toStatus) {
		this.requestId = requestId;
		this.at = at;
		this.kind = kind;
		this.internal = internal;
		this.authorId = authorId;
		this.authorName = authorName;
		this.operatorSlug = operatorSlug;
		this.body = body;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Instant getAt() {
		return at;
	}

	public EntryKind getKind() {
		return kind;
	}

	public boolean isInternal() {
		return internal;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getOperatorSlug() {
		return operatorSlug;
	}

	public String getBody() {
		return body;
	}

	public RequestStatus getFromStatus() {
		return fromStatus;
	}

	public RequestStatus getToStatus() {
		return toStatus;
	}
}
