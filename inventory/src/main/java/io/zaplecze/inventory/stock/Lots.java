package io.zaplecze.inventory.stock;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.UnknownLot;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;
import io.zaplecze.inventory.web.Paging;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lots with their totals, and quality holds (a held lot is never allocated). */
@Component
class Lots {

	private static final String SELECT = """
			SELECT l.sku, l.lot_number, l.expiry_date, l.received_at, l.blocked, l.block_reason,
			       COALESCE(SUM(s.on_hand), 0), COALESCE(SUM(s.reserved), 0)
			FROM inventory.lot l LEFT JOIN inventory.stock s ON s.lot_id = l.id""";

	private static final RowMapper<LotView> ROW = (rs, n) -> new LotView(rs.getString(1), rs.getString(2),
			rs.getObject(3, LocalDate.class), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5),
			rs.getString(6), rs.getLong(7), rs.getLong(8));

	private final JdbcClient jdbc;

	Lots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	PageResponse<LotView> page(@Nullable String sku, PageRequest page) {
		return Paging.page(this.jdbc,
				"SELECT count(*) FROM inventory.lot WHERE (CAST(:sku AS text) IS NULL OR sku = :sku)",
				SELECT + " WHERE (CAST(:sku AS text) IS NULL OR l.sku = :sku) GROUP BY l.id"
						+ " ORDER BY l.sku, l.expiry_date NULLS LAST, l.received_at",
				Paging.text(Paging.filters(), "sku", sku), ROW, page);
	}

	@Transactional(readOnly = true)
	LotView require(String sku, String lotNumber) {
		return this.jdbc.sql(SELECT + " WHERE l.sku = ? AND l.lot_number = ? GROUP BY l.id")
			.params(sku, lotNumber)
			.query(ROW)
			.optional()
			.orElseThrow(() -> new UnknownLot(sku, lotNumber));
	}

	/** Puts a lot on quality hold (reason given) or lifts the hold (reason null). Existing reservations stay. */
	@Transactional
	LotView hold(String sku, String lotNumber, @Nullable String reason) {
		int updated = this.jdbc.sql("UPDATE inventory.lot SET blocked = ?, block_reason = ? WHERE sku = ? AND lot_number = ?")
			.params(reason != null, reason, sku, lotNumber)
			.update();
		if (updated == 0) {
			throw new UnknownLot(sku, lotNumber);
		}
		return require(sku, lotNumber);
	}

}
