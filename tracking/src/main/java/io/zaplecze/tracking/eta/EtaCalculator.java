package io.zaplecze.tracking.eta;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.TimeWindow;

/**
 * Arrival estimates for the stops still to serve, from where the vehicle is now: road travel time of
 * each leg, waiting for a window to open, service time at each stop. A stop is late when its estimate
 * falls after the end of the last window it could still make (arriving exactly at a window's end is
 * on time: {@link TimeWindow}'s rule). Pure arithmetic: the road times come in.
 */
public final class EtaCalculator {

	private final Duration minSpread;

	private final double spreadFraction;

	public EtaCalculator(Duration minSpread, double spreadFraction) {
		this.minSpread = minSpread;
		this.spreadFraction = spreadFraction;
	}

	/**
	 * @param now the time of the vehicle's latest fix
	 * @param busyUntil when the vehicle is free to drive on (now, or the end of the service it is doing)
	 * @param stops the remaining stops in driving order
	 * @param legSeconds road time to each stop from the previous point (first leg from the vehicle)
	 */
	public List<StopEta> estimate(Instant now, Instant busyUntil, List<Stop> stops, List<Long> legSeconds) {
		if (legSeconds.size() != stops.size()) {
			throw new IllegalArgumentException("One leg per stop: " + legSeconds.size() + " legs, " + stops.size() + " stops");
		}
		List<StopEta> etas = new ArrayList<>(stops.size());
		Instant clock = busyUntil.isAfter(now) ? busyUntil : now;
		for (int i = 0; i < stops.size(); i++) {
			Stop stop = stops.get(i);
			Instant arrival = clock.plusSeconds(Math.max(0, legSeconds.get(i)));
			TimeWindow window = applicableWindow(stop.windows(), arrival);
			Instant serviceStart = (window != null && arrival.isBefore(window.start())) ? window.start() : arrival;
			boolean late = window == null ? !stop.windows().isEmpty() : window.isLate(serviceStart);
			Instant windowEnd = (window != null) ? window.end()
					: stop.windows().isEmpty() ? null : stop.windows().get(stop.windows().size() - 1).end();
			Duration spread = spread(Duration.between(now, arrival));
			etas.add(new StopEta(stop.stopId(), stop.shipmentId(), arrival, arrival.minus(spread), arrival.plus(spread),
					windowEnd, late));
			clock = serviceStart.plusSeconds(stop.serviceSeconds());
		}
		return etas;
	}

	/** The window the arrival falls in, or the next one to open; null when every window has closed. */
	static @Nullable TimeWindow applicableWindow(List<TimeWindow> windows, Instant arrival) {
		for (TimeWindow window : windows) {
			if (!window.isLate(arrival)) {
				return window;
			}
		}
		return null;
	}

	Duration spread(Duration ahead) {
		long fraction = (long) (Math.max(0, ahead.toSeconds()) * this.spreadFraction);
		return this.minSpread.plusSeconds(fraction);
	}

	/**
	 * A stop still to serve.
	 *
	 * @param stopId the stop
	 * @param shipmentId its shipment
	 * @param windows its windows, in order
	 * @param serviceSeconds time on site
	 */
	public record Stop(UUID stopId, UUID shipmentId, List<TimeWindow> windows, int serviceSeconds) {
	}

	/**
	 * An estimate.
	 *
	 * @param stopId the stop
	 * @param shipmentId its shipment
	 * @param eta expected arrival
	 * @param from earliest arrival shown to the customer
	 * @param to latest arrival shown to the customer
	 * @param windowEnd the end of the window it is measured against (null without windows)
	 * @param late whether service starts at or after that end
	 */
	public record StopEta(UUID stopId, UUID shipmentId, Instant eta, Instant from, Instant to,
			@Nullable Instant windowEnd, boolean late) {
	}

}
