package io.zaplecze.inventory.stock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.UnknownLot;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

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
		long total = this.jdbc.sql("SELECT count(*) FROM inventory.lot WHERE (CAST(:sku AS text) IS NULL OR sku = :sku)")
			.param("sku", sku, java.sql.Types.VARCHAR)
			.query(Long.class)
			.single();
		List<LotView> content = this.jdbc
			.sql(SELECT + " WHERE (CAST(:sku AS text) IS NULL OR l.sku = :sku) GROUP BY l.id"
					+ " ORDER BY l.sku, l.expiry_date NULLS LAST, l.received_at LIMIT :limit OFFSET :offset")
			.param("sku", sku, java.sql.Types.VARCHAR)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ROW)
			.list();
		return PageResponse.of(content, page, total);
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
