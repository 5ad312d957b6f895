package io.zaplecze.platform;

/**
 * A WGS 84 position as modules exchange it in facades and events (JTS geometries stay inside
 * modules and on the wire as GeoJSON).
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 */
public record GeoPoint(double lat, double lon) {

	private static final double EARTH_RADIUS_METERS = 6_371_008.8;

	public GeoPoint {
		if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
			throw new IllegalArgumentException("Position out of range: lat " + lat + ", lon " + lon);
		}
	}

	/** Great-circle distance in metres; for geofences and sanity checks, never for travel times. */
	public double haversineMeters(GeoPoint other) {
		double dLat = Math.toRadians(other.lat - this.lat);
		double dLon = Math.toRadians(other.lon - this.lon);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(this.lat))
				* Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
