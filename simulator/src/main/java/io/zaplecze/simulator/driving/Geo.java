package io.zaplecze.simulator.driving;

/** Spherical-earth geometry on WGS84 degrees; plenty for metre-scale driving. */
public final class Geo {

	/** Mean earth radius in metres. */
	public static final double EARTH_RADIUS_M = 6_371_008.8;

	private Geo() {
	}

	/** Great-circle distance in metres. */
	public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/**
	 * Initial bearing from the first point to the second, degrees clockwise from north in
	 * [0, 360).
	 */
	public static double bearingDegrees(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dl = Math.toRadians(lon2 - lon1);
		double y = Math.sin(dl) * Math.cos(p2);
		double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
		double degrees = Math.toDegrees(Math.atan2(y, x));
		return (degrees + 360) % 360;
	}

	/**
	 * The point {@code northMeters} north and {@code eastMeters} east of the given one:
	 * {lat, lon}.
	 */
	public static double[] offset(double lat, double lon, double northMeters, double eastMeters) {
		double dLat = Math.toDegrees(northMeters / EARTH_RADIUS_M);
		double dLon = Math.toDegrees(eastMeters / (EARTH_RADIUS_M * Math.cos(Math.toRadians(lat))));
		return new double[] { lat + dLat, lon + dLon };
	}

	/** Distance in metres from a point to the segment a–b (local flat projection). */
	public static double distanceToSegmentMeters(double lat, double lon, double aLat, double aLon, double bLat,
			double bLon) {
		double kx = Math.cos(Math.toRadians(lat)) * EARTH_RADIUS_M * Math.PI / 180;
		double ky = EARTH_RADIUS_M * Math.PI / 180;
		double ax = (aLon - lon) * kx;
		double ay = (aLat - lat) * ky;
		double bx = (bLon - lon) * kx;
		double by = (bLat - lat) * ky;
		double dx = bx - ax;
		double dy = by - ay;
		double len2 = dx * dx + dy * dy;
		double f = (len2 == 0) ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
		double px = ax + f * dx;
		double py = ay + f * dy;
		return Math.sqrt(px * px + py * py);
	}

}
