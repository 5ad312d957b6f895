package io.zaplecze.routing.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.PointOffRoadNetwork;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.delivery.Delivery;
import io.zaplecze.routing.fleet.FleetVehicle;
import io.zaplecze.routing.solver.RoutingSolution;
import io.zaplecze.routing.solver.TravelCosts;
import io.zaplecze.routing.solver.Vehicle;
import io.zaplecze.routing.solver.Visit;

/**
 * Builds the planning problem for a day: one visit per delivery, one planning vehicle per available
 * fleet vehicle, travel times and distances from the road-network matrix (one per profile in the
 * fleet). A delivery whose address is off the road network is left out with that reason, not
 * silently dropped. In a re-plan, vehicles on the road start where they are, now, with the stop in
 * progress pinned first and the goods on board pinned to them; done stops stay out of the problem.
 */
@Component
class ProblemAssembler {

	private final RoadNetworkManagement roadNetwork;

	private final PlanningProperties properties;

	ProblemAssembler(RoadNetworkManagement roadNetwork, PlanningProperties properties) {
		this.roadNetwork = roadNetwork;
		this.properties = properties;
	}

	/** A pin of a shipment to a vehicle, with a position when {@code sequence} is set. */
	record Pin(UUID shipmentId, String vehicleId, @Nullable Integer sequence) {
	}

	/**
	 * The problem and what the result writer needs to map it back.
	 * @param vehicles every vehicle of the fleet by code (also those taken out in a re-plan, whose done
	 * stops stay in the plan)
	 */
	record Assembled(LocalDate date, RoutingSolution solution, Map<String, Delivery> deliveries,
			Map<String, FleetVehicle> vehicles, Map<String, String> excluded, Map<String, Delivery> excludedDeliveries,
			@Nullable ReplanState replan) {
	}

	Assembled assemble(LocalDate date, List<Delivery> deliveries, List<FleetVehicle> fleet, List<Pin> pins,
			@Nullable ReplanState replan, Duration limit) {
		ZoneId zone = this.properties.zone();
		Map<String, Delivery> byId = new LinkedHashMap<>();
		Map<String, String> excluded = new LinkedHashMap<>();
		Map<String, FleetVehicle> fleetByCode = new LinkedHashMap<>();
		Map<String, FleetVehicle> vehiclesByCode = new LinkedHashMap<>();
		for (FleetVehicle v : fleet) {
			fleetByCode.put(v.code(), v);
			if (replan == null || !replan.out().contains(v.code())) {
				vehiclesByCode.put(v.code(), v);
			}
		}
		Set<UUID> done = new java.util.HashSet<>();
		if (replan != null) {
			replan.vehicles().values().forEach(p -> done.addAll(p.done()));
		}
		for (Delivery d : deliveries) {
			if (!done.contains(d.shipmentId())) {
				byId.put(d.shipmentId().toString(), d);
			}
		}
		// Locations: depots and live positions first, then deliveries.
		List<GeoPoint> points = new ArrayList<>();
		Map<GeoPoint, Integer> index = new HashMap<>();
		for (FleetVehicle v : vehiclesByCode.values()) {
			indexOf(v.depot(), points, index);
		}
		Map<String, GeoPoint> startAt = new HashMap<>();
		if (replan != null) {
			for (ReplanState.VehicleProgress p : replan.vehicles().values()) {
				FleetVehicle f = vehiclesByCode.get(p.vehicleId());
				if (p.departed() && f != null) {
					GeoPoint start = plannable(p, f.profile());
					startAt.put(p.vehicleId(), start);
					indexOf(start, points, index);
				}
			}
		}
		int fixedPoints = points.size();
		Map<String, Integer> visitLocation = new HashMap<>();
		for (Delivery d : byId.values()) {
			visitLocation.put(d.shipmentId().toString(), indexOf(d.location(), points, index));
		}
		Map<VehicleProfile, TravelCosts> costs = matrices(points, fixedPoints, vehiclesByCode.values(), byId, excluded);
		Map<String, Delivery> excludedDeliveries = new LinkedHashMap<>();
		excluded.keySet().forEach(id -> excludedDeliveries.put(id, byId.remove(id)));

		Instant now = replan != null ? replan.now() : null;
		Map<UUID, Instant> transferReady = new HashMap<>();
		if (replan != null) {
			for (PlanContent.PlannedRoute r : replan.base().routes()) {
				if (replan.out().contains(r.vehicleId())) {
					for (PlanContent.PlannedStop s : r.stops()) {
						transferReady.put(s.shipmentId(), replan.now().plusSeconds(this.properties.breakdownTransferSeconds()));
					}
				}
			}
		}
		Map<String, Visit> visits = new LinkedHashMap<>();
		Map<UUID, String> onBoard = new HashMap<>();
		if (replan != null) {
			replan.vehicles().values().forEach(p -> {
				if (p.departed() && vehiclesByCode.containsKey(p.vehicleId())) {
					p.onBoard().forEach(s -> onBoard.put(s, p.vehicleId()));
				}
			});
		}
		Map<UUID, Pin> pinByShipment = new HashMap<>();
		pins.forEach(p -> pinByShipment.put(p.shipmentId(), p));
		for (Delivery d : byId.values()) {
			String id = d.shipmentId().toString();
			long[] starts = d.timeWindows().stream().mapToLong(w -> w.start().getEpochSecond()).toArray();
			long[] ends = d.timeWindows().stream().mapToLong(w -> w.end().getEpochSecond()).toArray();
			Visit visit = new Visit(id, visitLocation.get(id)).shipment(d.shipmentId())
				.windows(starts, ends)
				.service(d.serviceSeconds())
				.demand(d.weightGrams(), d.volumeCm3(), d.pallets())
				.refrigerated(d.needsRefrigeration())
				.priority(d.priority());
			Instant ready = transferReady.getOrDefault(d.shipmentId(), d.readyAt());
			if (ready != null) {
				visit.readyAt(ready.getEpochSecond());
			}
			String carrier = onBoard.get(d.shipmentId());
			Pin pin = pinByShipment.get(d.shipmentId());
			// Goods on board stay with their vehicle; a dispatcher's pin holds even to a vehicle that is
			// out, so the visit is reported unassigned with that reason rather than moved silently.
			if (carrier != null) {
				visit.pinnedTo(carrier);
			}
			else if (pin != null) {
				visit.pinnedTo(pin.vehicleId());
			}
			visits.put(id, visit);
		}

		List<Vehicle> vehicles = new ArrayList<>();
		for (FleetVehicle f : vehiclesByCode.values()) {
			Vehicle v = new Vehicle(f.code(), index.get(f.depot()), costs.get(f.profile()))
				.shift(epoch(date, f.shiftStart(), zone), epoch(date, f.shiftEnd(), zone))
				.capacity(f.capacityGrams(), f.capacityCm3(), f.capacityPallets())
				.refrigerated(f.refrigerated())
				.costs(f.costPerKmCents(), f.costPerHourCents(),
						this.properties.objective().fixedCost() ? f.fixedCostCents() : 0)
				.paidTime(this.properties.regularShift().toSeconds(), this.properties.overtimePremiumPercent())
				.co2GramsPerKm(f.co2GramsPerKm())
				.multiTrip(f.multiTrip(), f.reloadSeconds())
				.balanceWeight(this.properties.effectiveBalanceWeight());
			if (f.maxRouteSeconds() != null) {
				v.maxRouteSeconds(f.maxRouteSeconds());
			}
			if (f.breakStart() != null && f.breakEnd() != null && f.breakSeconds() > 0) {
				v.driverBreak(epoch(date, f.breakStart(), zone), epoch(date, f.breakEnd(), zone), f.breakSeconds());
			}
			List<Visit> initial = new ArrayList<>();
			ReplanState.VehicleProgress progress = replan == null ? null : replan.vehicles().get(f.code());
			if (progress != null && progress.departed()) {
				v.onTheRoad(index.get(startAt.get(f.code())), now.getEpochSecond(), progress.startedAt().getEpochSecond(),
						progress.startedAt().getEpochSecond());
				Visit current = progress.inProgress() == null ? null : visits.get(progress.inProgress().toString());
				if (current != null) {
					initial.add(current);
				}
			}
			else if (now != null) {
				v.shift(Math.max(now.getEpochSecond(), epoch(date, f.shiftStart(), zone)), epoch(date, f.shiftEnd(), zone));
			}
			// Position pins form the start of the route, in sequence order.
			pins.stream()
				.filter(p -> p.vehicleId().equals(f.code()) && p.sequence() != null)
				.sorted(java.util.Comparator.comparing(Pin::sequence))
				.map(p -> visits.get(p.shipmentId().toString()))
				.filter(x -> x != null && !initial.contains(x))
				.forEach(initial::add);
			v.setVisits(initial);
			v.pinFirst(initial.size());
			vehicles.add(v);
		}
		RoutingSolution solution = new RoutingSolution(vehicles, new ArrayList<>(visits.values())).timeLimit(limit);
		for (Vehicle v : vehicles) {
			for (Visit x : v.getVisits()) {
				x.setVehicle(v);
			}
		}
		return new Assembled(date, solution, byId, fleetByCode, excluded, excludedDeliveries, replan);
	}

	/**
	 * Where an on-the-road vehicle is planned from: its reported position, or its last done stop when
	 * the position is too far from any road (a yard, a GPS jump) to route from.
	 */
	private GeoPoint plannable(ReplanState.VehicleProgress progress, VehicleProfile profile) {
		try {
			this.roadNetwork.snap(progress.position(), profile);
			return progress.position();
		}
		catch (PointOffRoadNetwork offRoad) {
			return progress.lastStop();
		}
	}

	private static int indexOf(GeoPoint p, List<GeoPoint> points, Map<GeoPoint, Integer> index) {
		return index.computeIfAbsent(p, k -> {
			points.add(k);
			return points.size() - 1;
		});
	}

	/**
	 * One matrix per profile in the fleet. A delivery point the road network refuses is left out with
	 * the road network's reason and the matrix asked again without it (depots and live positions are
	 * never left out: the job fails, saying why).
	 */
	private Map<VehicleProfile, TravelCosts> matrices(List<GeoPoint> points, int fixedPoints,
			java.util.Collection<FleetVehicle> fleet, Map<String, Delivery> deliveries, Map<String, String> excluded) {
		Map<VehicleProfile, TravelCosts> result = new EnumMap<>(VehicleProfile.class);
		for (VehicleProfile profile : fleet.stream().map(FleetVehicle::profile).distinct().toList()) {
			List<Integer> refused = new ArrayList<>();
			while (true) {
				List<GeoPoint> query = new ArrayList<>(points);
				// Refused points are replaced by the first depot so indexes stay stable.
				for (int i : refused) {
					query.set(i, points.get(0));
				}
				try {
					TravelMatrix matrix = this.roadNetwork.matrix(query, profile);
					result.put(profile, TravelCosts.of(matrix));
					break;
				}
				catch (PointOffRoadNetwork ex) {
					int i = ex.pointIndex();
					if (i < fixedPoints || refused.contains(i)) {
						throw ex;
					}
					refused.add(i);
					GeoPoint bad = points.get(i);
					deliveries.values()
						.stream()
						.filter(d -> d.location().equals(bad))
						.forEach(d -> excluded.put(d.shipmentId().toString(),
								"Address is off the road network: " + ex.getMessage() + " (rule addressOnRoadNetwork)"));
				}
			}
		}
		return result;
	}

	static long epoch(LocalDate date, LocalTime time, ZoneId zone) {
		return date.atTime(time).atZone(zone).toEpochSecond();
	}

}
