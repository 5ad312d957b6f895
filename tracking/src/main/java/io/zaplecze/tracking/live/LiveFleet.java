package io.zaplecze.tracking.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import io.zaplecze.routing.FleetLiveState;
import io.zaplecze.tracking.arrival.VisitState;
import io.zaplecze.tracking.ingest.PositionFix;

import org.springframework.stereotype.Component;

/**
 * The fleet as it is now, in memory: each vehicle's last fix, current route with stop progress
 * (cached from the database, reloaded when a plan or a stop changes) and geofence state. Also
 * routing's {@link FleetLiveState} port.
 */
@Component
public class LiveFleet implements FleetLiveState {

	private static final Duration RECHECK_WITHOUT_ROUTE = Duration.ofSeconds(60);

	private final ConcurrentHashMap<String, VehicleLive> vehicles = new ConcurrentHashMap<>();

	private final AtomicLong plansVersion = new AtomicLong();

	private final RouteLoader loader;

	/** Vehicles with a current route; null until first needed and after a plan changed. */
	private volatile @Nullable Set<String> routed;

	private final Clock clock;

	LiveFleet(RouteLoader loader, Clock clock) {
		this.loader = loader;
		this.clock = clock;
	}

	/** The vehicle's live state, created on first sight. */
	public VehicleLive track(String vehicleId) {
		return this.vehicles.computeIfAbsent(vehicleId, VehicleLive::new);
	}

	public @Nullable VehicleLive find(String vehicleId) {
		return this.vehicles.get(vehicleId);
	}

	public Collection<VehicleLive> all() {
		return this.vehicles.values();
	}

	/**
	 * Forgets every vehicle (this instance just took over or gave up the ingest): each one's live state
	 * is rebuilt from the database when it is next needed (route, stop progress, the stop being
	 * served), so nothing another instance did meanwhile is missed.
	 */
	public void forgetAll() {
		this.vehicles.clear();
		this.routed = null;
		this.plansVersion.incrementAndGet();
	}

	/** A plan was published: every vehicle's route is looked up again on its next fix. */
	public void plansChanged() {
		this.routed = null;
		this.plansVersion.incrementAndGet();
		for (VehicleLive v : this.vehicles.values()) {
			RouteState route = v.route;
			if (route != null) {
				reload(v, route.departure());
			}
		}
	}

	/** The vehicle's route at a device time, from the cache while no plan changed. */
	public @Nullable RouteState routeFor(VehicleLive v, Instant at) {
		Set<String> withRoutes = this.routed;
		if (withRoutes == null) {
			withRoutes = this.loader.routedVehicles();
			this.routed = withRoutes;
		}
		if (!withRoutes.contains(v.vehicleId)) {
			// Most vehicles of a synthetic load have no route: no database round trip per new vehicle.
			return null;
		}
		long version = this.plansVersion.get();
		RouteState cached = v.route;
		if (v.routeVersion == version) {
			if (cached != null && cached.covers(at)) {
				return cached;
			}
			if (cached == null && Duration.between(v.routeCheckedAt, this.clock.instant()).compareTo(RECHECK_WITHOUT_ROUTE) < 0) {
				return null;
			}
		}
		return reload(v, at);
	}

	/** Reads the vehicle's route again (its stops' progress changed). */
	public @Nullable RouteState reload(VehicleLive v, Instant at) {
		long version = this.plansVersion.get();
		RouteState before = v.route;
		RouteState route = this.loader.current(v.vehicleId, at);
		if (route != null && (before == null || !before.routeId().equals(route.routeId()))) {
			v.visit = visitFrom(route);
		}
		v.route = route;
		v.routeVersion = version;
		v.routeCheckedAt = this.clock.instant();
		return route;
	}

	/**
	 * The geofence state the database implies for a route seen for the first time here: at the stop
	 * that was arrived at and not yet left (an arrival in progress on another instance, or before a
	 * re-plan), else travelling. The debounce of a visit not yet confirmed starts again with the next
	 * fixes, so an arrival is neither lost nor recorded twice.
	 */
	static VisitState visitFrom(RouteState route) {
		for (RouteState.StopState stop : route.stops()) {
			if (stop.arrivedAt() != null && stop.departedAt() == null) {
				return new VisitState(VisitState.Phase.AT_STOP, stop.stopId(), stop.arrivedAt(), true, null);
			}
		}
		return VisitState.initial(route.startedAt() != null);
	}

	@Override
	public Optional<VehicleState> vehicle(String vehicleId) {
		VehicleLive v = this.vehicles.get(vehicleId);
		PositionFix fix = (v != null) ? v.lastFix : null;
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		if (v == null || fix == null || !LocalDate.ofInstant(fix.receivedAt(), ZoneOffset.UTC).equals(today)) {
			return Optional.empty();
		}
		Set<UUID> completed = new HashSet<>();
		UUID inProgress = null;
		RouteState route = v.route;
		if (route != null) {
			for (RouteState.StopState stop : route.stops()) {
				if (stop.outcome() != null) {
					completed.add(stop.stopId());
				}
				else if (stop.arrivedAt() != null && stop.departedAt() == null) {
					inProgress = stop.stopId();
				}
			}
		}
		return Optional.of(new VehicleState(vehicleId, fix.position(), fix.deviceTime(), completed, inProgress));
	}

}
