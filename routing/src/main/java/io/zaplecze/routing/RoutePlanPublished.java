package io.zaplecze.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;

/**
 * A plan version for a day was published: these are the routes the vehicles will drive. A later
 * version of the same day (a re-plan) supersedes the earlier one entirely; consumers key their
 * state by {@code (date, vehicleId)} and replace it.
 *
 * @param planId the plan (stable across versions of the same day)
 * @param version increases with every publication of the plan
 * @param date the operating day
 * @param publishedAt when it was published
 * @param routes one per vehicle that drives
 */
public record RoutePlanPublished(UUID planId, int version, LocalDate date, Instant publishedAt,
		List<Route> routes) {

	public RoutePlanPublished {
		routes = List.copyOf(routes);
	}

	/**
	 * One vehicle's route.
	 *
	 * @param routeId unique per plan version
	 * @param vehicleId the vehicle's code, as in its MQTT topic
	 * @param refrigerated whether the vehicle has a refrigerated compartment
	 * @param depotId the site it leaves from and returns to
	 * @param depot where that site is
	 * @param departure planned departure from the depot
	 * @param returnAt planned return to the depot
	 * @param distanceMeters planned road distance
	 * @param drivingSeconds planned driving time (without service and waiting)
	 * @param stops in driving order
	 */
	public record Route(UUID routeId, String vehicleId, boolean refrigerated, UUID depotId, GeoPoint depot,
			Instant departure, Instant returnAt, long distanceMeters, long drivingSeconds, List<Stop> stops) {

		public Route {
			stops = List.copyOf(stops);
		}

	}

	/**
	 * A planned stop.
	 *
	 * @param stopId unique per plan version; devices report events with it
	 * @param shipmentId the shipment delivered here
	 * @param sequence 1-based position in the route
	 * @param location where
	 * @param plannedArrival planned arrival
	 * @param plannedDeparture planned departure after service
	 * @param timeWindows the customer's windows
	 * @param serviceSeconds planned time on site
	 */
	public record Stop(UUID stopId, UUID shipmentId, int sequence, GeoPoint location, Instant plannedArrival,
			Instant plannedDeparture, List<TimeWindow> timeWindows, int serviceSeconds) {

		public Stop {
			timeWindows = List.copyOf(timeWindows);
		}

	}

}
