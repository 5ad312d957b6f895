package io.zaplecze.routing.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.delivery.Delivery;
import io.zaplecze.routing.fleet.FleetVehicle;
import io.zaplecze.routing.solver.PlannerRules;
import io.zaplecze.routing.solver.RouteTimeline;
import io.zaplecze.routing.solver.RoutingSolution;
import io.zaplecze.routing.solver.ScoreExplanation;
import io.zaplecze.routing.solver.UnassignedReasons;
import io.zaplecze.routing.solver.Vehicle;
import io.zaplecze.routing.solver.Visit;

/**
 * Turns a solved problem into a stored plan version: routes with planned times from the vehicles'
 * timelines, road geometry per leg, CO2, the reason for every delivery left out and the score
 * explained per constraint.
 */
@Component
class PlanWriter {

	private static final int MAX_DETAILS = 20;

	private final RouteGeometry geometry;

	private final SolutionManager<RoutingSolution, HardMediumSoftScore> solutionManager;

	PlanWriter(RouteGeometry geometry, SolutionManager<RoutingSolution, HardMediumSoftScore> solutionManager) {
		this.geometry = geometry;
		this.solutionManager = solutionManager;
	}

	PlanContent write(UUID planId, ProblemAssembler.Assembled problem, RoutingSolution solved) {
		HardMediumSoftScore score = this.solutionManager.update(solved);
		List<ScoreExplanation.Part> parts = ScoreExplanation.of(solved, MAX_DETAILS);
		List<PlanContent.PlannedRoute> routes = new ArrayList<>();
		for (Vehicle v : solved.getVehicles()) {
			PlanContent.PlannedRoute route = route(planId, problem, v.getId(), v);
			if (route != null) {
				routes.add(route);
			}
		}
		if (problem.replan() != null) {
			// A vehicle taken out keeps what it already delivered: those stops stay in the day's plan.
			for (String out : problem.replan().out()) {
				PlanContent.PlannedRoute route = problem.vehicles().containsKey(out) ? route(planId, problem, out, null)
						: null;
				if (route != null) {
					routes.add(route);
				}
			}
		}
		List<PlanContent.UnassignedDelivery> unassigned = new ArrayList<>();
		problem.excluded().forEach((id, reason) -> {
			Delivery d = findDelivery(problem, id);
			if (d != null) {
				unassigned.add(new PlanContent.UnassignedDelivery(d.shipmentId(), d.orderNumber(), d.priority(), reason));
			}
		});
		Map<String, String> reasons = UnassignedReasons.of(solved);
		reasons.forEach((id, reason) -> {
			Delivery d = problem.deliveries().get(id);
			unassigned.add(new PlanContent.UnassignedDelivery(d.shipmentId(), d.orderNumber(), d.priority(), reason));
		});
		List<PlanContent.ConstraintExplanation> explanation = parts.stream()
			.map(p -> new PlanContent.ConstraintExplanation(p.constraint(), p.score().toShortString(), p.matches(),
					p.details()))
			.toList();
		PlanContent.Totals totals = new PlanContent.Totals(routes.size(),
				routes.stream().mapToInt(r -> r.stops().size()).sum(),
				routes.stream().mapToLong(PlanContent.PlannedRoute::distanceMeters).sum(),
				routes.stream().mapToLong(PlanContent.PlannedRoute::drivingSeconds).sum(),
				routes.stream().mapToLong(PlanContent.PlannedRoute::co2Grams).sum(),
				routes.stream().mapToLong(r -> r.cost() == null ? 0 : r.cost().totalCents()).sum());
		return new PlanContent(problem.date(), score.toShortString(), score.isFeasible(), routes, unassigned, explanation,
				totals);
	}

	private static @Nullable Delivery findDelivery(ProblemAssembler.Assembled problem, String id) {
		return problem.deliveries().get(id) != null ? problem.deliveries().get(id)
				: problem.excludedDeliveries().get(id);
	}

	/** A vehicle's route: its done stops (in a re-plan), then the planned ones ({@code v} null for a vehicle taken out). */
	private PlanContent.@Nullable PlannedRoute route(UUID planId, ProblemAssembler.Assembled problem, String code,
			@Nullable Vehicle v) {
		FleetVehicle f = problem.vehicles().get(code);
		ReplanState replan = problem.replan();
		ReplanState.VehicleProgress progress = replan == null ? null : replan.vehicles().get(code);
		PlanContent.PlannedRoute published = replan == null ? null : replan.base().route(code);
		List<PlanContent.PlannedStop> stops = new ArrayList<>();
		if (progress != null && published != null) {
			for (PlanContent.PlannedStop s : published.stops()) {
				if (progress.done().contains(s.shipmentId())) {
					stops.add(withSequence(s, stops.size() + 1, "DONE"));
				}
			}
		}
		RouteTimeline timeline = v == null ? null : v.getTimeline();
		// Trips of the re-planned part continue the numbering of the done part.
		int tripOffset = stops.isEmpty() ? 0 : stops.getLast().trip();
		for (int k = 0; v != null && k < v.getVisits().size(); k++) {
			Visit x = v.getVisits().get(k);
			RouteTimeline.Stop t = timeline.stops().get(k);
			Delivery d = problem.deliveries().get(x.getId());
			boolean current = progress != null && d.shipmentId().equals(progress.inProgress());
			stops.add(new PlanContent.PlannedStop(stopId(planId, code, d.shipmentId()), d.shipmentId(),
					d.orderNumber(), stops.size() + 1, d.location(), Instant.ofEpochSecond(t.arrival()),
					Instant.ofEpochSecond(t.departure()), d.serviceSeconds(), d.timeWindows(), tripOffset + t.trip(),
					current ? "IN_PROGRESS" : "PLANNED"));
		}
		if (stops.isEmpty()) {
			return null;
		}
		List<GeoPoint> waypoints = new ArrayList<>();
		List<Integer> sequences = new ArrayList<>();
		waypoints.add(f.depot());
		sequences.add(0);
		int lastTrip = stops.getFirst().trip();
		for (PlanContent.PlannedStop s : stops) {
			if (s.trip() > lastTrip) {
				// Back to the depot to reload between trips.
				waypoints.add(f.depot());
				sequences.add(RouteGeometry.RELOAD);
				lastTrip = s.trip();
			}
			waypoints.add(s.location());
			sequences.add(s.sequence());
		}
		waypoints.add(f.depot());
		sequences.add(stops.size() + 1);
		List<PlanContent.Leg> legs = this.geometry.legs(waypoints, sequences, f.profile());
		long meters = legs.stream().mapToLong(PlanContent.Leg::distanceMeters).sum();
		long seconds = legs.stream().mapToLong(PlanContent.Leg::travelSeconds).sum();
		Instant departure = progress != null && progress.departed() ? progress.startedAt()
				: timeline != null ? Instant.ofEpochSecond(timeline.departure()) : stops.getFirst().plannedArrival();
		Instant returnAt = timeline != null ? Instant.ofEpochSecond(timeline.end())
				: stops.getLast().plannedDeparture().plusSeconds(legs.getLast().travelSeconds());
		return new PlanContent.PlannedRoute(UUID.nameUUIDFromBytes((planId + "/" + code).getBytes(StandardCharsets.UTF_8)),
				code, f.refrigerated(), depotId(f), f.depot(), departure, returnAt, meters, seconds,
				meters * f.co2GramsPerKm() / 1000, stops, legs, v == null ? null : cost(v, f));
	}

	/** The route's cost part by part, from the same rules the solver priced it with (fixed cost: the fleet's). */
	private static PlanContent.RouteCost cost(Vehicle v, FleetVehicle f) {
		long distance = PlannerRules.route(PlannerRules.TRAVEL_COST).of(v);
		long time = PlannerRules.route(PlannerRules.DRIVER_TIME).of(v);
		long fixed = v.isUsed() ? f.fixedCostCents() : 0;
		long overtime = Math.max(0, v.getTimeline().durationSeconds() - v.getRegularSeconds());
		return new PlanContent.RouteCost(distance, time, v.isUsed() ? overtime : 0, fixed, distance + time + fixed,
				PlannerRules.route(PlannerRules.WORKLOAD_BALANCE).of(v));
	}

	private static PlanContent.PlannedStop withSequence(PlanContent.PlannedStop s, int sequence, String status) {
		return new PlanContent.PlannedStop(s.stopId(), s.shipmentId(), s.orderNumber(), sequence, s.location(),
				s.plannedArrival(), s.plannedDeparture(), s.serviceSeconds(), s.timeWindows(), s.trip(), status);
	}

	/** Stable across versions for the same vehicle and shipment, so devices' events still match. */
	static UUID stopId(UUID planId, String vehicleId, UUID shipmentId) {
		return UUID.nameUUIDFromBytes((planId + "/" + vehicleId + "/" + shipmentId).getBytes(StandardCharsets.UTF_8));
	}

	static UUID depotId(FleetVehicle f) {
		return f.depotId() != null ? f.depotId()
				: UUID.nameUUIDFromBytes(("depot/" + f.depot().lat() + "," + f.depot().lon()).getBytes(StandardCharsets.UTF_8));
	}

}
