package io.zaplecze.inventory.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.StockFigures;
import io.zaplecze.inventory.TemperatureClass;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link StockFigures}: aggregates over stock and the ledger joined to the price valid at the time. */
@Service
class LedgerFigures implements StockFigures {

	private final JdbcClient jdbc;

	private final InventoryProperties properties;

	LedgerFigures(JdbcClient jdbc, InventoryProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	private String prefix(String site) {
		return site.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + this.properties.siteSeparator() + "%";
	}

	@Override
	@Transactional(readOnly = true)
	public List<StockValue> stockValue(String site, Instant at) {
		return this.jdbc.sql("""
				SELECT split_part(s.location_id, :sep, 2) AS zone, p.temperature_class, sum(s.on_hand),
				       coalesce(sum(s.on_hand * pr.unit_cost), 0), coalesce(sum(s.on_hand) FILTER (WHERE pr.unit_cost IS NULL), 0),
				       max(pr.currency)
				FROM inventory.stock s JOIN inventory.product p ON p.sku = s.sku
				LEFT JOIN LATERAL (SELECT unit_cost, currency FROM inventory.product_price x
				                   WHERE x.sku = s.sku AND x.site = :site AND x.valid_from <= :at
				                   ORDER BY x.valid_from DESC LIMIT 1) pr ON TRUE
				WHERE s.location_id LIKE :prefix AND s.on_hand > 0
				GROUP BY 1, 2 ORDER BY 1, 2""")
			.param("sep", this.properties.siteSeparator())
			.param("site", site)
			.param("at", Timestamp.from(at))
			.param("prefix", prefix(site))
			.query((rs, n) -> new StockValue(rs.getString(1), TemperatureClass.valueOf(rs.getString(2)), rs.getLong(3),
					rs.getBigDecimal(4), rs.getLong(5), rs.getString(6)))
			.list();
	}

	private static final String MOVEMENTS = """
			SELECT %s, coalesce(sum(-e.quantity), 0), coalesce(sum(-e.quantity * pr.unit_cost), 0),
			       coalesce(sum(-e.quantity) FILTER (WHERE pr.unit_cost IS NULL), 0)
			FROM inventory.ledger_entry e
			LEFT JOIN LATERAL (SELECT unit_cost FROM inventory.product_price x
			                   WHERE x.sku = e.sku AND x.site = :site AND x.valid_from <= e.occurred_at
			                   ORDER BY x.valid_from DESC LIMIT 1) pr ON TRUE
			WHERE e.entry_type = :type AND e.location_id LIKE :prefix AND e.occurred_at >= :from AND e.occurred_at < :to
			%s""";

	@Override
	@Transactional(readOnly = true)
	public List<Movement> writeOffs(String site, Instant from, Instant to) {
		return this.jdbc.sql(MOVEMENTS.formatted("e.reason", "GROUP BY e.reason ORDER BY 2 DESC"))
			.param("site", site)
			.param("type", "SCRAP")
			.param("prefix", prefix(site))
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Movement(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Movement picked(String site, Instant from, Instant to) {
		return this.jdbc.sql(MOVEMENTS.formatted("CAST(NULL AS text)", ""))
			.param("site", site)
			.param("type", "PICK")
			.param("prefix", prefix(site))
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Movement(null, rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4)))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SlowMover> slowMovers(String site, Instant since, int limit) {
		return this.jdbc.sql("""
				WITH held AS (
				    SELECT s.sku, sum(s.on_hand) AS on_hand FROM inventory.stock s
				    WHERE s.location_id LIKE :prefix AND s.on_hand > 0 GROUP BY s.sku),
				last_pick AS (
				    SELECT e.sku, max(e.occurred_at) AS at FROM inventory.ledger_entry e
				    WHERE e.entry_type = 'PICK' AND e.location_id LIKE :prefix AND e.sku IN (SELECT sku FROM held) GROUP BY e.sku)
				SELECT h.sku, h.on_hand, coalesce(h.on_hand * pr.unit_cost, 0), lp.at
				FROM held h LEFT JOIN last_pick lp ON lp.sku = h.sku
				LEFT JOIN LATERAL (SELECT unit_cost FROM inventory.product_price x WHERE x.sku = h.sku AND x.site = :site
				                   AND x.valid_from <= now() ORDER BY x.valid_from DESC LIMIT 1) pr ON TRUE
				WHERE lp.at IS NULL OR lp.at < :since
				ORDER BY h.on_hand DESC, h.sku LIMIT :limit""")
			.param("prefix", prefix(site))
			.param("site", site)
			.param("since", Timestamp.from(since))
			.param("limit", Math.max(1, Math.min(limit, 500)))
			.query((rs, n) -> new SlowMover(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3),
					(rs.getTimestamp(4) != null) ? rs.getTimestamp(4).toInstant() : null))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public CountAccuracy countAccuracy(String site, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT count(*), count(*) FILTER (WHERE l.counted = l.expected), coalesce(sum(abs(l.counted - l.expected)), 0)
				FROM inventory.count_line l JOIN inventory.count_task t ON t.id = l.task_id
				WHERE t.status = 'COMPLETED' AND t.location_id LIKE ? AND t.completed_at >= ? AND t.completed_at < ?""")
			.params(prefix(site), Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new CountAccuracy(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExpiringLot> expiring(String site, java.time.LocalDate until) {
		return this.jdbc.sql("""
				SELECT l.sku, l.lot_number, l.expiry_date, sum(s.on_hand), sum(s.reserved), coalesce(sum(s.on_hand) * max(pr.unit_cost), 0)
				FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
				LEFT JOIN LATERAL (SELECT unit_cost FROM inventory.product_price x WHERE x.sku = l.sku AND x.site = :site
				                   AND x.valid_from <= now() ORDER BY x.valid_from DESC LIMIT 1) pr ON TRUE
				WHERE s.location_id LIKE :prefix AND s.on_hand > 0 AND l.expiry_date <= :until
				GROUP BY l.sku, l.lot_number, l.expiry_date ORDER BY l.expiry_date, l.sku, l.lot_number""")
			.param("site", site)
			.param("prefix", prefix(site))
			.param("until", until)
			.query((rs, n) -> new ExpiringLot(rs.getString(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
					rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6)))
			.list();
	}

}
