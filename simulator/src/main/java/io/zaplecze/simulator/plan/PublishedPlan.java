package io.zaplecze.simulator.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published route plan as the routing REST API serves it
 * ({@code GET /api/v1/routing/plans/published?date=}): the simulator's only view of the
 * plan. Ids stay strings: the simulator echoes them back to tracking and never interprets
 * them.
 *
 * @param planId the plan
 * @param version the publication's version
 * @param date the operating day
 * @param publishedAt when it was published; may be null in hand-written plan files
 * @param routes one per vehicle
 */
public record PublishedPlan(String planId, int version, LocalDate date, Instant publishedAt, List<Route> routes) {

	public PublishedPlan {
		routes = (routes != null) ? List.copyOf(routes) : List.of();
	}

	/**
	 * One vehicle's route.
	 *
	 * @param routeId the route
	 * @param vehicleId the vehicle code, as in its MQTT topic
	 * @param refrigerated whether the vehicle is refrigerated
	 * @param depot where it leaves from and returns to
	 * @param departure planned departure from the depot
	 * @param returnAt planned return
	 * @param distanceMeters planned road distance
	 * @param drivingSeconds planned driving time
	 * @param co2Grams planned emissions
	 * @param stops in driving order
	 * @param legs depot to the first stop, stop to stop, last stop back to the depot
	 */
	public record Route(String routeId, String vehicleId, boolean refrigerated, Point depot, Instant departure,
			Instant returnAt, double distanceMeters, double drivingSeconds, double co2Grams, List<Stop> stops,
			List<Leg> legs) {

		public Route {
			stops = (stops != null) ? List.copyOf(stops) : List.of();
			legs = (legs != null) ? List.copyOf(legs) : List.of();
		}

	}

	/**
	 * A stop to serve.
	 *
	 * @param stopId the id devices report events with
	 * @param shipmentId the shipment delivered here
	 * @param sequence 1-based position in the route
	 * @param location where
	 * @param plannedArrival planned arrival
	 * @param plannedDeparture planned departure
	 * @param serviceSeconds planned time on site
	 * @param timeWindows the customer's windows, possibly empty
	 */
	public record Stop(String stopId, String shipmentId, int sequence, Point location, Instant plannedArrival,
			Instant plannedDeparture, double serviceSeconds, List<Window> timeWindows) {

		public Stop {
			timeWindows = (timeWindows != null) ? List.copyOf(timeWindows) : List.of();
		}

	}

	/**
	 * A road leg between two consecutive places of a route (sequence 0 is the depot).
	 *
	 * @param fromSequence where it starts
	 * @param toSequence where it ends ({@code stops + 1} is the depot again)
	 * @param distanceMeters road distance
	 * @param travelSeconds driving time at the road network's speeds
	 * @param geometry the road polyline, GeoJSON {@code [lon, lat]} order
	 * @param pointSeconds seconds from the leg's start to each geometry point at road
	 * speeds
	 */
	public record Leg(int fromSequence, int toSequence, double distanceMeters, double travelSeconds,
			LineString geometry, double[] pointSeconds) {
	}

	/**
	 * A GeoJSON LineString.
	 *
	 * @param type always {@code LineString}
	 * @param coordinates {@code [lon, lat]} pairs
	 */
	public record LineString(String type, double[][] coordinates) {
	}

	/**
	 * A WGS84 point.
	 *
	 * @param lat latitude in degrees
	 * @param lon longitude in degrees
	 */
	public record Point(double lat, double lon) {
	}

	/**
	 * A customer time window.
	 *
	 * @param start earliest service start
	 * @param end latest service start
	 */
	public record Window(Instant start, Instant end) {
	}

}
