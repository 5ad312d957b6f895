package io.zaplecze.reporting.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.zaplecze.inventory.BackorderCreated;
import io.zaplecze.inventory.LotExpiring;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.warehouse.OrderManagement.DamagedLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task lists that follow from events: expiring lots, open backorders, damage reports. */
@Service
public class Tasks {

	/** What to do with an expiring lot. */
	public enum Action {

		/** Pick it before any other lot (FEFO does, unless a customer's shelf-life minimum forbids it). */
		SELL_FIRST,

		/** Its stock sits only on reserve levels: bring it to a pick face, then sell it first. */
		MOVE_FORWARD,

		/** Expired (or expiring today): write off what is not promised. */
		SCRAP

	}

	/** An expiry task. */
	public record ExpiryTask(UUID id, String sku, String lotNumber, LocalDate expiryDate, Action action, int onHand,
			int reserved, List<String> locations, Instant createdAt, @Nullable Instant doneAt) {
	}

	/** A backorder on the front office's list. */
	public record Backorder(UUID reservationId, UUID orderId, String orderLineId, String sku, int quantity,
			LocalDate deliveryDate, Instant occurredAt) {
	}

	/** A damage report. */
	public record DamageReport(UUID shipmentId, List<DamagedLine> lines, @Nullable String photoRef, Instant reportedAt) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Tasks(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The rule: expiring today or earlier → SCRAP; stock only on bin levels ≥ {@code moveLevel} (the
	 * last part of a bin code, e.g. {@code WAW1-A-01-02-3}) → MOVE_FORWARD; otherwise SELL_FIRST.
	 */
	static Action action(int daysLeft, List<StockLevel> levels, int moveLevel) {
		if (daysLeft <= 0) {
			return Action.SCRAP;
		}
		if (moveLevel > 0 && !levels.isEmpty() && levels.stream().allMatch(l -> level(l.locationId()) >= moveLevel)) {
			return Action.MOVE_FORWARD;
		}
		return Action.SELL_FIRST;
	}

	private static int level(String locationId) {
		String last = locationId.substring(locationId.lastIndexOf('-') + 1);
		try {
			return Integer.parseInt(last);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	@Transactional
	boolean expiryTask(LotExpiring e, Action action, List<String> locations) {
		return this.jdbc.sql("""
				INSERT INTO reporting.expiry_task (id, sku, lot_number, expiry_date, action, on_hand, reserved, locations, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sku, lot_number, expiry_date) DO NOTHING""")
			.params(UUID.randomUUID(), e.sku(), e.lotNumber(), e.expiryDate(), action.name(), e.onHand(), e.reserved(),
					String.join(",", locations), Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public List<ExpiryTask> expiryTasks(boolean openOnly) {
		return this.jdbc.sql("""
				SELECT id, sku, lot_number, expiry_date, action, on_hand, reserved, locations, created_at, done_at
				FROM reporting.expiry_task WHERE (NOT ? OR done_at IS NULL) ORDER BY expiry_date, sku, lot_number""")
			.param(openOnly)
			.query((rs, n) -> new ExpiryTask(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), Action.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7),
					rs.getString(8).isEmpty() ? List.of() : List.of(rs.getString(8).split(",")), rs.getTimestamp(9).toInstant(),
					(rs.getTimestamp(10) != null) ? rs.getTimestamp(10).toInstant() : null))
			.list();
	}

	@Transactional
	public boolean completeExpiryTask(UUID id) {
		int known = this.jdbc.sql("SELECT count(*) FROM reporting.expiry_task WHERE id = ?").param(id).query(Integer.class).single();
		this.jdbc.sql("UPDATE reporting.expiry_task SET done_at = ? WHERE id = ? AND done_at IS NULL")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		return known == 1;
	}

	@Transactional
	boolean backorder(BackorderCreated e, @Nullable String site) {
		return this.jdbc.sql("""
				INSERT INTO reporting.backorder (reservation_id, order_line_id, order_id, site, sku, quantity, delivery_date, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(e.reservationId(), e.orderLineId(), e.orderId(), site, e.sku(), e.quantity(), e.deliveryDate(),
					Timestamp.from(e.occurredAt()))
			.update() == 1;
	}

	/** Backorders for deliveries from {@code from} on, as raised (the order's current state is the warehouse's). */
	@Transactional(readOnly = true)
	public List<Backorder> backorders(LocalDate from) {
		return this.jdbc.sql("""
				SELECT reservation_id, order_id, order_line_id, sku, quantity, delivery_date, occurred_at FROM reporting.backorder
				WHERE delivery_date >= ? ORDER BY delivery_date, occurred_at""")
			.param(from)
			.query((rs, n) -> new Backorder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** Records (or replaces) the damage report of a shipment. */
	@Transactional
	public DamageReport reportDamage(UUID shipmentId, List<DamagedLine> lines, @Nullable String photoRef) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO reporting.damage_report (shipment_id, lines, photo_ref, reported_at) VALUES (?, CAST(? AS jsonb), ?, ?)
				ON CONFLICT (shipment_id) DO UPDATE SET lines = EXCLUDED.lines, photo_ref = EXCLUDED.photo_ref,
				  reported_at = EXCLUDED.reported_at""")
			.params(shipmentId, this.json.writeValueAsString(lines), photoRef, Timestamp.from(now))
			.update();
		return new DamageReport(shipmentId, lines, photoRef, now);
	}

	@Transactional(readOnly = true)
	public Optional<DamageReport> damageReport(UUID shipmentId) {
		return this.jdbc.sql("SELECT lines::text, photo_ref, reported_at FROM reporting.damage_report WHERE shipment_id = ?")
			.param(shipmentId)
			.query((rs, n) -> new DamageReport(shipmentId,
					this.json.readValue(rs.getString(1), new TypeReference<List<DamagedLine>>() {
					}), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

}
