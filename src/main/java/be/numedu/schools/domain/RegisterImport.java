package be.numedu.schools.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One import of a FASE file: who started it, how far it went, what it changed, which rows it could not take. */
@Entity
@Table(name = "register_import")
public class RegisterImport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "source_name", nullable = false)
	private String sourceName;

	@Column(name = "started_by", nullable = false, length = 254)
	private String startedBy;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ImportStatus status;

	@Column(length = 2000)
	private String message;

	@Column(name = "total_rows", nullable = false)
	private int totalRows;

	@Column(name = "processed_rows", nullable = false)
	private int processedRows;

	@Column(name = "error_rows", nullable = false)
	private int errorRows;

	@Column(name = "allow_mass_retirement", nullable = false)
	private boolean allowMassRetirement;

	/** Set in the import's own transaction, cleared once the search index has taken the changes. */
	@Column(name = "index_pending", nullable = false)
	private boolean indexPending;

	@ElementCollection
	@CollectionTable(name = "register_import_tally", joinColumns = @JoinColumn(name = "import_id"))
	@MapKeyColumn(name = "kind", length = 30)
	@MapKeyEnumerated(EnumType.STRING)
	private Map<RecordKind, Tally> tallies = new EnumMap<>(RecordKind.class);

	@ElementCollection
	@CollectionTable(name = "register_import_error", joinColumns = @JoinColumn(name = "import_id"))
	@OrderColumn(name = "position")
	private List<ImportError> errors = new ArrayList<>();

	@Version
	private long version;

	protected RegisterImport() {
	}

	RegisterImport(String sourceName, String startedBy, int totalRows, boolean allowMassRetirement) {
		this.sourceName = sourceName.length() > 255 ? sourceName.substring(0, 255) : sourceName;
		this.startedBy = startedBy;
		this.startedAt = Instant.now();
		this.status = ImportStatus.RUNNING;
		this.totalRows = totalRows;
		this.allowMassRetirement = allowMassRetirement;
	}

	void progress(int processedRows) {
		this.processedRows = processedRows;
	}

	void succeed(Map<RecordKind, Tally> tallies, RegisterSnapshot snapshot, int errorRows, String message) {
		this.tallies.putAll(tallies);
		this.errors.addAll(snapshot.errors().stream().map(e -> new ImportError(e.line(), e.message())).toList());
		this.errorRows = errorRows;
		this.processedRows = snapshot.rowCount();
		this.totalRows = snapshot.rowCount();
		this.indexPending = true;
		finish(ImportStatus.SUCCEEDED, message);
	}

	void indexed() {
		this.indexPending = false;
	}


	void refuse(String message, RegisterSnapshot snapshot, int errorRows) {
		if (status != ImportStatus.RUNNING) {
			return;
		}
		if (snapshot != null) {
			this.errors.addAll(snapshot.errors().stream().map(e -> new ImportError(e.line(), e.message())).toList());
			this.processedRows = snapshot.rowCount();
		}
		this.errorRows = errorRows;
		finish(ImportStatus.REFUSED, message);
	}

	void fail(String message) {
		finish(ImportStatus.FAILED, message);
	}

	/** Only a running import finishes: one whose data committed keeps its outcome whatever happens after. */
	private void finish(ImportStatus status, String message) {
		if (this.status != ImportStatus.RUNNING) {
			return;
		}
		this.status = status;
		this.message = message;
		this.finishedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getSourceName() {
		return sourceName;
	}

	public String getStartedBy() {
		return startedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public ImportStatus getStatus() {
		return status;
	}

	public String getMessage() {
		return message;
	}

	public int getTotalRows() {
		return totalRows;
	}

	public int getProcessedRows() {
		return processedRows;
	}

	public int getErrorRows() {
		return errorRows;
	}

	public boolean isAllowMassRetirement() {
		return allowMassRetirement;
	}

	public Map<RecordKind, Tally> getTallies() {
		return tallies;
	}

	public List<ImportError> getErrors() {
		return errors;
	}
}
