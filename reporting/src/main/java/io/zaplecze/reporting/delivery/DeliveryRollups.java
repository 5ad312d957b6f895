package io.zaplecze.reporting.delivery;

import java.sql.Timestamp;
import java.time.Duration;

import io.zaplecze.tracking.DeliveryAttempted;
import io.zaplecze.warehouse.OrderManagement;
import io.zaplecze.warehouse.OrderManagement.ShipmentView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the delivery facts and the daily rollup: a stop outcome is inserted once (by stop id) and,
 * only if it was new, added to its site's day in the same transaction, so a redelivered event
 * counts nothing twice and a report never reads the facts.
 */
@Component
public class DeliveryRollups {

	private final JdbcClient jdbc;

	private final OrderManagement orders;

	DeliveryRollups(JdbcClient jdbc, OrderManagement orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	@ApplicationModuleListener
	void on(DeliveryAttempted e) {
		ShipmentView shipment = this.orders.shipment(e.shipmentId()).orElse(null);
		String site = (shipment != null) ? shipment.siteCode() : "?";
		// A re-delivery order (<number>-R<n>) is a later attempt of the same customer order.
		boolean first = shipment == null || !shipment.orderNumber().matches(".*-R\\d+$");
		record(e, site, first);
	}

	/** Adds one outcome; returns whether it was new. */
	@Transactional
	public boolean record(DeliveryAttempted e, String site, boolean firstAttempt) {
		Integer actualService = (e.arrivedAt() != null)
				? (int) Math.max(0, Duration.between(e.arrivedAt(), e.outcomeAt()).toSeconds()) : null;
		long arrivalDelta = Duration.between(e.plannedArrival(), e.arrival()).toSeconds();
		int inserted = this.jdbc.sql("""
				INSERT INTO reporting.delivery_fact (stop_id, shipment_id, route_id, vehicle_id, site, day, first_attempt, delivered,
				  failure_reason, on_time, lateness_seconds, planned_service_s, actual_service_s, arrival_delta_s, outcome_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stop_id) DO NOTHING""")
			.params(e.stopId(), e.shipmentId(), e.routeId(), e.vehicleId(), site, e.deliveryDate(), firstAttempt, e.delivered(),
					e.failureReason(), e.onTime(), e.latenessSeconds(), e.plannedServiceSeconds(), actualService, arrivalDelta,
					Timestamp.from(e.outcomeAt()))
			.update();
		if (inserted == 0) {
			return false;
		}
		add(site, e.deliveryDate(), e.delivered(), e.failureReason(), e.onTime(), e.latenessSeconds(), firstAttempt,
				e.plannedServiceSeconds(), actualService, Math.abs(arrivalDelta));
		return true;
	}

	/** Adds one outcome to the day's rollup (also used by the benchmark to generate history). */
	@Transactional
	public void add(String site, java.time.LocalDate day, boolean delivered, @org.jspecify.annotations.Nullable String reason,
			boolean onTime, long latenessSeconds, boolean firstAttempt, int plannedService,
			@org.jspecify.annotations.Nullable Integer actualService, long arrivalAbsDelta) {
		this.jdbc.sql("""
				INSERT INTO reporting.delivery_day AS d (site, day, attempts, delivered, failed, on_time, late, lateness_seconds,
				  first_attempts, first_attempts_delivered, planned_service_seconds, actual_service_seconds, actual_service_stops,
				  arrival_abs_delta_s)
				VALUES (:site, :day, 1, :d, :f, :ot, :late, :lateness, :fa, :fad, :ps, :as, :asn, :delta)
				ON CONFLICT (site, day) DO UPDATE SET attempts = d.attempts + 1, delivered = d.delivered + EXCLUDED.delivered,
				  failed = d.failed + EXCLUDED.failed, on_time = d.on_time + EXCLUDED.on_time, late = d.late + EXCLUDED.late,
				  lateness_seconds = d.lateness_seconds + EXCLUDED.lateness_seconds,
				  first_attempts = d.first_attempts + EXCLUDED.first_attempts,
				  first_attempts_delivered = d.first_attempts_delivered + EXCLUDED.first_attempts_delivered,
				  planned_service_seconds = d.planned_service_seconds + EXCLUDED.planned_service_seconds,
				  actual_service_seconds = d.actual_service_seconds + EXCLUDED.actual_service_seconds,
				  actual_service_stops = d.actual_service_stops + EXCLUDED.actual_service_stops,
				  arrival_abs_delta_s = d.arrival_abs_delta_s + EXCLUDED.arrival_abs_delta_s""")
			.param("site", site)
			.param("day", day)
			.param("d", delivered ? 1 : 0)
			.param("f", delivered ? 0 : 1)
			.param("ot", onTime ? 1 : 0)
			.param("late", onTime ? 0 : 1)
			.param("lateness", latenessSeconds)
			.param("fa", firstAttempt ? 1 : 0)
			.param("fad", (firstAttempt && delivered) ? 1 : 0)
			.param("ps", (actualService != null) ? plannedService : 0)
			.param("as", (actualService != null) ? actualService : 0)
			.param("asn", (actualService != null) ? 1 : 0)
			.param("delta", arrivalAbsDelta)
			.update();
		if (!delivered) {
			this.jdbc.sql("""
					INSERT INTO reporting.delivery_failure_day AS f (site, day, reason, failed) VALUES (?, ?, ?, 1)
					ON CONFLICT (site, day, reason) DO UPDATE SET failed = f.failed + 1""")
				.params(site, day, (reason != null) ? reason : "OTHER")
				.update();
		}
	}

}
