package io.zaplecze.routing.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.FleetLiveState;
import io.zaplecze.routing.delivery.Delivery;
import io.zaplecze.routing.delivery.DeliveryService;
import io.zaplecze.routing.fleet.FleetService;
import io.zaplecze.routing.fleet.FleetVehicle;

/**
 * Loads what a planning job plans: the day's deliveries, the available fleet, the pins and, for a
 * re-plan, where the day stands. The live state comes from tracking's {@link FleetLiveState} when the
 * application has one; without it (or for a vehicle that reported nothing) the published times say
 * what is done: a stop whose planned departure has passed is done, one whose planned arrival has
 * passed is in progress.
 */
@Component
class JobInputs {

	private final DeliveryService deliveries;

	private final FleetService fleet;

	private final StopPinRepository pins;

	private final PlanRepository plans;

	private final ObjectProvider<FleetLiveState> liveState;

	private final JsonMapper json;

	private final Clock clock;

	JobInputs(DeliveryService deliveries, FleetService fleet, StopPinRepository pins, PlanRepository plans,
			ObjectProvider<FleetLiveState> liveState, JsonMapper json, Clock clock) {
		this.deliveries = deliveries;
		this.fleet = fleet;
		this.pins = pins;
		this.plans = plans;
		this.liveState = liveState;
		this.json = json;
		this.clock = clock;
	}

	record Loaded(List<Delivery> deliveries, List<FleetVehicle> vehicles, List<ProblemAssembler.Pin> pins,
			@Nullable ReplanState replan) {
	}

	@Transactional(readOnly = true)
	Loaded load(PlanningJob job) {
		List<Delivery> toDeliver = this.deliveries.toDeliver(job.date());
		List<FleetVehicle> vehicles = this.fleet.available();
		List<ProblemAssembler.Pin> pinned = this.pins.forDate(job.date());
		ReplanState replan = null;
		if ("REPLAN".equals(job.kind())) {
			JsonNode options = this.json.readTree(job.options());
			Instant now = options.hasNonNull("at") ? Instant.parse(options.get("at").asString()) : this.clock.instant();
			Set<String> out = new HashSet<>();
			options.path("vehiclesOut").forEach(n -> out.add(n.asString()));
			PlanRepository.Version base = this.plans.published(job.date()).orElseThrow(() -> new NothingPublished(job.date()));
			replan = state(base.content(), now, out);
		}
		return new Loaded(toDeliver, vehicles, pinned, replan);
	}

	ReplanState state(PlanContent base, Instant now, Set<String> out) {
		FleetLiveState live = this.liveState.getIfAvailable();
		Map<String, ReplanState.VehicleProgress> progress = new LinkedHashMap<>();
		for (PlanContent.PlannedRoute route : base.routes()) {
			Optional<FleetLiveState.VehicleState> reported = live == null ? Optional.empty() : live.vehicle(route.vehicleId());
			progress.put(route.vehicleId(), reported.map(s -> fromLive(route, s, now)).orElseGet(() -> fromPlan(route, now)));
		}
		return new ReplanState(now, base, progress, out);
	}

	private static ReplanState.VehicleProgress fromLive(PlanContent.PlannedRoute route, FleetLiveState.VehicleState s,
			Instant now) {
		Map<UUID, UUID> shipmentByStop = new HashMap<>();
		route.stops().forEach(stop -> shipmentByStop.put(stop.stopId(), stop.shipmentId()));
		Set<UUID> done = new HashSet<>();
		s.completedStops().forEach(id -> {
			UUID shipment = shipmentByStop.get(id);
			if (shipment != null) {
				done.add(shipment);
			}
		});
		UUID current = s.stopInProgress() == null ? null : shipmentByStop.get(s.stopInProgress());
		boolean departed = !done.isEmpty() || current != null || !now.isBefore(route.departure());
		GeoPoint position = current != null ? locationOf(route, current) : s.position();
		return new ReplanState.VehicleProgress(route.vehicleId(), departed, position, route.departure(), done, current,
				onBoard(route, done, departed), lastStop(route, done));
	}

	private static GeoPoint lastStop(PlanContent.PlannedRoute route, Set<UUID> done) {
		GeoPoint last = route.depot();
		for (PlanContent.PlannedStop stop : route.stops()) {
			if (done.contains(stop.shipmentId())) {
				last = stop.location();
			}
		}
		return last;
	}

	private static ReplanState.VehicleProgress fromPlan(PlanContent.PlannedRoute route, Instant now) {
		Set<UUID> done = new HashSet<>();
		UUID current = null;
		GeoPoint position = route.depot();
		for (PlanContent.PlannedStop stop : route.stops()) {
			if (!stop.plannedDeparture().isAfter(now)) {
				done.add(stop.shipmentId());
				position = stop.location();
			}
			else if (!stop.plannedArrival().isAfter(now)) {
				current = stop.shipmentId();
				position = stop.location();
			}
		}
		boolean departed = !now.isBefore(route.departure());
		return new ReplanState.VehicleProgress(route.vehicleId(), departed, position, route.departure(), done, current,
				onBoard(route, done, departed), lastStop(route, done));
	}

	private static Set<UUID> onBoard(PlanContent.PlannedRoute route, Set<UUID> done, boolean departed) {
		Set<UUID> result = new HashSet<>();
		if (departed) {
			route.stops().stream().map(PlanContent.PlannedStop::shipmentId).filter(id -> !done.contains(id)).forEach(result::add);
		}
		return result;
	}

	private static GeoPoint locationOf(PlanContent.PlannedRoute route, UUID shipmentId) {
		return route.stops()
			.stream()
			.filter(s -> s.shipmentId().equals(shipmentId))
			.map(PlanContent.PlannedStop::location)
			.findFirst()
			.orElse(route.depot());
	}

}
