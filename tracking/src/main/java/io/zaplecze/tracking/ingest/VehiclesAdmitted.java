package io.zaplecze.tracking.ingest;

import java.util.Set;

/**
 * Vehicles that may publish from now on (a plan named them or a dispatcher registered them); raised
 * after the registration committed. Internal to the tracking module.
 *
 * @param vehicleIds the vehicles
 */
public record VehiclesAdmitted(Set<String> vehicleIds) {

	public VehiclesAdmitted {
		vehicleIds = Set.copyOf(vehicleIds);
	}

}
