package be.numedu.resources.evaluation;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Whether an exception means that someone else held the rows a change needed (a lock waited for too long, a
 * deadlock the database broke, a row version that moved): the page then says so with a 409 and keeps what was typed,
 * rather than failing. PostgreSQL waits for locks without a limit; H2 gives up after 2 seconds.
 */
final class Contention {

	private Contention() {
	}

	static boolean is(RuntimeException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof PessimisticLockingFailureException || cause instanceof OptimisticLockingFailureException
					|| cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
					|| cause instanceof OptimisticLockException) {
				return true;
			}
		}
		return false;
	}
}
