package io.zaplecze.routing;

import io.zaplecze.platform.GeoPoint;

/**
 * A point is farther from every road the profile may use than the configured snap distance
 * ({@code zaplecze.routing.snap-max-meters}), or outside the loaded network altogether (422).
 * Points are never silently moved that far.
 */
public final class PointOffRoadNetwork extends RoutingFailure {

	private final int pointIndex;

	/**
	 * @param pointIndex position of the point in the caller's list (0 for a single point)
	 * @param point the refused point
	 * @param distanceMeters distance to the nearest usable road, or infinity when none was found
	 * @param maxMeters the configured limit
	 * @param profile the profile whose roads were searched
	 */
	public PointOffRoadNetwork(int pointIndex, GeoPoint point, double distanceMeters, double maxMeters,
			VehicleProfile profile) {
		super(Kind.UNPROCESSABLE, message(pointIndex, point, distanceMeters, maxMeters, profile));
		this.pointIndex = pointIndex;
	}

	/** Position of the refused point in the caller's list. */
	public int pointIndex() {
		return this.pointIndex;
	}

	private static String message(int index, GeoPoint point, double distanceMeters, double maxMeters,
			VehicleProfile profile) {
		String where = "Point " + index + " (" + point.lat() + ", " + point.lon() + ")";
		if (Double.isInfinite(distanceMeters)) {
			return where + " is not near any road of the loaded network usable by profile " + profile;
		}
		return where + " is " + Math.round(distanceMeters) + " m from the nearest road usable by profile " + profile
				+ "; at most " + Math.round(maxMeters) + " m is accepted";
	}

}
