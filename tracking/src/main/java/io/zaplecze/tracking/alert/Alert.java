package io.zaplecze.tracking.alert;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something on the road the dispatcher should act on.
 *
 * @param id stable while the condition lasts ({@code kind:stop} or {@code kind:vehicle}), so a console can
 * tell new alerts from known ones
 * @param kind what happened
 * @param severity {@code high} (a delivery failed, a vehicle stands still) or {@code medium}
 * @param vehicleId the vehicle
 * @param routeId its route
 * @param stopId the stop concerned (LATE, FAILED), else {@code null}
 * @param shipmentId its shipment
 * @param orderNumber its order number
 * @param customerName its customer
 * @param at when it happened or was last seen: the outcome time (FAILED), the ETA (LATE), the last fix
 * (SILENT, STATIONARY)
 * @param windowEnd the end of the stop's last window (LATE)
 * @param reason the failure reason (FAILED)
 * @param minutes minutes late (LATE), silent (SILENT) or standing still (STATIONARY)
 * @param message the alert in a dispatcher's words (English; consoles may render their own from the fields)
 */
public record Alert(String id, Kind kind, String severity, String vehicleId, UUID routeId, @Nullable UUID stopId,
		@Nullable UUID shipmentId, @Nullable String orderNumber, @Nullable String customerName, @Nullable Instant at,
		@Nullable Instant windowEnd, @Nullable String reason, long minutes, String message) {

	/** What happened. */
	public enum Kind {

		/** A stop's current ETA is past the end of its last window. */
		LATE,

		/** A delivery failed (the device reported it, with its reason). */
		FAILED,

		/** The vehicle has not reported for {@code silent-after}. */
		SILENT,

		/**
		 * The vehicle has not moved for {@code stationary-after}, away from its stops, or at a stop beyond
		 * its wait for the window and its service time: a probable breakdown.
		 */
		STATIONARY

	}

}
