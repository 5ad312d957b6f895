package io.zaplecze.inventory.command;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.InventoryProperties;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a transactional command again when PostgreSQL aborted it to break a deadlock. Stock rows are
 * always locked in (lot, location) order, so deadlocks need two commands touching both a reservation
 * and its stock from opposite ends (a pick racing a count variance); they are rare, and a retry of
 * the whole transaction (idempotency claim included) is safe.
 */
@Component
public class CommandRetry {

	private static final Logger log = LoggerFactory.getLogger(CommandRetry.class);

	private final int attempts;

	CommandRetry(InventoryProperties properties) {
		this.attempts = Math.max(1, properties.commandRetries());
	}

	/** Runs {@code command} (which opens its own transaction), retrying on lock failures. */
	public <T> T run(Supplier<T> command) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Inside a caller's transaction a retry would reuse an aborted transaction: let the caller decide.
			return command.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return command.get();
			}
			catch (ConcurrencyFailureException ex) {
				if (attempt >= this.attempts) {
					throw ex;
				}
				log.debug("Inventory command lost a lock race (attempt {}), retrying: {}", attempt, ex.getMessage());
				try {
					Thread.sleep(attempt * 5L);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/** {@link #run(Supplier)} for commands without a result. */
	public void run(Runnable command) {
		run(() -> {
			command.run();
			return null;
		});
	}

}
