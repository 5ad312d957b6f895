package io.zaplecze.tracking.arrival;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a vehicle is relative to its stops, as the geofence detector tracks it.
 *
 * @param phase the debounce phase
 * @param stopId the stop being entered, served or left (null while travelling)
 * @param since when the current entering or leaving began (device time)
 * @param leftDepot whether the route has started
 * @param depotExitSince when the vehicle was first seen outside the depot's exit radius, while not yet counted
 */
public record VisitState(Phase phase, @Nullable UUID stopId, @Nullable Instant since, boolean leftDepot,
		@Nullable Instant depotExitSince) {

	/** The debounce phases. */
	public enum Phase {

		/** Not near any open stop. */
		TRAVELLING,

		/** Inside a stop's enter radius, not yet long enough. */
		ENTERING,

		/** Arrived: serving the stop. */
		AT_STOP,

		/** Outside the stop's exit radius, not yet long enough. */
		LEAVING

	}

	public static VisitState initial(boolean routeStarted) {
		return new VisitState(Phase.TRAVELLING, null, null, routeStarted, null);
	}

	VisitState with(Phase phase, @Nullable UUID stopId, @Nullable Instant since) {
		return new VisitState(phase, stopId, since, this.leftDepot, this.depotExitSince);
	}

}
