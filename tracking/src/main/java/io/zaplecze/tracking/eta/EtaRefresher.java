package io.zaplecze.tracking.eta;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoadRoute;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.tracking.DeliveryDelayed;
import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.feed.LiveFeed;
import io.zaplecze.tracking.ingest.PositionFix;
import io.zaplecze.tracking.live.RouteState;
import io.zaplecze.tracking.live.VehicleLive;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the ETAs of every remaining stop current: on a new position at most once per refresh
 * interval per vehicle, at once when a stop changes. Runs off the ingest threads (road routing takes
 * milliseconds) and coalesces requests per vehicle. One road route through the vehicle's position
 * and its remaining stops gives every leg; when the road network refuses, straight-line distance at
 * a fallback speed stands in (counted). A stop turning late raises a delay alert on the feed and a
 * {@link DeliveryDelayed} event.
 */
@Component
public class EtaRefresher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EtaRefresher.class);

	private final RoadNetworkManagement roads;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final LiveFeed feed;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TrackingProperties.Eta settings;

	private final EtaCalculator calculator;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("eta").factory());

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	private final Map<String, Instant> lastRefresh = new ConcurrentHashMap<>();

	private final Counter fallbacks;

	private final Counter delays;

	EtaRefresher(RoadNetworkManagement roads, JdbcTemplate jdbc, TransactionTemplate transactions, LiveFeed feed,
			ApplicationEventPublisher events, Clock clock, TrackingProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
		MeterRegistry meters = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
		this.roads = roads;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.feed = feed;
		this.events = events;
		this.clock = clock;
		this.settings = properties.eta();
		this.calculator = new EtaCalculator(this.settings.minSpread(), this.settings.spreadFraction());
		this.fallbacks = meters.counter("zaplecze.tracking.eta.fallbacks");
		this.delays = meters.counter("zaplecze.tracking.eta.delays");
	}

	/** Asks for a refresh; {@code force} skips the throttle (a stop changed). */
	public void request(VehicleLive vehicle, boolean force) {
		if (!this.settings.enabled() || vehicle.route() == null || vehicle.lastFix() == null) {
			return;
		}
		Instant now = this.clock.instant();
		Instant last = this.lastRefresh.get(vehicle.vehicleId());
		if (!force && last != null && Duration.between(last, now).compareTo(this.settings.refreshInterval()) < 0) {
			return;
		}
		if (!this.pending.add(vehicle.vehicleId())) {
			return;
		}
		this.lastRefresh.put(vehicle.vehicleId(), now);
		try {
			this.executor.execute(() -> {
				this.pending.remove(vehicle.vehicleId());
				try {
					refresh(vehicle);
				}
				catch (RuntimeException ex) {
					log.warn("ETA refresh of {} failed", vehicle.vehicleId(), ex);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.pending.remove(vehicle.vehicleId());
		}
	}

	/** Computes and stores the ETAs of the vehicle's remaining stops now. */
	public List<EtaCalculator.StopEta> refresh(VehicleLive vehicle) {
		RouteState route = vehicle.route();
		PositionFix fix = vehicle.lastFix();
		if (route == null || fix == null) {
			return List.of();
		}
		List<RouteState.StopState> remaining = route.remaining();
		if (remaining.isEmpty()) {
			return List.of();
		}
		Instant now = fix.deviceTime();
		Instant busyUntil = now;
		GeoPoint from = fix.position();
		for (RouteState.StopState stop : route.stops()) {
			if (stop.arrivedAt() != null && stop.departedAt() == null && stop.outcome() == null) {
				// Serving a stop: it is "remaining" but the clock starts after its service.
				busyUntil = stop.arrivedAt().plusSeconds(stop.serviceSeconds());
				from = stop.location();
			}
		}
		List<EtaCalculator.Stop> stops = new ArrayList<>();
		List<GeoPoint> waypoints = new ArrayList<>();
		waypoints.add(from);
		List<RouteState.StopState> ordered = new ArrayList<>();
		for (RouteState.StopState stop : remaining) {
			if (stop.arrivedAt() != null) {
				continue;
			}
			ordered.add(stop);
			stops.add(new EtaCalculator.Stop(stop.stopId(), stop.shipmentId(), stop.windows(), stop.serviceSeconds()));
			waypoints.add(stop.location());
		}
		if (stops.isEmpty()) {
			return List.of();
		}
		List<EtaCalculator.StopEta> etas = this.calculator.estimate(now, busyUntil, stops, legSeconds(waypoints));
		store(vehicle, route, ordered, etas);
		return etas;
	}

	private List<Long> legSeconds(List<GeoPoint> waypoints) {
		try {
			RoadRoute road = this.roads.route(waypoints, VehicleProfile.CAR);
			if (road.legSeconds().size() == waypoints.size() - 1) {
				return road.legSeconds();
			}
		}
		catch (RuntimeException ex) {
			log.debug("Road network could not route {} waypoints: {}", waypoints.size(), ex.toString());
		}
		this.fallbacks.increment();
		double metersPerSecond = this.settings.fallbackSpeedKmh() / 3.6;
		List<Long> legs = new ArrayList<>();
		for (int i = 1; i < waypoints.size(); i++) {
			// Roads are rarely straight: 1.3 is the usual detour factor of urban networks.
			legs.add(Math.round(waypoints.get(i - 1).haversineMeters(waypoints.get(i)) * 1.3 / metersPerSecond));
		}
		return legs;
	}

	private void store(VehicleLive vehicle, RouteState route, List<RouteState.StopState> ordered,
			List<EtaCalculator.StopEta> etas) {
		List<DeliveryDelayed> newlyLate = new ArrayList<>();
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.update("UPDATE tracking.routes SET eta_at = ? WHERE route_id = ?", Timestamp.from(this.clock.instant()),
					route.routeId());
			for (int i = 0; i < etas.size(); i++) {
				EtaCalculator.StopEta eta = etas.get(i);
				RouteState.StopState stop = ordered.get(i);
				this.jdbc.update("UPDATE tracking.stops SET eta = ?, late = ? WHERE stop_id = ?", Timestamp.from(eta.eta()),
						eta.late(), eta.stopId());
				this.jdbc.update("""
						UPDATE tracking.shipments SET eta = ?, eta_from = ?, eta_to = ?, late = ? WHERE shipment_id = ? AND stop_id = ?""",
						Timestamp.from(eta.eta()), Timestamp.from(eta.from()), Timestamp.from(eta.to()), eta.late(),
						eta.shipmentId(), eta.stopId());
				if (eta.late() && !stop.late()) {
					DeliveryDelayed delayed = new DeliveryDelayed(vehicle.vehicleId(), route.routeId(), eta.stopId(),
							eta.shipmentId(), eta.eta(), eta.windowEnd());
					this.events.publishEvent(delayed);
					newlyLate.add(delayed);
				}
			}
		});
		List<RouteState.StopState> updated = new ArrayList<>();
		for (RouteState.StopState stop : route.stops()) {
			EtaCalculator.StopEta eta = etas.stream().filter(e -> e.stopId().equals(stop.stopId())).findFirst().orElse(null);
			updated.add((eta == null) ? stop : new RouteState.StopState(stop.stopId(), stop.shipmentId(), stop.sequence(),
					stop.location(), stop.plannedArrival(), stop.serviceSeconds(), stop.windows(), stop.arrivedAt(),
					stop.departedAt(), stop.outcome(), eta.eta(), eta.late()));
		}
		vehicle.replaceRoute(new RouteState(route.routeId(), route.day(), route.vehicleId(), route.depot(),
				route.departure(), route.returnAt(), route.startedAt(), updated));
		for (DeliveryDelayed delayed : newlyLate) {
			this.delays.increment();
			this.feed.publish("delay", delayed);
		}
		this.feed.publish("eta", Map.of("vehicleId", vehicle.vehicleId(), "routeId", route.routeId(), "stops",
				etas.stream().map(e -> Map.of("stopId", e.stopId(), "eta", e.eta(), "late", e.late())).toList()));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
