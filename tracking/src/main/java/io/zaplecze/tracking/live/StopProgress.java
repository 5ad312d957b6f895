package io.zaplecze.tracking.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import io.zaplecze.tracking.arrival.StopTransition;
import io.zaplecze.tracking.ingest.StopEvent;
import io.zaplecze.tracking.ingest.StopEventRecorder;
import io.zaplecze.tracking.DeliveryAttempted;
import io.zaplecze.tracking.shipment.ShipmentStatus;
import io.zaplecze.tracking.shipment.ShipmentTimeline;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records route progress (inside the caller's transaction): stop arrival, departure and outcome, the
 * route's start, and what customers see of it (OUT_FOR_DELIVERY for every shipment on the route when
 * it starts, ARRIVING for the shipment the vehicle is heading to, DELIVERED or FAILED). A device's
 * word replaces a geofence's time; a geofence never replaces a device's; each step is recorded once.
 */
@Component
public class StopProgress implements StopEventRecorder {

	private static final Logger log = LoggerFactory.getLogger(StopProgress.class);

	private final JdbcTemplate jdbc;

	private final ShipmentTimeline timeline;

	private final RouteLoader routes;

	private final Counter unmatched;

	private final ApplicationEventPublisher events;

	StopProgress(JdbcTemplate jdbc, ShipmentTimeline timeline, RouteLoader routes, ObjectProvider<MeterRegistry> meterRegistry,
			ApplicationEventPublisher events) {
		this.events = events;
		MeterRegistry meters = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
		this.jdbc = jdbc;
		this.timeline = timeline;
		this.routes = routes;
		this.unmatched = meters.counter("zaplecze.tracking.events.unmatched");
	}

	@Override
	public void record(StopEvent event) {
		StopTransition.Kind kind = switch (event.type()) {
			case DEPARTED -> (event.stopId() == null) ? StopTransition.Kind.DEPOT_DEPARTED : StopTransition.Kind.DEPARTED;
			case ARRIVED -> StopTransition.Kind.ARRIVED;
			case DELIVERED -> StopTransition.Kind.DELIVERED;
			case FAILED -> StopTransition.Kind.FAILED;
		};
		String detail = switch (event.type()) {
			case DELIVERED -> "received by " + event.recipientName();
			case FAILED -> String.valueOf(event.reason());
			default -> null;
		};
		apply(event.vehicleId(), new StopTransition(kind, event.stopId(), event.deviceTime(),
				StopTransition.Source.DEVICE), event, detail);
	}

	/**
	 * Records a transition; returns the route it changed, or null when it matched no stop of the
	 * vehicle's routes (counted, the event itself stays stored).
	 */
	public @Nullable UUID apply(String vehicleId, StopTransition t, @Nullable StopEvent event, @Nullable String detail) {
		if (t.stopId() == null) {
			RouteState route = this.routes.current(vehicleId, t.at());
			if (route == null) {
				this.unmatched.increment();
				return null;
			}
			start(route.routeId(), t.at());
			arriving(route.routeId(), t.at());
			return route.routeId();
		}
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT s.route_id, s.shipment_id, r.vehicle_id FROM tracking.stops s JOIN tracking.routes r ON r.route_id = s.route_id
				WHERE s.stop_id = ?""", t.stopId());
		if (rows.isEmpty() || !vehicleId.equals(rows.get(0).get("vehicle_id"))) {
			this.unmatched.increment();
			log.info("{} of {} for stop {} matches no stop of that vehicle", t.kind(), vehicleId, t.stopId());
			return null;
		}
		UUID routeId = (UUID) rows.get(0).get("route_id");
		UUID shipmentId = (UUID) rows.get(0).get("shipment_id");
		start(routeId, t.at());
		Timestamp at = Timestamp.from(t.at());
		String source = t.source().name();
		switch (t.kind()) {
			case ARRIVED -> this.jdbc.update("""
					UPDATE tracking.stops SET arrived_at = ?, arrived_source = ? WHERE stop_id = ?
					  AND (arrived_at IS NULL OR (? = 'DEVICE' AND arrived_source = 'GEOFENCE'))""", at, source, t.stopId(),
					source);
			case DEPARTED -> this.jdbc.update("""
					UPDATE tracking.stops SET departed_at = ?, departed_source = ? WHERE stop_id = ?
					  AND (departed_at IS NULL OR (? = 'DEVICE' AND departed_source = 'GEOFENCE'))""", at, source,
					t.stopId(), source);
			case DELIVERED, FAILED -> {
				int changed = this.jdbc.update("""
						UPDATE tracking.stops SET outcome = ?, outcome_at = ?, recipient_name = ?, signature_ref = ?, failure_reason = ?
						WHERE stop_id = ? AND outcome IS NULL""", t.kind().name(), at,
						(event != null) ? event.recipientName() : null, (event != null) ? event.signatureRef() : null,
						(event != null && event.reason() != null) ? event.reason().name() : null, t.stopId());
				if (changed == 1) {
					this.timeline.record(shipmentId, ShipmentStatus.valueOf(t.kind().name()), t.at(), "device", detail);
					this.events.publishEvent(attempted(t.stopId(), vehicleId));
				}
			}
			case DEPOT_DEPARTED -> {
			}
		}
		arriving(routeId, t.at());
		return routeId;
	}

	/** The stop's outcome as recorded, for reports and exception handling. */
	private DeliveryAttempted attempted(UUID stopId, String vehicleId) {
		return this.jdbc.queryForObject("""
				SELECT s.shipment_id, s.route_id, r.day, s.outcome, s.failure_reason, s.arrived_at, s.outcome_at,
				       s.planned_arrival, s.service_seconds, s.windows
				FROM tracking.stops s JOIN tracking.routes r ON r.route_id = s.route_id WHERE s.stop_id = ?""", (rs, n) -> {
			Timestamp arrived = rs.getTimestamp("arrived_at");
			return new DeliveryAttempted(rs.getObject("shipment_id", UUID.class), rs.getObject("route_id", UUID.class), stopId,
					vehicleId, rs.getObject("day", java.time.LocalDate.class), "DELIVERED".equals(rs.getString("outcome")),
					rs.getString("failure_reason"), (arrived != null) ? arrived.toInstant() : null,
					rs.getTimestamp("outcome_at").toInstant(), rs.getTimestamp("planned_arrival").toInstant(),
					rs.getInt("service_seconds"), WindowsColumn.parse(rs.getString("windows")));
		}, stopId);
	}

	/** The route started (once): every open shipment on it is out for delivery. */
	private void start(UUID routeId, Instant at) {
		int started = this.jdbc.update("UPDATE tracking.routes SET started_at = ? WHERE route_id = ? AND started_at IS NULL",
				Timestamp.from(at), routeId);
		if (started == 1) {
			for (UUID shipmentId : this.jdbc.queryForList(
					"SELECT shipment_id FROM tracking.stops WHERE route_id = ? AND outcome IS NULL ORDER BY sequence", UUID.class,
					routeId)) {
				this.timeline.record(shipmentId, ShipmentStatus.OUT_FOR_DELIVERY, at, "tracking", null);
			}
		}
	}

	/** The shipment of the stop the vehicle now heads to is ARRIVING. */
	private void arriving(UUID routeId, Instant at) {
		List<UUID> next = this.jdbc.queryForList("""
				SELECT shipment_id FROM tracking.stops WHERE route_id = ? AND outcome IS NULL AND departed_at IS NULL
				ORDER BY sequence LIMIT 1""", UUID.class, routeId);
		if (!next.isEmpty()) {
			this.timeline.record(next.get(0), ShipmentStatus.ARRIVING, at, "tracking", null);
		}
	}

}
