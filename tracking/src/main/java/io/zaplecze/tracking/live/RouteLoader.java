package io.zaplecze.tracking.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads routes and their stops' progress from the tracking schema. */
@Component
public class RouteLoader {

	private final JdbcTemplate jdbc;

	RouteLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The vehicle's current (not superseded) route whose day covers a device time, if any. */
	public @Nullable RouteState current(String vehicleId, Instant at) {
		List<UUID> ids = this.jdbc.queryForList("""
				SELECT route_id FROM tracking.routes WHERE vehicle_id = ? AND NOT superseded
				  AND departure - interval '6 hours' <= ? AND return_at + interval '12 hours' >= ?
				ORDER BY departure DESC LIMIT 1""", UUID.class, vehicleId, Timestamp.from(at), Timestamp.from(at));
		return ids.isEmpty() ? null : byId(ids.get(0));
	}

	/** Vehicles that have a current route at all (so the ingest never asks for the others). */
	public java.util.Set<String> routedVehicles() {
		return java.util.Set.copyOf(this.jdbc.queryForList(
				"SELECT DISTINCT vehicle_id FROM tracking.routes WHERE NOT superseded", String.class));
	}

	public @Nullable RouteState byId(UUID routeId) {
		List<RouteState> routes = this.jdbc.query("""
				SELECT route_id, day, vehicle_id, depot_lat, depot_lon, departure, return_at, started_at
				FROM tracking.routes WHERE route_id = ?""", (rs, i) -> new RouteState(rs.getObject(1, UUID.class),
				rs.getObject(2, java.time.LocalDate.class), rs.getString(3), new GeoPoint(rs.getDouble(4), rs.getDouble(5)),
				instant(rs, 6), instant(rs, 7), instant(rs, 8), stops(routeId)), routeId);
		return routes.isEmpty() ? null : routes.get(0);
	}

	private List<RouteState.StopState> stops(UUID routeId) {
		return this.jdbc.query("""
				SELECT stop_id, shipment_id, sequence, lat, lon, planned_arrival, service_seconds, windows, arrived_at,
				  departed_at, outcome, eta, late
				FROM tracking.stops WHERE route_id = ? ORDER BY sequence""",
				(rs, i) -> new RouteState.StopState(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
						new GeoPoint(rs.getDouble(4), rs.getDouble(5)), instant(rs, 6), rs.getInt(7),
						WindowsColumn.parse(rs.getString(8)), instant(rs, 9), instant(rs, 10), rs.getString(11),
						instant(rs, 12), rs.getBoolean(13)),
				routeId);
	}

	static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return (ts != null) ? ts.toInstant() : null;
	}

}
