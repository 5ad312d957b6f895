package io.zaplecze.tracking.plan;

import java.sql.Timestamp;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.tracking.live.LiveFleet;
import io.zaplecze.tracking.live.WindowsColumn;
import io.zaplecze.tracking.shipment.ShipmentStatus;
import io.zaplecze.tracking.shipment.ShipmentTimeline;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes routing's published plans: the day's routes and stops, the vehicles that may publish, each
 * shipment's stop and a PLANNED entry in its timeline. A later version of the day's plan supersedes
 * the earlier routes; a redelivered or older version changes nothing.
 *
 * <p>Routing keeps a vehicle's route id across the versions of a plan, and a stop's id while its
 * shipment stays on the vehicle. A re-published route therefore takes the new version's departure
 * and stops but keeps what already happened on it (when it started, each stop's arrival, departure
 * and outcome); its stops that the new version dropped are removed unless something happened there.
 */
@Component
class PublishedPlans {

	private static final Logger log = LoggerFactory.getLogger(PublishedPlans.class);

	private final JdbcTemplate jdbc;

	private final KnownVehicles vehicles;

	private final ShipmentTimeline timeline;

	private final LiveFleet fleet;

	PublishedPlans(JdbcTemplate jdbc, KnownVehicles vehicles, ShipmentTimeline timeline, LiveFleet fleet) {
		this.jdbc = jdbc;
		this.vehicles = vehicles;
		this.timeline = timeline;
		this.fleet = fleet;
	}

	@ApplicationModuleListener
	void on(RoutePlanPublished plan) {
		Integer newest = this.jdbc.queryForObject(
				"SELECT max(plan_version) FROM tracking.routes WHERE day = ? AND plan_id = ?", Integer.class, plan.date(),
				plan.planId());
		if (newest != null && newest >= plan.version()) {
			log.info("Plan {} v{} for {} already known (v{}); ignored", plan.planId(), plan.version(), plan.date(), newest);
			return;
		}
		this.jdbc.update("UPDATE tracking.routes SET superseded = true WHERE day = ? AND NOT superseded", plan.date());
		for (RoutePlanPublished.Route route : plan.routes()) {
			store(plan, route);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				PublishedPlans.this.fleet.plansChanged();
			}
		});
		log.info("Plan {} v{} for {}: {} routes, {} stops", plan.planId(), plan.version(), plan.date(),
				plan.routes().size(), plan.routes().stream().mapToInt(r -> r.stops().size()).sum());
	}

	private void store(RoutePlanPublished plan, RoutePlanPublished.Route route) {
		this.vehicles.register(route.vehicleId(), "plan " + plan.date());
		this.jdbc.update("""
				INSERT INTO tracking.routes (route_id, plan_id, plan_version, day, vehicle_id, refrigerated, depot_lat, depot_lon,
				  departure, return_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (route_id) DO UPDATE SET plan_id = EXCLUDED.plan_id, plan_version = EXCLUDED.plan_version,
				  day = EXCLUDED.day, vehicle_id = EXCLUDED.vehicle_id, refrigerated = EXCLUDED.refrigerated,
				  depot_lat = EXCLUDED.depot_lat, depot_lon = EXCLUDED.depot_lon, departure = EXCLUDED.departure,
				  return_at = EXCLUDED.return_at, superseded = false""", route.routeId(), plan.planId(),
				plan.version(), plan.date(), route.vehicleId(), route.refrigerated(), route.depot().lat(),
				route.depot().lon(), Timestamp.from(route.departure()), Timestamp.from(route.returnAt()));
		UUID[] kept = route.stops().stream().map(RoutePlanPublished.Stop::stopId).toArray(UUID[]::new);
		this.jdbc.update("""
				DELETE FROM tracking.stops WHERE route_id = ? AND stop_id <> ALL (?)
				  AND arrived_at IS NULL AND departed_at IS NULL AND outcome IS NULL""", route.routeId(), kept);
		for (RoutePlanPublished.Stop stop : route.stops()) {
			this.jdbc.update("""
					INSERT INTO tracking.stops (stop_id, route_id, shipment_id, sequence, lat, lon, planned_arrival, planned_departure,
					  service_seconds, windows, eta)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (stop_id) DO UPDATE SET route_id = EXCLUDED.route_id, shipment_id = EXCLUDED.shipment_id,
					  sequence = EXCLUDED.sequence, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
					  planned_arrival = EXCLUDED.planned_arrival, planned_departure = EXCLUDED.planned_departure,
					  service_seconds = EXCLUDED.service_seconds, windows = EXCLUDED.windows,
					  eta = CASE WHEN stops.arrived_at IS NULL THEN EXCLUDED.eta ELSE stops.eta END""", stop.stopId(),
					route.routeId(), stop.shipmentId(), stop.sequence(), stop.location().lat(), stop.location().lon(),
					Timestamp.from(stop.plannedArrival()), Timestamp.from(stop.plannedDeparture()), stop.serviceSeconds(),
					WindowsColumn.format(stop.timeWindows()), Timestamp.from(stop.plannedArrival()));
			this.timeline.ensure(stop.shipmentId(), new ShipmentTimeline.Facts(null, null, stop.location(), plan.date()));
			TimeWindow first = stop.timeWindows().isEmpty() ? null : stop.timeWindows().get(0);
			TimeWindow last = stop.timeWindows().isEmpty() ? null : stop.timeWindows().get(stop.timeWindows().size() - 1);
			this.timeline.assign(stop.shipmentId(), route.vehicleId(), route.routeId(), stop.stopId(),
					stop.plannedArrival(), (first != null) ? first.start() : null, (last != null) ? last.end() : null);
			this.timeline.record(stop.shipmentId(), ShipmentStatus.PLANNED, plan.publishedAt(), "routing",
					"plan v" + plan.version() + ", " + route.vehicleId() + ", stop " + stop.sequence());
		}
	}

}
