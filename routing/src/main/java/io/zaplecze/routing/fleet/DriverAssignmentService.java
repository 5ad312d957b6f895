package io.zaplecze.routing.fleet;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zaplecze.platform.audit.AuditTrail;
import io.zaplecze.routing.DriverAssignments;
import io.zaplecze.routing.RoutingFailure;

/** Drivers on vehicles per day, set by dispatchers; recorded in the audit trail. */
@Service
public class DriverAssignmentService implements DriverAssignments {

	/** A user name as the application's users and JWT subjects have them. */
	static final Pattern DRIVER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}");

	private static final String SELECT = """
			SELECT a.day, a.driver, a.vehicle_id, v.code, a.assigned_at
			FROM routing.driver_assignment a JOIN routing.vehicle v ON v.id = a.vehicle_id""";

	private final JdbcClient jdbc;

	private final VehicleRepository vehicles;

	private final AuditTrail audit;

	private final Clock clock;

	DriverAssignmentService(JdbcClient jdbc, VehicleRepository vehicles, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.vehicles = vehicles;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public DriverAssignment assign(LocalDate date, String driver, String vehicleCode) {
		return assign(date, driver, this.vehicles.findByCode(vehicleCode).orElseThrow(() -> new VehicleNotFound(vehicleCode)));
	}

	/** Assigns by the vehicle's id (the REST API). */
	@Transactional
	public DriverAssignment assign(LocalDate date, String driver, UUID vehicleId) {
		return assign(date, driver,
				this.vehicles.findById(vehicleId).orElseThrow(() -> new VehicleNotFound(vehicleId.toString())));
	}

	private DriverAssignment assign(LocalDate date, String driver, FleetVehicle vehicle) {
		requireDriver(driver);
		Optional<DriverAssignment> holder = this.jdbc.sql(SELECT + " WHERE a.day = ? AND a.vehicle_id = ?")
			.params(date, vehicle.id())
			.query(DriverAssignmentService::map)
			.optional();
		if (holder.isPresent() && !holder.get().driver().equals(driver)) {
			throw new VehicleAlreadyAssigned(vehicle.code(), date, holder.get().driver());
		}
		Instant now = this.clock.instant();
		try {
			this.jdbc.sql("""
					INSERT INTO routing.driver_assignment (day, driver, vehicle_id, assigned_at) VALUES (?, ?, ?, ?)
					ON CONFLICT (day, driver) DO UPDATE SET vehicle_id = EXCLUDED.vehicle_id, assigned_at = EXCLUDED.assigned_at""")
				.params(date, driver, vehicle.id(), Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new VehicleAlreadyAssigned(vehicle.code(), date, "another driver");
		}
		this.audit.record("routing.driver.assigned", "driver:" + driver,
				Map.of("date", date.toString(), "vehicle", vehicle.code()));
		return new DriverAssignment(date, driver, vehicle.id(), vehicle.code(), now);
	}

	/** Takes a driver off their vehicle for a day. */
	@Transactional
	public void unassign(LocalDate date, String driver) {
		requireDriver(driver);
		int removed = this.jdbc.sql("DELETE FROM routing.driver_assignment WHERE day = ? AND driver = ?")
			.params(date, driver)
			.update();
		if (removed == 0) {
			throw new NoDriverAssignment(driver, date);
		}
		this.audit.record("routing.driver.unassigned", "driver:" + driver, Map.of("date", date.toString()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DriverAssignment> of(LocalDate date, String driver) {
		return this.jdbc.sql(SELECT + " WHERE a.day = ? AND a.driver = ?")
			.params(date, driver)
			.query(DriverAssignmentService::map)
			.optional();
	}

	/** The day's assignments by driver. */
	@Transactional(readOnly = true)
	public List<DriverAssignment> on(LocalDate date) {
		return this.jdbc.sql(SELECT + " WHERE a.day = ? ORDER BY a.driver").param(date)
			.query(DriverAssignmentService::map)
			.list();
	}

	private static void requireDriver(String driver) {
		if (!DRIVER.matcher(driver).matches()) {
			throw new InvalidDriverName(driver);
		}
	}

	private static DriverAssignment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new DriverAssignment(rs.getObject("day", LocalDate.class), rs.getString("driver"),
				rs.getObject("vehicle_id", UUID.class), rs.getString("code"), rs.getTimestamp("assigned_at").toInstant());
	}

	/** Another driver has that vehicle that day (409). */
	static final class VehicleAlreadyAssigned extends RoutingFailure {

		VehicleAlreadyAssigned(String vehicle, LocalDate date, String driver) {
			super(Kind.CONFLICT, "Vehicle " + vehicle + " is already assigned to " + driver + " on " + date);
		}

	}

	/** A driver name that is no user name (400). */
	static final class InvalidDriverName extends RoutingFailure {

		InvalidDriverName(String driver) {
			super(Kind.INVALID, "'driver' must be a user name of 1 to 100 letters, digits or ._@+- (starting with a letter or digit), not '"
					+ (driver.length() > 40 ? driver.substring(0, 40) + "…" : driver) + "'");
		}

	}

}
