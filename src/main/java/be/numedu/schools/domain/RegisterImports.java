package be.numedu.schools.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports FASE files: from the administrator's upload page (in the background, with progress), from the API or the
 * command line (waiting for the end), and the shipped file at first start. One import runs at a time. Each import is
 * recorded with what it did; the register itself changes in one transaction or not at all.
 */
@Service
public class RegisterImports {

	private static final Logger log = LoggerFactory.getLogger(RegisterImports.class);

	/** Thrown when an import is asked for while another one runs. */
	public static final class AlreadyRunning extends RuntimeException {

		AlreadyRunning() {
			super("Un import du registre est déjà en cours : attendez qu'il se termine.");
		}
	}

	private final RegisterImportRepository imports;

	private final RegisterApplier applier;

	private final RegisterQueries queries;

	private final SchoolsProperties properties;

	private final TaskExecutor executor;

	private final TransactionTemplate inNewTransaction;

	/** One import at a time in this process; the RUNNING status in the database guards across processes. */
	private final Semaphore running = new Semaphore(1);

	RegisterImports(RegisterImportRepository imports, RegisterApplier applier, RegisterQueries queries,
			SchoolsProperties properties, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			PlatformTransactionManager transactions) {
		this.imports = imports;
		this.applier = applier;
		this.queries = queries;
		this.properties = properties;
		this.executor = executor;
		this.inNewTransaction = new TransactionTemplate(transactions);
		this.inNewTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/** Starts an import in the background and returns its id at once; its page shows the progress. */
	public long start(String sourceName, byte[] content, String startedBy, boolean allowMassRetirement) {
		if (!running.tryAcquire()) {
			throw new AlreadyRunning();
		}
		try {
			long id = begin(sourceName, startedBy, estimateRows(content), allowMassRetirement).getId();
			executor.execute(() -> {
				try {
					process(id, new ByteArrayInputStream(content), allowMassRetirement);
				}
				finally {
					running.release();
				}
			});
			return id;
		}
		catch (RuntimeException e) {
			running.release();
			throw e;
		}
	}

	/** Imports and waits for the end (API, command line, first start). */
	public RegisterImport run(String sourceName, InputStream content, String startedBy, boolean allowMassRetirement) {
		if (!running.tryAcquire()) {
			throw new AlreadyRunning();
		}
		try {
			RegisterImport record = begin(sourceName, startedBy, 0, allowMassRetirement);
			process(record.getId(), content, allowMassRetirement);
			return find(record.getId()).orElseThrow();
		}
		finally {
			running.release();
		}
	}

	public Optional<RegisterImport> find(long id) {
		return inNewTransaction.execute(status -> imports.findById(id).map(record -> {
			record.getTallies().size();
			record.getErrors().size();
			return record;
		}));
	}

	public List<RegisterImport> recent(int count) {
		return imports.findByOrderByStartedAtDesc(Limit.of(count));
	}

	/** Imports whose changes reached the database but maybe not the search index (numedu stopped in between). */
	boolean indexPending() {
		return !imports.findByIndexPendingTrue().isEmpty();
	}

	void confirmIndexed() {
		inNewTransaction.executeWithoutResult(status -> imports.findByIndexPendingTrue().forEach(RegisterImport::indexed));
	}

	/**
	 * At start: an import still marked running that began before this process was cut off by a stop of numedu; its
	 * transaction rolled back.
	 */
	void failInterrupted(Instant processStart) {
		inNewTransaction.executeWithoutResult(status -> imports.findByStatus(ImportStatus.RUNNING).stream()
			.filter(record -> record.getStartedAt().isBefore(processStart))
			.forEach(record -> record.fail("Import interrompu par un arrêt de numedu : le registre est resté tel qu'avant. "
						+ "Relancez l'import.")));
	}

	private RegisterImport begin(String sourceName, String startedBy, int estimatedRows, boolean allowMassRetirement) {
		return inNewTransaction.execute(status -> {
			if (imports.existsByStatus(ImportStatus.RUNNING)) {
				throw new AlreadyRunning();
			}
			return imports.save(new RegisterImport(sourceName, startedBy, estimatedRows, allowMassRetirement));
		});
	}

	private void process(long id, InputStream content, boolean allowMassRetirement) {
		FaseRegisterReader reader = new FaseRegisterReader(rows -> update(id, record -> record.progress(rows)));
		RegisterSnapshot snapshot = null;
		try {
			snapshot = reader.read(content);
			if (snapshot.isRefused()) {
				String refusal = snapshot.refusal();
				update(id, record -> record.refuse(refusal, null, 0));
				return;
			}
			String message = snapshot.readToEnd() ? null
					: "Une partie du fichier n'a pas pu être lue : ses lignes lisibles ont été importées, mais rien "
							+ "n'a été retiré du registre.";
			applier.apply(id, snapshot, reader.errorCount(), message, allowMassRetirement,
					properties.maxRetirementShare());
			// The index took the changes when the transaction committed (write-sync): it is now safe to say so.
			update(id, RegisterImport::indexed);
			queries.forgetSchools();
		}
		catch (RegisterApplier.TooManyRetirements e) {
			RegisterSnapshot read = snapshot;
			update(id, record -> record.refuse("Ce fichier retirerait " + e.schools + " établissement(s) et " + e.sites
					+ " implantation(s) du registre, plus de " + Math.round(properties.maxRetirementShare() * 100)
					+ " % de ceux qui y sont actifs : le fichier est peut-être incomplet. Rien n'a été modifié. Si ces "
					+ "retraits sont voulus, relancez l'import en confirmant les retraits massifs.", read,
					reader.errorCount()));
		}
		catch (RuntimeException e) {
			log.error("Import {} du registre FASE échoué", id, e);
			update(id, record -> record.fail("L'import a échoué sur une erreur inattendue : le registre est resté tel "
					+ "qu'avant. Réessayez ; si l'erreur persiste, signalez-la avec le numéro de l'import (" + id + ")."));
		}
	}

	private void update(long id, Consumer<RegisterImport> change) {
		inNewTransaction.executeWithoutResult(status -> imports.findById(id).ifPresent(change));
	}

	private static int estimateRows(byte[] content) {
		int lines = 0;
		for (byte b : content) {
			if (b == '\n') {
				lines++;
			}
		}
		return Math.max(0, lines - 1);
	}
}
