package io.zaplecze.routing;

import java.util.List;

import io.zaplecze.platform.GeoPoint;

/**
 * A route on the road network through two or more waypoints.
 *
 * @param distanceMeters road distance
 * @param travelSeconds driving time
 * @param geometry the road geometry, first point at the first (snapped) waypoint
 * @param legSeconds driving time of each leg between consecutive waypoints
 * @param legMeters road distance of each leg between consecutive waypoints
 */
public record RoadRoute(long distanceMeters, long travelSeconds, List<GeoPoint> geometry, List<Long> legSeconds,
		List<Long> legMeters) {

	public RoadRoute {
		geometry = List.copyOf(geometry);
		legSeconds = List.copyOf(legSeconds);
		legMeters = List.copyOf(legMeters);
	}

}
