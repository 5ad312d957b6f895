package io.zaplecze.routing;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

/**
 * What the fleet is doing right now, as re-planning needs it. Declared by routing, implemented by
 * tracking (which owns the telemetry); when no implementation is present routing re-plans from the
 * published plan alone.
 */
public interface FleetLiveState {

	/** The vehicle's live state, or empty if it has reported nothing today. */
	Optional<VehicleState> vehicle(String vehicleId);

	/**
	 * A vehicle's live state.
	 *
	 * @param vehicleId the vehicle's code
	 * @param position its last accepted position
	 * @param at when that position was measured (device time, UTC)
	 * @param completedStops stops already delivered or failed; they stay fixed in a re-plan
	 * @param stopInProgress the stop it is serving now (arrived, not yet departed), pinned in a re-plan
	 */
	record VehicleState(String vehicleId, GeoPoint position, Instant at, Set<UUID> completedStops,
			@Nullable UUID stopInProgress) {

		public VehicleState {
			completedStops = Set.copyOf(completedStops);
		}

	}

}
