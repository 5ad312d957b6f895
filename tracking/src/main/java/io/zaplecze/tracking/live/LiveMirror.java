package io.zaplecze.tracking.live;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.zaplecze.tracking.arrival.StopTransition;
import io.zaplecze.tracking.feed.LiveFeed;
import io.zaplecze.tracking.ingest.PositionFix;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The live state of an instance that does not own the ingest (scale-out): mirrored from the
 * database, which the owner writes. One {@link #refresh()} reads every vehicle's latest stored
 * position ({@code tracking.vehicle_latest}) and route progress, updates this instance's
 * {@link LiveFleet} (so its vehicle views, the public lookup and routing's live state answer as the
 * owner's do) and publishes on this instance's live feed what changed: positions, stop progress
 * (arrived, departed, delivered, failed) and ETAs. A follower never writes.
 */
@Component
public class LiveMirror {

	/** Vehicles whose last stored fix is older than this are not mirrored (yesterday's fleet). */
	private static final Duration HORIZON = Duration.ofHours(24);

	private final LiveFleet fleet;

	private final LiveFeed feed;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** When each vehicle's ETAs were last refreshed, as last seen. */
	private final Map<String, Instant> etaRefreshed = new java.util.concurrent.ConcurrentHashMap<>();

	LiveMirror(LiveFleet fleet, LiveFeed feed, JdbcTemplate jdbc, Clock clock) {
		this.fleet = fleet;
		this.feed = feed;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One pass; returns the number of vehicles mirrored. */
	public int refresh() {
		List<PositionFix> latest = this.jdbc.query("""
				SELECT vehicle_id, seq, device_time, lat, lon, speed_kmh, heading, accuracy_m, received_at
				FROM tracking.vehicle_latest WHERE received_at > ?""",
				(rs, i) -> new PositionFix(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getDouble(4),
						rs.getDouble(5), floatOrNull(rs, 6), floatOrNull(rs, 7), floatOrNull(rs, 8),
						rs.getTimestamp(9).toInstant()),
				Timestamp.from(this.clock.instant().minus(HORIZON)));
		Map<String, Instant> refreshed = new java.util.HashMap<>();
		this.jdbc.query("SELECT vehicle_id, max(eta_at) FROM tracking.routes WHERE NOT superseded AND eta_at IS NOT NULL "
				+ "GROUP BY vehicle_id", (java.sql.ResultSet rs) -> {
					refreshed.put(rs.getString(1), rs.getTimestamp(2).toInstant());
				});
		for (PositionFix fix : latest) {
			VehicleLive v = this.fleet.track(fix.vehicleId());
			PositionFix last = v.lastFix;
			if (last == null || fix.seq() > last.seq()) {
				v.lastFix = fix;
				this.feed.publish("position", Map.of("vehicleId", fix.vehicleId(), "seq", fix.seq(), "at", fix.deviceTime(),
						"lat", fix.lat(), "lon", fix.lon(), "speedKmh", (fix.speedKmh() != null) ? fix.speedKmh() : 0f));
			}
			RouteState before = v.route;
			RouteState route = this.fleet.reload(v, fix.deviceTime());
			if (route != null && before != null && before.routeId().equals(route.routeId())) {
				Instant at = refreshed.get(fix.vehicleId());
				Instant seen = (at != null) ? this.etaRefreshed.put(fix.vehicleId(), at) : null;
				publishChanges(v, before, route, at != null && !at.equals(seen));
			}
		}
		return latest.size();
	}

	private void publishChanges(VehicleLive v, RouteState before, RouteState after, boolean etaRefreshed) {
		boolean etaChanged = etaRefreshed;
		for (RouteState.StopState stop : after.stops()) {
			RouteState.StopState old = before.stops().stream()
				.filter(s -> s.stopId().equals(stop.stopId())).findFirst().orElse(null);
			if (old == null) {
				continue;
			}
			if (stop.arrivedAt() != null && old.arrivedAt() == null) {
				publishStop(v, after, stop, StopTransition.Kind.ARRIVED, stop.arrivedAt());
			}
			if (stop.outcome() != null && old.outcome() == null) {
				publishStop(v, after, stop, StopTransition.Kind.valueOf(stop.outcome()), null);
			}
			if (stop.departedAt() != null && old.departedAt() == null) {
				publishStop(v, after, stop, StopTransition.Kind.DEPARTED, stop.departedAt());
			}
			etaChanged |= stop.eta() != null && !Objects.equals(old.eta(), stop.eta());
		}
		if (etaChanged) {
			this.feed.publish("eta", Map.of("vehicleId", v.vehicleId(), "routeId", after.routeId(), "stops",
					after.remaining().stream().filter(s -> s.eta() != null)
						.map(s -> Map.of("stopId", s.stopId(), "eta", s.eta(), "late", s.late())).toList()));
		}
	}

	private void publishStop(VehicleLive v, RouteState route, RouteState.StopState stop, StopTransition.Kind kind,
			@Nullable Instant at) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("vehicleId", v.vehicleId());
		data.put("routeId", route.routeId());
		data.put("stopId", stop.stopId());
		data.put("shipmentId", stop.shipmentId());
		data.put("kind", kind);
		data.put("at", at);
		data.put("source", "MIRROR");
		this.feed.publish("stop", data);
	}

	private static @Nullable Float floatOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		float value = rs.getFloat(column);
		return rs.wasNull() ? null : value;
	}

}
