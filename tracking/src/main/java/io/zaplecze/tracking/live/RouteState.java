package io.zaplecze.tracking.live;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.tracking.arrival.Geofence;

/**
 * A snapshot of a vehicle's current route and the progress of its stops (immutable; replaced when
 * anything changes).
 *
 * @param routeId the route
 * @param day the operating day
 * @param vehicleId the vehicle
 * @param depot where it starts
 * @param departure planned departure
 * @param returnAt planned return
 * @param startedAt when it left the depot, if it has
 * @param stops in planned order
 */
public record RouteState(UUID routeId, LocalDate day, String vehicleId, GeoPoint depot, Instant departure,
		Instant returnAt, @Nullable Instant startedAt, List<StopState> stops) {

	public RouteState {
		stops = List.copyOf(stops);
	}

	/** Whether the route is the one being driven at a device time (with generous margins). */
	boolean covers(Instant at) {
		return !at.isBefore(this.departure.minusSeconds(6 * 3600)) && !at.isAfter(this.returnAt.plusSeconds(12 * 3600));
	}

	/** The stops the vehicle may still arrive at or leave. */
	public List<Geofence> openGeofences() {
		return this.stops.stream().filter(s -> s.departedAt() == null).map(s -> new Geofence(s.stopId(), s.location())).toList();
	}

	/** The stop the vehicle is heading to: the first in order neither left nor completed; null when done. */
	public @Nullable StopState target() {
		for (StopState stop : this.stops) {
			if (stop.departedAt() == null && stop.outcome() == null) {
				return stop;
			}
		}
		return null;
	}

	/** Stops still to serve, in order. */
	public List<StopState> remaining() {
		return this.stops.stream().filter(s -> s.outcome() == null && s.departedAt() == null).toList();
	}

	/**
	 * A stop and its progress.
	 *
	 * @param stopId the stop
	 * @param shipmentId the shipment delivered there
	 * @param sequence position in the route
	 * @param location where
	 * @param plannedArrival planned arrival
	 * @param serviceSeconds planned time on site
	 * @param windows the customer's windows
	 * @param arrivedAt when the vehicle arrived
	 * @param departedAt when it left
	 * @param outcome DELIVERED or FAILED once known
	 * @param eta the latest estimate of arrival
	 * @param late whether that estimate is past the window
	 */
	public record StopState(UUID stopId, UUID shipmentId, int sequence, GeoPoint location, Instant plannedArrival,
			int serviceSeconds, List<TimeWindow> windows, @Nullable Instant arrivedAt, @Nullable Instant departedAt,
			@Nullable String outcome, @Nullable Instant eta, boolean late) {

		public StopState {
			windows = List.copyOf(windows);
		}

	}

}
