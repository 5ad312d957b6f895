package io.zaplecze.inventory;

import java.util.List;

/**
 * The proof that the books are consistent: current stock equals the sum of the ledger, and reserved
 * stock equals the open reservation lines, for every (lot, location).
 *
 * @param stockRows stock rows checked
 * @param ledgerEntries ledger entries summed
 * @param ledgerMismatches rows whose on-hand differs from the ledger sum (empty when consistent)
 * @param reservationMismatches rows whose reserved quantity differs from open reservations
 */
public record StockReconciliation(long stockRows, long ledgerEntries, List<Mismatch> ledgerMismatches,
		List<Mismatch> reservationMismatches) {

	public StockReconciliation {
		ledgerMismatches = List.copyOf(ledgerMismatches);
		reservationMismatches = List.copyOf(reservationMismatches);
	}

	/** Whether stock equals the ledger and reservations everywhere. */
	public boolean consistent() {
		return this.ledgerMismatches.isEmpty() && this.reservationMismatches.isEmpty();
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
