package io.zaplecze.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Which vehicle a driver drives on a day, as the application and the demo day ask it. A driver (a user
 * name of the application) sees only the routes of the vehicle assigned to them that day.
 */
public interface DriverAssignments {

	/**
	 * Assigns a driver to a vehicle for a day, replacing the driver's earlier assignment of that day.
	 * @param vehicleCode the vehicle's code, as in the published routes
	 * @return the assignment
	 * @throws RoutingFailure not found for an unknown vehicle, conflict when another driver has it that day
	 */
	DriverAssignment assign(LocalDate date, String driver, String vehicleCode);

	/** The driver's assignment of the day, if any. */
	Optional<DriverAssignment> of(LocalDate date, String driver);

	/**
	 * A driver on a vehicle for a day.
	 *
	 * @param date the operating day
	 * @param driver the driver's user name
	 * @param vehicleId the vehicle
	 * @param vehicleCode the vehicle's code, as in the published routes
	 * @param assignedAt when it was (last) assigned
	 */
	record DriverAssignment(LocalDate date, String driver, UUID vehicleId, String vehicleCode, Instant assignedAt) {
	}

}
