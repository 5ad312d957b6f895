package io.zaplecze.tracking.shipment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The shipment record and its status timeline. Runs inside the caller's transaction. Every entry is
 * idempotent: a status appears in a timeline at most once, and the current status only moves
 * forward ({@link ShipmentStatus#advancesTo}), so replayed or reordered events change nothing.
 */
@Component
public class ShipmentTimeline {

	private final JdbcTemplate jdbc;

	private final TrackingCodes codes;

	private final Clock clock;

	ShipmentTimeline(JdbcTemplate jdbc, TrackingCodes codes, Clock clock) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.clock = clock;
	}

	/**
	 * Creates the shipment (with its tracking code) if it is new, and fills in what is known of it.
	 *
	 * @param shipmentId the shipment
	 * @param facts what this source knows; nulls leave existing values alone
	 */
	public void ensure(UUID shipmentId, Facts facts) {
		Instant now = this.clock.instant();
		this.jdbc.update("""
				INSERT INTO tracking.shipments AS sh (shipment_id, order_number, customer_name, delivery_date, lat, lon, status, status_at,
				  tracking_code, code_expires_at)
				VALUES (?, ?, ?, ?, ?, ?, 'CREATED', ?, ?, ?)
				ON CONFLICT (shipment_id) DO UPDATE SET
				  order_number = coalesce(excluded.order_number, sh.order_number),
				  customer_name = coalesce(excluded.customer_name, sh.customer_name),
				  delivery_date = coalesce(sh.delivery_date, excluded.delivery_date),
				  lat = coalesce(excluded.lat, sh.lat), lon = coalesce(excluded.lon, sh.lon),
				  code_expires_at = CASE WHEN sh.delivery_date IS NULL AND excluded.delivery_date IS NOT NULL
				    THEN excluded.code_expires_at ELSE sh.code_expires_at END""", shipmentId, facts.orderNumber(),
				facts.customerName(), facts.deliveryDate(), (facts.location() != null) ? facts.location().lat() : null,
				(facts.location() != null) ? facts.location().lon() : null, Timestamp.from(now), this.codes.newCode(),
				Timestamp.from(this.codes.expiry(facts.deliveryDate(), now)));
	}

	/**
	 * Records a status; returns whether the shipment's current status changed. A shipment not seen
	 * before is created first (events may come in any order).
	 */
	public boolean record(UUID shipmentId, ShipmentStatus status, Instant at, String source, @Nullable String detail) {
		List<String> current = this.jdbc.queryForList(
				"SELECT status FROM tracking.shipments WHERE shipment_id = ? FOR UPDATE", String.class, shipmentId);
		if (current.isEmpty()) {
			ensure(shipmentId, Facts.NONE);
			current = List.of(ShipmentStatus.CREATED.name());
		}
		this.jdbc.update("""
				INSERT INTO tracking.shipment_timeline (shipment_id, status, at, source, detail) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""", shipmentId, status.name(), Timestamp.from(at), source, detail);
		ShipmentStatus was = ShipmentStatus.valueOf(current.get(0));
		if (status == ShipmentStatus.CREATED || !was.advancesTo(status)) {
			return false;
		}
		this.jdbc.update("UPDATE tracking.shipments SET status = ?, status_at = ? WHERE shipment_id = ?", status.name(),
				Timestamp.from(at), shipmentId);
		return true;
	}

	/** Links a shipment to the stop that delivers it (the latest plan version wins). */
	public void assign(UUID shipmentId, String vehicleId, UUID routeId, UUID stopId, Instant plannedArrival,
			@Nullable Instant windowStart, @Nullable Instant windowEnd) {
		this.jdbc.update("""
				UPDATE tracking.shipments SET vehicle_id = ?, route_id = ?, stop_id = ?, eta = ?, eta_from = NULL, eta_to = NULL,
				  window_start = ?, window_end = ?, late = false WHERE shipment_id = ?""", vehicleId, routeId, stopId,
				Timestamp.from(plannedArrival), ts(windowStart), ts(windowEnd), shipmentId);
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	/**
	 * What a source knows about a shipment.
	 *
	 * @param orderNumber human-readable order number
	 * @param customerName recipient
	 * @param location delivery location
	 * @param deliveryDate requested day
	 */
	public record Facts(@Nullable String orderNumber, @Nullable String customerName, @Nullable GeoPoint location,
			@Nullable LocalDate deliveryDate) {

		public static final Facts NONE = new Facts(null, null, null, null);

	}

}
