package io.zaplecze.routing.fleet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;

/** The fleet table. */
@Repository
class VehicleRepository {

	private final JdbcClient jdbc;

	VehicleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FleetVehicle> findAll() {
		return this.jdbc.sql("SELECT * FROM routing.vehicle ORDER BY code").query(VehicleRepository::map).list();
	}

	Optional<FleetVehicle> findById(UUID id) {
		return this.jdbc.sql("SELECT * FROM routing.vehicle WHERE id = ?").param(id).query(VehicleRepository::map).optional();
	}

	Optional<FleetVehicle> findByCode(String code) {
		return this.jdbc.sql("SELECT * FROM routing.vehicle WHERE code = ?")
			.param(code)
			.query(VehicleRepository::map)
			.optional();
	}

	void insert(FleetVehicle v, Instant now) {
		this.jdbc.sql("""
				INSERT INTO routing.vehicle (id, code, profile, depot_id, depot_lat, depot_lon, shift_start, shift_end,
				  capacity_grams, capacity_cm3, capacity_pallets, refrigerated, max_route_seconds, break_start, break_end,
				  break_seconds, cost_per_km_cents, cost_per_hour_cents, fixed_cost_cents, co2_grams_per_km, multi_trip,
				  reload_seconds, available, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(v.id(), v.code(), v.profile().name(), v.depotId(), v.depot().lat(), v.depot().lon(),
					time(v.shiftStart()), time(v.shiftEnd()), v.capacityGrams(), v.capacityCm3(), v.capacityPallets(),
					v.refrigerated(), v.maxRouteSeconds(), time(v.breakStart()), time(v.breakEnd()), v.breakSeconds(),
					v.costPerKmCents(), v.costPerHourCents(), v.fixedCostCents(), v.co2GramsPerKm(), v.multiTrip(),
					v.reloadSeconds(), v.available(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))
			.update();
	}

	int update(FleetVehicle v, Instant now) {
		return this.jdbc.sql("""
				UPDATE routing.vehicle SET code = ?, profile = ?, depot_id = ?, depot_lat = ?, depot_lon = ?,
				  shift_start = ?, shift_end = ?, capacity_grams = ?, capacity_cm3 = ?, capacity_pallets = ?,
				  refrigerated = ?, max_route_seconds = ?, break_start = ?, break_end = ?, break_seconds = ?,
				  cost_per_km_cents = ?, cost_per_hour_cents = ?, fixed_cost_cents = ?, co2_grams_per_km = ?,
				  multi_trip = ?, reload_seconds = ?, available = ?, updated_at = ?
				WHERE id = ?
				""")
			.params(v.code(), v.profile().name(), v.depotId(), v.depot().lat(), v.depot().lon(), time(v.shiftStart()),
					time(v.shiftEnd()), v.capacityGrams(), v.capacityCm3(), v.capacityPallets(), v.refrigerated(),
					v.maxRouteSeconds(), time(v.breakStart()), time(v.breakEnd()), v.breakSeconds(), v.costPerKmCents(),
					v.costPerHourCents(), v.fixedCostCents(), v.co2GramsPerKm(), v.multiTrip(), v.reloadSeconds(),
					v.available(), java.sql.Timestamp.from(now), v.id())
			.update();
	}

	int delete(UUID id) {
		return this.jdbc.sql("DELETE FROM routing.vehicle WHERE id = ?").param(id).update();
	}

	int count() {
		return this.jdbc.sql("SELECT count(*) FROM routing.vehicle").query(Integer.class).single();
	}

	private static @Nullable Time time(@Nullable LocalTime t) {
		return t == null ? null : Time.valueOf(t);
	}

	private static @Nullable LocalTime localTime(ResultSet rs, String column) throws SQLException {
		Time t = rs.getTime(column);
		return t == null ? null : t.toLocalTime();
	}

	private static FleetVehicle map(ResultSet rs, int row) throws SQLException {
		int maxRoute = rs.getInt("max_route_seconds");
		Integer maxRouteSeconds = rs.wasNull() ? null : maxRoute;
		return new FleetVehicle(rs.getObject("id", UUID.class), rs.getString("code"),
				VehicleProfile.valueOf(rs.getString("profile")), rs.getObject("depot_id", UUID.class),
				new GeoPoint(rs.getDouble("depot_lat"), rs.getDouble("depot_lon")), localTime(rs, "shift_start"),
				localTime(rs, "shift_end"), rs.getLong("capacity_grams"), rs.getLong("capacity_cm3"),
				rs.getInt("capacity_pallets"), rs.getBoolean("refrigerated"), maxRouteSeconds,
				localTime(rs, "break_start"), localTime(rs, "break_end"), rs.getInt("break_seconds"),
				rs.getLong("cost_per_km_cents"), rs.getLong("cost_per_hour_cents"), rs.getLong("fixed_cost_cents"),
				rs.getInt("co2_grams_per_km"), rs.getBoolean("multi_trip"), rs.getInt("reload_seconds"),
				rs.getBoolean("available"));
	}

}
