package io.zaplecze.tracking.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tracking/alerts?date=}: the dispatcher's alert list for a day (late stops,
 * failed deliveries, silent and stationary vehicles), worked out on request from what tracking has
 * stored, so every instance answers the same.
 */
@RestController
@EnableConfigurationProperties(AlertProperties.class)
class AlertsController {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AlertProperties settings;

	AlertsController(JdbcTemplate jdbc, Clock clock, AlertProperties settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	@GetMapping("/api/v1/tracking/alerts")
	List<Alert> alerts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		List<AlertRules.Route> routes = routes(date);
		Map<String, AlertRules.Fix> last = new HashMap<>();
		Map<String, List<AlertRules.Fix>> recent = new HashMap<>();
		for (AlertRules.Route r : routes) {
			if (r.startedAt() == null || r.remaining().isEmpty() || last.containsKey(r.vehicleId())) {
				continue;
			}
			AlertRules.Fix fix = lastFix(r.vehicleId());
			if (fix != null) {
				last.put(r.vehicleId(), fix);
				recent.put(r.vehicleId(), track(r.vehicleId(), fix.deviceTime()));
			}
		}
		return AlertRules.of(routes, last, recent, this.clock.instant(), this.settings);
	}

	private List<AlertRules.Route> routes(LocalDate date) {
		Map<UUID, RouteRow> rows = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT r.route_id, r.vehicle_id, r.depot_lat, r.depot_lon, r.started_at, st.stop_id, st.shipment_id,
				       st.sequence, s.order_number, s.customer_name, s.window_start, s.window_end, st.service_seconds,
				       st.arrived_at, st.departed_at,
				       st.outcome, st.outcome_at, st.failure_reason, st.eta, st.late
				  FROM tracking.routes r JOIN tracking.stops st ON st.route_id = r.route_id
				  LEFT JOIN tracking.shipments s ON s.shipment_id = st.shipment_id
				 WHERE r.day = ? AND NOT r.superseded ORDER BY r.vehicle_id, st.sequence""", rs -> {
			UUID routeId = rs.getObject("route_id", UUID.class);
			RouteRow row = rows.computeIfAbsent(routeId, id -> {
				try {
					return new RouteRow(id, rs.getString("vehicle_id"),
							new GeoPoint(rs.getDouble("depot_lat"), rs.getDouble("depot_lon")), instant(rs, "started_at"),
							new ArrayList<>());
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			row.stops.add(new AlertRules.Stop(rs.getObject("stop_id", UUID.class), rs.getObject("shipment_id", UUID.class),
					rs.getInt("sequence"), rs.getString("order_number"), rs.getString("customer_name"),
					instant(rs, "window_start"), instant(rs, "window_end"), rs.getInt("service_seconds"), instant(rs, "arrived_at"), instant(rs, "departed_at"), rs.getString("outcome"),
					instant(rs, "outcome_at"), rs.getString("failure_reason"), instant(rs, "eta"), rs.getBoolean("late")));
		}, date);
		return rows.values().stream().map(r -> new AlertRules.Route(r.routeId, r.vehicleId, r.depot, r.startedAt, r.stops)).toList();
	}

	private AlertRules.@Nullable Fix lastFix(String vehicleId) {
		List<AlertRules.Fix> found = this.jdbc.query(
				"SELECT device_time, received_at, lat, lon FROM tracking.vehicle_latest WHERE vehicle_id = ?",
				AlertsController::fix, vehicleId);
		return found.isEmpty() ? null : found.getFirst();
	}

	/** The fixes of the last three stationary spans before {@code last}, oldest first. */
	private List<AlertRules.Fix> track(String vehicleId, Instant last) {
		Instant from = last.minus(this.settings.stationaryAfter().multipliedBy(3));
		return this.jdbc.query("""
				SELECT device_time, received_at, lat, lon FROM tracking.positions
				 WHERE vehicle_id = ? AND day BETWEEN ?::date AND ?::date AND device_time BETWEEN ? AND ?
				 ORDER BY device_time, seq""", AlertsController::fix, vehicleId,
				java.time.LocalDate.ofInstant(from, java.time.ZoneOffset.UTC),
				java.time.LocalDate.ofInstant(last, java.time.ZoneOffset.UTC), Timestamp.from(from), Timestamp.from(last));
	}

	private static AlertRules.Fix fix(ResultSet rs, int i) throws SQLException {
		return new AlertRules.Fix(rs.getTimestamp("device_time").toInstant(), rs.getTimestamp("received_at").toInstant(),
				rs.getDouble("lat"), rs.getDouble("lon"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private record RouteRow(UUID routeId, String vehicleId, GeoPoint depot, @Nullable Instant startedAt,
			List<AlertRules.Stop> stops) {
	}

}
