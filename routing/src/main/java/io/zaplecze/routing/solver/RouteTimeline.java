package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * A vehicle's simulated day for its current visits (see {@link RouteSimulator} for the rules): when
 * it leaves and returns, how far it drives, when it reaches each stop, and every rule it breaks, in
 * the units the constraints penalise.
 *
 * @param departure when it leaves the depot (for a vehicle on the road: when it left)
 * @param end when it is back at the depot
 * @param meters distance driven
 * @param drivingSeconds time spent driving
 * @param trips depot departures (more than one only for multi-trip vehicles)
 * @param stops per visit, in driving order
 * @param lateSeconds total arrival after the last window, over all stops
 * @param readyViolationSeconds goods that were not ready when the vehicle loaded, summed in seconds
 * @param overtimeSeconds back after the shift end
 * @param durationExcessSeconds beyond the maximum route duration
 * @param breakViolationSeconds the driver's break started this much after its window (or never)
 * @param breakStartedAt when the break starts, or -1 when none is taken
 * @param excessGrams over the weight capacity, summed over trips
 * @param excessCm3 over the volume capacity, summed over trips
 * @param excessPallets over the pallet places, summed over trips
 */
public record RouteTimeline(long departure, long end, long meters, long drivingSeconds, int trips, List<Stop> stops,
		long lateSeconds, long readyViolationSeconds, long overtimeSeconds, long durationExcessSeconds,
		long breakViolationSeconds, long breakStartedAt, long excessGrams, long excessCm3,
		long excessPallets) implements PlannerRules.RouteFacts {

	public RouteTimeline {
		stops = List.copyOf(stops);
	}

	/**
	 * One stop of the route.
	 *
	 * @param visitId the visit
	 * @param arrival when the vehicle arrives
	 * @param serviceStart when service starts (after waiting for a window)
	 * @param departure when it leaves
	 * @param lateSeconds how late after the visit's last window (0 when on time)
	 * @param trip 0-based trip number
	 */
	public record Stop(String visitId, long arrival, long serviceStart, long departure, long lateSeconds, int trip) {
	}

	static RouteTimeline of(Vehicle v, Visit[] seq, RouteSimulator.Outcome o) {
		List<Stop> stops = new ArrayList<>(seq.length);
		for (int k = 0; k < seq.length; k++) {
			stops.add(new Stop(seq[k].getId(), o.arrival[k], o.serviceStart[k], o.leave[k], o.late[k], o.trip[k]));
		}
		return new RouteTimeline(o.departure, o.end, o.meters, o.drivingSeconds, o.trips, stops, o.lateSeconds,
				o.readyViolationSeconds, o.overtimeSeconds, o.durationExcessSeconds, o.breakViolationSeconds,
				o.breakStartedAt, o.excessGrams, o.excessCm3, o.excessPallets);
	}

	@Override
	public int stopCount() {
		return this.stops.size();
	}

	/** Late stops, for the dispatcher's explanation. */
	public List<Stop> lateStops() {
		return this.stops.stream().filter(s -> s.lateSeconds() > 0).toList();
	}

	/** Route duration from depot departure to return. */
	@Override
	public long durationSeconds() {
		return this.end - this.departure;
	}

}
