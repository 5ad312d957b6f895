package io.zaplecze.tracking.live;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import io.zaplecze.tracking.TrackingFailure;
import io.zaplecze.tracking.arrival.VisitState;
import io.zaplecze.tracking.ingest.PositionFix;
import io.zaplecze.tracking.plan.KnownVehicles;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live fleet for dispatchers: each vehicle's last position, route progress and ETAs; and the
 * registration of vehicles that may publish without being in a plan.
 */
@RestController
@Validated
class VehiclesController {

	private final LiveFleet fleet;

	private final KnownVehicles known;

	VehiclesController(LiveFleet fleet, KnownVehicles known) {
		this.fleet = fleet;
		this.known = known;
	}

	@GetMapping("/api/v1/tracking/vehicles")
	List<VehicleSummary> all() {
		return this.fleet.all().stream().filter(v -> v.lastFix() != null || v.route() != null)
			.map(VehiclesController::summary).sorted(Comparator.comparing(VehicleSummary::vehicleId)).limit(10_000).toList();
	}

	@GetMapping("/api/v1/tracking/vehicles/{vehicleId}")
	VehicleDetails one(@PathVariable String vehicleId) {
		VehicleLive v = this.fleet.find(vehicleId);
		if (v == null) {
			throw new VehicleNotTracked(vehicleId);
		}
		RouteState route = v.route();
		return new VehicleDetails(summary(v), (route != null) ? route.stops() : List.of());
	}

	/** Lets a vehicle publish although it is in no published plan (idempotent). */
	@PutMapping("/api/v1/tracking/vehicles/{vehicleId}/registration")
	ResponseEntity<Void> register(@PathVariable @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String vehicleId) {
		this.known.register(vehicleId, "dispatcher");
		return ResponseEntity.noContent().build();
	}

	private static VehicleSummary summary(VehicleLive v) {
		PositionFix fix = v.lastFix();
		RouteState route = v.route();
		RouteState.StopState target = (route != null) ? route.target() : null;
		long done = (route != null) ? route.stops().stream().filter(s -> s.outcome() != null).count() : 0;
		return new VehicleSummary(v.vehicleId(), (fix != null) ? fix.lat() : null, (fix != null) ? fix.lon() : null,
				(fix != null) ? fix.speedKmh() : null, (fix != null) ? fix.deviceTime() : null,
				(route != null) ? route.routeId() : null, (route != null) ? route.startedAt() : null,
				(target != null) ? target.stopId() : null, (target != null) ? target.eta() : null, (int) done,
				(route != null) ? route.stops().size() : 0, v.visit().phase());
	}

	record VehicleSummary(String vehicleId, @Nullable Double lat, @Nullable Double lon, @Nullable Float speedKmh,
			@Nullable Instant at, @Nullable UUID routeId, @Nullable Instant startedAt, @Nullable UUID nextStopId,
			@Nullable Instant nextStopEta, int stopsDone, int stops, VisitState.Phase phase) {
	}

	record VehicleDetails(VehicleSummary vehicle, List<RouteState.StopState> stops) {
	}

	static final class VehicleNotTracked extends TrackingFailure {

		VehicleNotTracked(String vehicleId) {
			super(Kind.NOT_FOUND, "Vehicle " + vehicleId + " has no live state on this instance");
		}

	}

}
