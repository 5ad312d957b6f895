package io.zaplecze.routing;

import java.util.List;

import io.zaplecze.platform.GeoPoint;

/**
 * The road network as other modules may ask it: routes and travel matrices on the configured
 * OpenStreetMap extract (or the generated demo town). Points farther than the configured snap
 * distance from any road are refused with a named failure, never silently moved.
 */
public interface RoadNetworkManagement {

	/** The fastest route through the waypoints, in order. */
	RoadRoute route(List<GeoPoint> waypoints, VehicleProfile profile);

	/** Travel times and distances between every pair of points. */
	TravelMatrix matrix(List<GeoPoint> points, VehicleProfile profile);

	/** The nearest point on a road the profile may use; refused when farther than the snap distance. */
	GeoPoint snap(GeoPoint point, VehicleProfile profile);

	/** The area the loaded network covers. */
	NetworkArea area();

	/**
	 * The road point nearest the centre of {@link #area()} that {@link #snap} accepts, found the same
	 * way every time: a natural depot or hub for a demo or a benchmark. The centre of an extract's
	 * bounding box is often a field, a lake or outside the roads altogether.
	 */
	GeoPoint centralPoint(VehicleProfile profile);

}
