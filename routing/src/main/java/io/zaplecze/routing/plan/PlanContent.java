package io.zaplecze.routing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;

/**
 * One version of a day's plan as stored and served: routes with their stops and legs, what was left
 * out and why, the score and its explanation per constraint, and the day's totals.
 *
 * @param date the operating day
 * @param score the solver's score ({@code hard/medium/soft}: broken rules, left-out priority, cost)
 * @param feasible whether no hard rule is broken
 * @param routes one per vehicle that drives
 * @param unassigned deliveries no route serves, each with its reason
 * @param explanation the score per constraint, with the matches in a dispatcher's words
 * @param totals the day's distance, driving time and CO2
 */
public record PlanContent(LocalDate date, String score, boolean feasible, List<PlannedRoute> routes,
		List<UnassignedDelivery> unassigned, List<ConstraintExplanation> explanation, Totals totals) {

	public PlanContent {
		routes = List.copyOf(routes);
		unassigned = List.copyOf(unassigned);
		explanation = List.copyOf(explanation);
	}

	/**
	 * One vehicle's route.
	 *
	 * @param routeId unique per plan version
	 * @param vehicleId the vehicle's code
	 * @param refrigerated whether it has a refrigerated compartment
	 * @param depotId the site it leaves from
	 * @param depot where that site is
	 * @param departure planned departure from the depot (or, re-planned on the road, when it left)
	 * @param returnAt planned return to the depot
	 * @param distanceMeters road distance
	 * @param drivingSeconds driving time
	 * @param co2Grams planned CO2 emissions
	 * @param stops in driving order, including those already done in a re-plan
	 * @param legs depot to first stop, stop to stop, last stop to depot
	 * @param cost what the route costs, part by part ({@code null} for a vehicle taken out in a re-plan and
	 * in versions stored before costs were shown)
	 */
	public record PlannedRoute(UUID routeId, String vehicleId, boolean refrigerated, UUID depotId, GeoPoint depot,
			Instant departure, Instant returnAt, long distanceMeters, long drivingSeconds, long co2Grams,
			List<PlannedStop> stops, List<Leg> legs, @Nullable RouteCost cost) {

		public PlannedRoute {
			stops = List.copyOf(stops);
			legs = List.copyOf(legs);
		}

		public PlannedRoute(UUID routeId, String vehicleId, boolean refrigerated, UUID depotId, GeoPoint depot,
				Instant departure, Instant returnAt, long distanceMeters, long drivingSeconds, long co2Grams,
				List<PlannedStop> stops, List<Leg> legs) {
			this(routeId, vehicleId, refrigerated, depotId, depot, departure, returnAt, distanceMeters, drivingSeconds,
					co2Grams, stops, legs, null);
		}

	}

	/**
	 * What a route costs, in the fleet's own prices (cents), as the planner priced it.
	 *
	 * @param distanceCents kilometres × the vehicle's cost per km
	 * @param driverTimeCents the driver's paid hours (departure to return) × the cost per hour, overtime
	 * premium included
	 * @param overtimeSeconds the part of the route beyond the regular shift length
	 * @param fixedCents the vehicle's cost for a day it drives
	 * @param totalCents the three together
	 * @param balancePoints the workload-balance term the objective added (not money)
	 */
	public record RouteCost(long distanceCents, long driverTimeCents, long overtimeSeconds, long fixedCents,
			long totalCents, long balancePoints) {
	}

	/**
	 * A planned stop.
	 *
	 * @param stopId unique per plan version (kept across re-plans for the same vehicle and shipment)
	 * @param shipmentId the shipment
	 * @param orderNumber the order number, for dispatchers
	 * @param sequence 1-based position in the route
	 * @param location where
	 * @param plannedArrival planned arrival
	 * @param plannedDeparture planned departure after service
	 * @param serviceSeconds time on site
	 * @param timeWindows the customer's windows
	 * @param trip 0-based trip of a multi-trip vehicle
	 * @param status PLANNED, or in a re-plan DONE / IN_PROGRESS for stops the vehicle already reached
	 */
	public record PlannedStop(UUID stopId, UUID shipmentId, String orderNumber, int sequence, GeoPoint location,
			Instant plannedArrival, Instant plannedDeparture, int serviceSeconds, List<TimeWindow> timeWindows, int trip,
			String status) {

		public PlannedStop {
			timeWindows = List.copyOf(timeWindows);
		}

	}

	/**
	 * A leg of a route on the road network.
	 *
	 * @param fromSequence 0 for the depot, else the stop's sequence
	 * @param toSequence the next stop's sequence, or stops + 1 for the return to the depot
	 * @param distanceMeters road distance
	 * @param travelSeconds driving time
	 * @param geometry GeoJSON LineString, coordinates {@code [lon, lat]}
	 * @param pointSeconds seconds from the leg's start to each geometry point
	 */
	public record Leg(int fromSequence, int toSequence, long distanceMeters, long travelSeconds, LineGeometry geometry,
			List<Double> pointSeconds) {

		public Leg {
			pointSeconds = List.copyOf(pointSeconds);
		}

	}

	/**
	 * A GeoJSON LineString.
	 *
	 * @param type always {@code LineString}
	 * @param coordinates {@code [lon, lat]} pairs
	 */
	public record LineGeometry(String type, List<List<Double>> coordinates) {

		public static LineGeometry of(List<GeoPoint> points) {
			return new LineGeometry("LineString", points.stream().map(p -> List.of(p.lon(), p.lat())).toList());
		}

	}

	/**
	 * A delivery left out of the plan.
	 *
	 * @param shipmentId the shipment
	 * @param orderNumber its order number
	 * @param priority its priority
	 * @param reason why, in a dispatcher's words
	 */
	public record UnassignedDelivery(UUID shipmentId, String orderNumber, int priority, String reason) {
	}

	/**
	 * One constraint's part of the score.
	 *
	 * @param constraint the constraint's name
	 * @param score its contribution ({@code hard/medium/soft})
	 * @param matches how many times it is matched
	 * @param details what each match means (at most 20)
	 */
	public record ConstraintExplanation(String constraint, String score, int matches, List<String> details) {

		public ConstraintExplanation {
			details = List.copyOf(details);
		}

	}

	/**
	 * The day's totals over all routes.
	 *
	 * @param vehicles vehicles that drive
	 * @param stops stops served
	 * @param distanceMeters road distance
	 * @param drivingSeconds driving time
	 * @param co2Grams CO2 emissions
	 * @param costCents what the routes cost in all (the sum of their {@link RouteCost#totalCents()})
	 */
	public record Totals(int vehicles, int stops, long distanceMeters, long drivingSeconds, long co2Grams,
			long costCents) {

		public Totals(int vehicles, int stops, long distanceMeters, long drivingSeconds, long co2Grams) {
			this(vehicles, stops, distanceMeters, drivingSeconds, co2Grams, 0);
		}

	}

	/** The route of a vehicle, if it drives in this version. */
	public @Nullable PlannedRoute route(String vehicleId) {
		return this.routes.stream().filter(r -> r.vehicleId().equals(vehicleId)).findFirst().orElse(null);
	}

}
