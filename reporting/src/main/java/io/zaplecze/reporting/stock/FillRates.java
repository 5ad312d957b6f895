package io.zaplecze.reporting.stock;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.StockReserved;
import io.zaplecze.warehouse.OrderManagement;
import io.zaplecze.warehouse.OrderManagement.ShipmentView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fill rate from {@code StockReserved}: each reservation once (by id), added to its site's delivery
 * day. Unit fill rate = allocated ÷ requested; line fill rate = lines allocated in full ÷ lines.
 * A re-reservation (short pick, refilled backorder) is a new reservation and counts again: the
 * figure is "what stock could promise when asked".
 */
@Component
public class FillRates {

	private final JdbcClient jdbc;

	private final OrderManagement orders;

	FillRates(JdbcClient jdbc, OrderManagement orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	@ApplicationModuleListener
	void on(StockReserved e) {
		String site = this.orders.shipment(e.orderId()).map(ShipmentView::siteCode).orElse("?");
		record(e, site);
	}

	@Transactional
	public boolean record(StockReserved e, String site) {
		int inserted = this.jdbc.sql("""
				INSERT INTO reporting.reservation_fact (reservation_id, site, day, requested, allocated) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (reservation_id) DO NOTHING""")
			.params(e.reservationId(), site, e.deliveryDate(), e.requested(), e.allocated())
			.update();
		if (inserted == 1) {
			this.jdbc.sql("""
					INSERT INTO reporting.fill_day AS f (site, day, lines, lines_full, requested, allocated) VALUES (?, ?, 1, ?, ?, ?)
					ON CONFLICT (site, day) DO UPDATE SET lines = f.lines + 1, lines_full = f.lines_full + EXCLUDED.lines_full,
					  requested = f.requested + EXCLUDED.requested, allocated = f.allocated + EXCLUDED.allocated""")
				.params(site, e.deliveryDate(), (e.allocated() >= e.requested()) ? 1 : 0, e.requested(), e.allocated())
				.update();
		}
		return inserted == 1;
	}

	/** Lines, lines filled in full, units requested and allocated for a site (or all) over a range. */
	@Transactional(readOnly = true)
	public long[] sums(@Nullable String site, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT coalesce(sum(lines), 0), coalesce(sum(lines_full), 0), coalesce(sum(requested), 0), coalesce(sum(allocated), 0)
				FROM reporting.fill_day WHERE day BETWEEN ? AND ? AND (CAST(? AS text) IS NULL OR site = ?)""")
			.params(from, to, site, site)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
	}

}
