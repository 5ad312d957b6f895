package io.zaplecze.tracking.ingest;

import java.util.List;

/**
 * Stores one batch of the pipeline in one transaction. Duplicates by {@code (vehicleId, seq)} change
 * nothing. Throws {@link RejectedBatch} when the data itself was refused; any other exception means
 * the store is unavailable and the same batch may be retried.
 */
public interface BatchStore {

	Result store(List<PositionFix> fixes, List<StopEvent> events, List<DeadLetter> deadLetters);

	/**
	 * What a batch changed.
	 *
	 * @param positionsInserted positions that were new
	 * @param newEvents events that were new (their effects were recorded in the same transaction)
	 */
	record Result(int positionsInserted, List<StopEvent> newEvents) {
	}

	/** The database refused the rows themselves (a data error, not an outage): retrying cannot help. */
	final class RejectedBatch extends RuntimeException {

		public RejectedBatch(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
