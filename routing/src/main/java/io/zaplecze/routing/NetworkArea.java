package io.zaplecze.routing;

import io.zaplecze.platform.GeoPoint;

/**
 * The area the loaded road network covers (its bounding box), e.g. to place demo customers or
 * benchmark points.
 *
 * @param minLat southern edge
 * @param minLon western edge
 * @param maxLat northern edge
 * @param maxLon eastern edge
 */
public record NetworkArea(double minLat, double minLon, double maxLat, double maxLon) {

	public GeoPoint center() {
		return new GeoPoint((this.minLat + this.maxLat) / 2, (this.minLon + this.maxLon) / 2);
	}

}
