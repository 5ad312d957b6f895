package io.zaplecze.inventory.ledger;

import java.util.List;

import io.zaplecze.inventory.StockReconciliation;
import io.zaplecze.inventory.StockReconciliation.Mismatch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that the stock table equals the ledger (and the reservation lines) with the views
 * {@code stock_ledger_mismatch} and {@code stock_reservation_mismatch}, read in one snapshot.
 */
@Component
public class Reconciliation {

	private final JdbcClient jdbc;

	Reconciliation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public StockReconciliation run() {
		long rows = this.jdbc.sql("SELECT count(*) FROM inventory.stock").query(Long.class).single();
		long entries = this.jdbc.sql("SELECT count(*) FROM inventory.ledger_entry").query(Long.class).single();
		return StockReconciliation.of(rows, entries, mismatches("stock_ledger_mismatch", "on_hand", "ledger_total"),
				mismatches("stock_reservation_mismatch", "reserved", "open_reservations"));
	}

	private List<Mismatch> mismatches(String view, String stockColumn, String expectedColumn) {
		return this.jdbc.sql("SELECT l.sku, l.lot_number, m.location_id, m." + stockColumn + ", m." + expectedColumn
				+ " FROM inventory." + view + " m JOIN inventory.lot l ON l.id = m.lot_id"
				+ " ORDER BY l.sku, l.lot_number, m.location_id")
			.query((rs, n) -> new Mismatch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

}
