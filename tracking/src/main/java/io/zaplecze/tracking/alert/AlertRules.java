package io.zaplecze.tracking.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

/**
 * The alert rules, a pure function of the day's routes, each vehicle's last fix and recent track,
 * and the time now.
 */
final class AlertRules {

	/** Fixes this close to the depot are a reload or the day's end, never a breakdown. */
	static final double DEPOT_RADIUS_METERS = 150;

	private AlertRules() {
	}

	/** A route and its stops as tracking keeps them. */
	record Route(UUID routeId, String vehicleId, GeoPoint depot, @Nullable Instant startedAt, List<Stop> stops) {

		List<Stop> remaining() {
			return this.stops.stream().filter(s -> s.outcome() == null && s.departedAt() == null).toList();
		}

		/** The stop being served (arrived, not left, no outcome), if any. */
		@Nullable Stop serving() {
			return this.stops.stream()
				.filter(s -> s.arrivedAt() != null && s.departedAt() == null && s.outcome() == null)
				.findFirst()
				.orElse(null);
		}

	}

	/** A stop with its progress and customer. */
	record Stop(UUID stopId, UUID shipmentId, int sequence, @Nullable String orderNumber, @Nullable String customerName,
			@Nullable Instant windowStart, @Nullable Instant windowEnd, int serviceSeconds, @Nullable Instant arrivedAt, @Nullable Instant departedAt, @Nullable String outcome,
			@Nullable Instant outcomeAt, @Nullable String failureReason, @Nullable Instant eta, boolean late) {
	}

	/** A stored fix. */
	record Fix(Instant deviceTime, Instant receivedAt, double lat, double lon) {
	}

	/**
	 * The alerts, high severity first, then by time.
	 * @param lastFix each vehicle's newest fix (absent: never reported)
	 * @param recent each vehicle's fixes of the recent past, oldest first, ending with its last fix
	 */
	static List<Alert> of(List<Route> routes, Map<String, Fix> lastFix, Map<String, List<Fix>> recent, Instant now,
			AlertProperties settings) {
		List<Alert> alerts = new ArrayList<>();
		for (Route r : routes) {
			for (Stop s : r.stops()) {
				if ("FAILED".equals(s.outcome())) {
					String reason = s.failureReason() == null ? "OTHER" : s.failureReason();
					alerts.add(new Alert("FAILED:" + s.stopId(), Alert.Kind.FAILED, "high", r.vehicleId(), r.routeId(),
							s.stopId(), s.shipmentId(), s.orderNumber(), s.customerName(), s.outcomeAt(), s.windowEnd(),
							reason, 0, r.vehicleId() + " could not deliver " + who(s) + ": " + reason));
				}
				else if (s.outcome() == null && s.late() && s.eta() != null) {
					long minutes = s.windowEnd() == null ? 0
							: Math.max(0, Duration.between(s.windowEnd(), s.eta()).toMinutes());
					alerts.add(new Alert("LATE:" + s.stopId(), Alert.Kind.LATE, "medium", r.vehicleId(), r.routeId(),
							s.stopId(), s.shipmentId(), s.orderNumber(), s.customerName(), s.eta(), s.windowEnd(), null,
							minutes, r.vehicleId() + " will reach " + who(s) + " " + minutes + " min after the window closes"));
				}
			}
			int toGo = r.remaining().size();
			Fix last = lastFix.get(r.vehicleId());
			if (r.startedAt() == null || toGo == 0 || last == null) {
				continue;
			}
			Duration silent = Duration.between(last.receivedAt(), now);
			if (silent.compareTo(settings.silentAfter()) > 0) {
				alerts.add(new Alert("SILENT:" + r.vehicleId(), Alert.Kind.SILENT, "medium", r.vehicleId(), r.routeId(),
						null, null, null, null, last.receivedAt(), null, null, silent.toMinutes(),
						r.vehicleId() + " has not reported for " + silent.toMinutes() + " min, " + toGo + " stops to go"));
			}
			// Standing still is judged on the track it sent, also when it has since gone silent (a stall, then
			// the power went).
			Duration standing = standingStill(recent.getOrDefault(r.vehicleId(), List.of()), settings.stationaryRadiusMeters());
			// At a stop a vehicle may wait for the window to open and serve; only beyond that (plus
			// stationary-after) is standing still there an alert.
			Stop serving = r.serving();
			Duration allowed = settings.stationaryAfter();
			if (serving != null) {
				long wait = (serving.windowStart() != null && serving.arrivedAt() != null)
						? Math.max(0, Duration.between(serving.arrivedAt(), serving.windowStart()).toSeconds()) : 0;
				allowed = allowed.plusSeconds(wait + serving.serviceSeconds());
			}
			if (standing.compareTo(allowed) >= 0 && meters(r.depot(), last.lat(), last.lon()) > DEPOT_RADIUS_METERS) {
				alerts.add(new Alert("STATIONARY:" + r.vehicleId(), Alert.Kind.STATIONARY, "high", r.vehicleId(),
						r.routeId(), null, null, null, null, last.deviceTime(), null, null, standing.toMinutes(),
						r.vehicleId() + " has not moved for " + standing.toMinutes() + " min"
								+ (serving != null ? " at " + who(serving) : " away from its stops") + ", " + toGo
								+ " stops to go: a breakdown?"));
			}
		}
		alerts.sort(Comparator.comparing((Alert a) -> !"high".equals(a.severity()))
			.thenComparing(Alert::at, Comparator.nullsLast(Comparator.naturalOrder())));
		return alerts;
	}

	/** How long (device time) the track has stayed within {@code radius} of its last fix. */
	static Duration standingStill(List<Fix> track, double radius) {
		if (track.isEmpty()) {
			return Duration.ZERO;
		}
		Fix last = track.getLast();
		Instant since = last.deviceTime();
		for (int i = track.size() - 1; i >= 0; i--) {
			Fix f = track.get(i);
			if (meters(new GeoPoint(last.lat(), last.lon()), f.lat(), f.lon()) > radius) {
				break;
			}
			since = f.deviceTime();
		}
		return Duration.between(since, last.deviceTime());
	}

	private static String who(Stop s) {
		String order = s.orderNumber() == null ? "stop " + s.sequence() : s.orderNumber();
		return s.customerName() == null ? order : order + " (" + s.customerName() + ")";
	}

	static double meters(GeoPoint a, double lat, double lon) {
		double dLat = Math.toRadians(lat - a.lat());
		double dLon = Math.toRadians(lon - a.lon());
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
