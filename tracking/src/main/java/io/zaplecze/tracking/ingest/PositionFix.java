package io.zaplecze.tracking.ingest;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

/**
 * A telemetry message: where the vehicle was at a device time.
 *
 * @param vehicleId the vehicle
 * @param seq the device's message counter
 * @param deviceTime when it was measured (UTC)
 * @param lat latitude
 * @param lon longitude
 * @param speedKmh speed, if reported
 * @param heading degrees from north, if reported
 * @param accuracyM horizontal accuracy in metres, if reported
 * @param receivedAt when this instance received it
 */
public record PositionFix(String vehicleId, long seq, Instant deviceTime, double lat, double lon,
		@Nullable Float speedKmh, @Nullable Float heading, @Nullable Float accuracyM, Instant receivedAt)
		implements DeviceMessage {

	public GeoPoint position() {
		return new GeoPoint(this.lat, this.lon);
	}

}
