package io.zaplecze.tracking.ingest;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stop event reported by the driver's device.
 *
 * @param vehicleId the vehicle
 * @param seq the device's message counter (shared with telemetry)
 * @param deviceTime when it happened (UTC)
 * @param type what happened
 * @param stopId the planned stop; null only for a departure from the depot
 * @param lat latitude, if reported
 * @param lon longitude, if reported
 * @param recipientName who took the goods (DELIVERED)
 * @param signatureRef reference of the captured signature (DELIVERED, optional)
 * @param reason why delivery failed (FAILED)
 * @param receivedAt when this instance received it
 */
public record StopEvent(String vehicleId, long seq, Instant deviceTime, Type type, @Nullable UUID stopId,
		@Nullable Double lat, @Nullable Double lon, @Nullable String recipientName, @Nullable String signatureRef,
		@Nullable FailureReason reason, Instant receivedAt) implements DeviceMessage {

	/** Event types of the device contract. */
	public enum Type {

		DEPARTED, ARRIVED, DELIVERED, FAILED

	}

	/** Reasons a delivery fails, as the device contract lists them. */
	public enum FailureReason {

		CUSTOMER_ABSENT, ADDRESS_NOT_FOUND, REFUSED, DAMAGED, NO_ACCESS, OTHER

	}

}
