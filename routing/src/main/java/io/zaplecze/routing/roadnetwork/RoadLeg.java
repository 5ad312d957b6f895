package io.zaplecze.routing.roadnetwork;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

import io.zaplecze.platform.GeoJsonModule;
import io.zaplecze.platform.GeoPoint;

/**
 * One leg of a route, between two consecutive waypoints, as a published plan needs it: the road
 * geometry and, for every geometry point, the driving time from the leg's start at the road
 * network's speeds (so a device or simulator can drive it realistically).
 *
 * @param distanceMeters road distance of the leg
 * @param travelSeconds driving time of the leg; equals the travel matrix cell of the same two points
 * (to the second)
 * @param geometry the road geometry, first point at the (snapped) start, last at the (snapped) end;
 * at least two points
 * @param pointSeconds seconds from the leg's start to each geometry point, non-decreasing, same
 * length as {@code geometry}, starting at 0
 */
public record RoadLeg(long distanceMeters, long travelSeconds, List<GeoPoint> geometry, List<Double> pointSeconds) {

	public RoadLeg {
		geometry = List.copyOf(geometry);
		pointSeconds = List.copyOf(pointSeconds);
		if (geometry.size() < 2 || geometry.size() != pointSeconds.size()) {
			throw new IllegalArgumentException("A leg needs at least two geometry points and one time per point, got "
					+ geometry.size() + " points and " + pointSeconds.size() + " times");
		}
	}

	/** The geometry as a WGS 84 line (GeoJSON on the wire via the platform's module). */
	public LineString lineString() {
		return line(this.geometry);
	}

	/** A WGS 84 line through the points; a single point becomes a zero-length line (GeoJSON needs two). */
	static LineString line(List<GeoPoint> points) {
		Coordinate[] coordinates = points.stream().map(p -> new Coordinate(p.lon(), p.lat())).toArray(Coordinate[]::new);
		if (coordinates.length == 1) {
			coordinates = new Coordinate[] { coordinates[0], coordinates[0] };
		}
		return GeoJsonModule.WGS84.createLineString(coordinates);
	}

}
