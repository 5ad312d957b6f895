package io.zaplecze.tracking.arrival;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change in a vehicle's progress along its route, from a geofence or a device event.
 *
 * @param kind what happened
 * @param stopId the stop; null for the depot departure
 * @param at when it happened (device time)
 * @param source who said so; a device's word overrides a geofence's
 */
public record StopTransition(Kind kind, @Nullable UUID stopId, Instant at, Source source) {

	/** Progress steps. */
	public enum Kind {

		/** Left the depot: the route started. */
		DEPOT_DEPARTED,

		/** Reached a stop. */
		ARRIVED,

		/** Left a stop. */
		DEPARTED,

		/** Delivered at a stop (device only). */
		DELIVERED,

		/** Failed to deliver at a stop (device only). */
		FAILED

	}

	/** Where a transition came from. */
	public enum Source {

		GEOFENCE, DEVICE

	}

}
