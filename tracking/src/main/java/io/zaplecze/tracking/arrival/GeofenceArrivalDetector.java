package io.zaplecze.tracking.arrival;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

/**
 * Stop arrival and departure from geofences, debounced: an arrival needs fixes within the enter
 * radius for the dwell time, a departure needs fixes beyond the (larger) exit radius for the depart
 * dwell. Between the two radii nothing changes, so a position jittering across one boundary cannot
 * flap. Explicit device events move the state directly and take precedence. A pure function of
 * (state, fix or event): no clock, no I/O.
 */
public final class GeofenceArrivalDetector {

	private final double enterRadiusMeters;

	private final double exitRadiusMeters;

	private final Duration dwell;

	private final Duration departDwell;

	public GeofenceArrivalDetector(double enterRadiusMeters, double exitRadiusMeters, Duration dwell,
			Duration departDwell) {
		if (exitRadiusMeters < enterRadiusMeters) {
			throw new IllegalArgumentException("The exit radius must not be smaller than the enter radius");
		}
		this.enterRadiusMeters = enterRadiusMeters;
		this.exitRadiusMeters = exitRadiusMeters;
		this.dwell = dwell;
		this.departDwell = departDwell;
	}

	/**
	 * The state after one fix, and the transitions it completes.
	 *
	 * @param state the state before
	 * @param position the fix
	 * @param at its device time
	 * @param depot where the route starts
	 * @param open the stops not yet left
	 */
	public Detection onFix(VisitState state, GeoPoint position, Instant at, GeoPoint depot, List<Geofence> open) {
		List<StopTransition> transitions = new ArrayList<>(1);
		VisitState s = departDepot(state, position, at, depot, transitions);
		s = switch (s.phase()) {
			case TRAVELLING -> startEntering(s, position, at, open);
			case ENTERING -> {
				Geofence stop = find(open, s.stopId());
				if (stop == null || distance(position, stop) > this.exitRadiusMeters) {
					yield startEntering(s.with(VisitState.Phase.TRAVELLING, null, null), position, at, open);
				}
				if (elapsed(s.since(), at).compareTo(this.dwell) >= 0) {
					transitions.add(new StopTransition(StopTransition.Kind.ARRIVED, stop.stopId(), s.since(),
							StopTransition.Source.GEOFENCE));
					yield s.with(VisitState.Phase.AT_STOP, stop.stopId(), s.since());
				}
				yield s;
			}
			case AT_STOP -> {
				Geofence stop = find(open, s.stopId());
				if (stop == null) {
					// Left by the device's word meanwhile.
					yield s.with(VisitState.Phase.TRAVELLING, null, null);
				}
				yield (distance(position, stop) > this.exitRadiusMeters)
						? leaving(s.with(VisitState.Phase.LEAVING, stop.stopId(), at), at, transitions) : s;
			}
			case LEAVING -> {
				Geofence stop = find(open, s.stopId());
				if (stop == null) {
					yield s.with(VisitState.Phase.TRAVELLING, null, null);
				}
				yield (distance(position, stop) <= this.exitRadiusMeters)
						? s.with(VisitState.Phase.AT_STOP, stop.stopId(), null) : leaving(s, at, transitions);
			}
		};
		return new Detection(s, transitions);
	}

	/** The state after an explicit device event: the device's word wins over the geofence. */
	public VisitState onDeviceEvent(VisitState state, StopTransition.Kind kind, @Nullable UUID stopId, Instant at) {
		return switch (kind) {
			case DEPOT_DEPARTED, DEPARTED -> new VisitState(VisitState.Phase.TRAVELLING, null, null, true, null);
			case ARRIVED -> new VisitState(VisitState.Phase.AT_STOP, stopId, at, true, null);
			case DELIVERED, FAILED -> (state.phase() == VisitState.Phase.TRAVELLING
					|| state.phase() == VisitState.Phase.ENTERING)
							? new VisitState(VisitState.Phase.AT_STOP, stopId, at, true, null)
							: new VisitState(state.phase(), state.stopId(), state.since(), true, null);
		};
	}

	private VisitState departDepot(VisitState s, GeoPoint position, Instant at, GeoPoint depot,
			List<StopTransition> transitions) {
		if (s.leftDepot()) {
			return s;
		}
		if (position.haversineMeters(depot) <= this.exitRadiusMeters) {
			return (s.depotExitSince() == null) ? s
					: new VisitState(s.phase(), s.stopId(), s.since(), false, null);
		}
		Instant since = (s.depotExitSince() != null) ? s.depotExitSince() : at;
		if (elapsed(since, at).compareTo(this.departDwell) >= 0) {
			transitions.add(new StopTransition(StopTransition.Kind.DEPOT_DEPARTED, null, since,
					StopTransition.Source.GEOFENCE));
			return new VisitState(s.phase(), s.stopId(), s.since(), true, null);
		}
		return new VisitState(s.phase(), s.stopId(), s.since(), false, since);
	}

	private VisitState startEntering(VisitState s, GeoPoint position, Instant at, List<Geofence> open) {
		Geofence nearest = null;
		double best = Double.MAX_VALUE;
		for (Geofence stop : open) {
			double d = distance(position, stop);
			if (d <= this.enterRadiusMeters && d < best) {
				best = d;
				nearest = stop;
			}
		}
		if (nearest == null) {
			return s;
		}
		return s.with(VisitState.Phase.ENTERING, nearest.stopId(), at);
	}

	private VisitState leaving(VisitState s, Instant at, List<StopTransition> transitions) {
		if (elapsed(s.since(), at).compareTo(this.departDwell) >= 0) {
			transitions.add(new StopTransition(StopTransition.Kind.DEPARTED, s.stopId(), s.since(),
					StopTransition.Source.GEOFENCE));
			return s.with(VisitState.Phase.TRAVELLING, null, null);
		}
		return s;
	}

	private static @Nullable Geofence find(List<Geofence> open, @Nullable UUID stopId) {
		for (Geofence stop : open) {
			if (stop.stopId().equals(stopId)) {
				return stop;
			}
		}
		return null;
	}

	private static double distance(GeoPoint position, Geofence stop) {
		return position.haversineMeters(stop.center());
	}

	private static Duration elapsed(@Nullable Instant since, Instant at) {
		return (since == null) ? Duration.ZERO : Duration.between(since, at);
	}

	/**
	 * The outcome of one fix.
	 *
	 * @param state the new state
	 * @param transitions completed transitions, in order
	 */
	public record Detection(VisitState state, List<StopTransition> transitions) {
	}

}
