package io.zaplecze.inventory;

import java.util.List;

/**
 * The proof that the books are consistent: current stock equals the sum of the ledger, and reserved
 * stock equals the open reservation lines, for every (lot, location).
 *
 * @param consistent whether stock equals the ledger and the reservations everywhere (both lists empty)
 * @param stockRows stock rows checked
 * @param ledgerEntries ledger entries summed
 * @param ledgerMismatches rows whose on-hand differs from the ledger sum (empty when consistent)
 * @param reservationMismatches rows whose reserved quantity differs from open reservations
 */
public record StockReconciliation(boolean consistent, long stockRows, long ledgerEntries, List<Mismatch> ledgerMismatches,
		List<Mismatch> reservationMismatches) {

	public StockReconciliation {
		ledgerMismatches = List.copyOf(ledgerMismatches);
		reservationMismatches = List.copyOf(reservationMismatches);
		if (consistent != (ledgerMismatches.isEmpty() && reservationMismatches.isEmpty())) {
			throw new IllegalArgumentException("consistent must say whether there are mismatches");
		}
	}

	/** The outcome of a check that found these mismatches. */
	public static StockReconciliation of(long stockRows, long ledgerEntries, List<Mismatch> ledgerMismatches,
			List<Mismatch> reservationMismatches) {
		return new StockReconciliation(ledgerMismatches.isEmpty() && reservationMismatches.isEmpty(), stockRows,
				ledgerEntries, ledgerMismatches, reservationMismatches);
	}

	/**
	 * One inconsistent stock row.
	 *
	 * @param sku the product
	 * @param lotNumber the lot
	 * @param locationId where
	 * @param stockTable the figure in the stock table
	 * @param expected the figure the ledger (or the open reservations) gives
	 */
	public record Mismatch(String sku, String lotNumber, String locationId, long stockTable, long expected) {
	}

}
