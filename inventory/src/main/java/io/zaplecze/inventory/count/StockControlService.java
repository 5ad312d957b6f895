package io.zaplecze.inventory.count;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.StockControl;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Blind count tasks and held locations for the warehouse floor. */
@Component
class StockControlService implements StockControl {

	private final JdbcClient jdbc;

	private final InventoryProperties properties;

	private final java.time.Clock clock;

	StockControlService(JdbcClient jdbc, InventoryProperties properties, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public UUID requestCount(String locationId, String reason) {
		if (locationId == null || locationId.isBlank() || locationId.length() > 64) {
			throw new InvalidRequest("A location id is 1-64 characters");
		}
		String why = (reason.length() > 200) ? reason.substring(0, 200) : reason;
		// One open task per location (unique partial index): an existing one is the answer.
		this.jdbc.sql("""
				INSERT INTO inventory.count_task (id, location_id, status, created_at, requested_reason)
				VALUES (?, ?, 'OPEN', ?, ?) ON CONFLICT (location_id) WHERE status = 'OPEN' DO NOTHING""")
			.params(UUID.randomUUID(), locationId, OffsetDateTime.now(this.clock), why)
			.update();
		return this.jdbc.sql("SELECT id FROM inventory.count_task WHERE location_id = ? AND status = 'OPEN'")
			.param(locationId)
			.query(UUID.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<BlindCount> openCounts(String siteId) {
		String prefix = siteId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ this.properties.siteSeparator() + "%";
		return this.jdbc.sql("""
				SELECT t.id, t.location_id, t.requested_reason, t.created_at,
				       ARRAY(SELECT DISTINCT l.sku FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
				             WHERE s.location_id = t.location_id AND s.on_hand > 0 ORDER BY l.sku) AS skus
				FROM inventory.count_task t
				WHERE t.status = 'OPEN' AND t.location_id LIKE ?
				ORDER BY t.created_at, t.location_id""")
			.param(prefix)
			.query((rs, n) -> new BlindCount(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					Arrays.asList((String[]) rs.getArray(5).getArray()), rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	@Override
	@Transactional
	public void holdLocation(String locationId, String reason) {
		this.jdbc.sql("""
				INSERT INTO inventory.held_location (location_id, reason, held_at) VALUES (?, ?, ?)
				ON CONFLICT (location_id) DO NOTHING""")
			.params(locationId, reason, OffsetDateTime.now(this.clock))
			.update();
	}

}
