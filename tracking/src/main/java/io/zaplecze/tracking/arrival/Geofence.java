package io.zaplecze.tracking.arrival;

import java.util.UUID;

import io.zaplecze.platform.GeoPoint;

/**
 * An open stop (not yet left) the vehicle may arrive at.
 *
 * @param stopId the stop
 * @param center where it is
 */
public record Geofence(UUID stopId, GeoPoint center) {
}
