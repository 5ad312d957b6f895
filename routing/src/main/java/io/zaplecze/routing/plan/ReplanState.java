package io.zaplecze.routing.plan;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

/**
 * Where the day stands when re-planning: per vehicle of the published plan, what it has done and
 * where it is; and the vehicles taken out of service.
 *
 * @param now the moment the re-plan starts from
 * @param base the published version re-planned
 * @param vehicles progress per vehicle code (vehicles of the published plan)
 * @param out vehicle codes taken out of service (breakdown); their remaining stops are redistributed
 */
record ReplanState(Instant now, PlanContent base, Map<String, VehicleProgress> vehicles, Set<String> out) {

	/**
	 * @param vehicleId the vehicle's code
	 * @param departed whether it has left the depot
	 * @param position where it is now
	 * @param startedAt when it left the depot (its published departure when it has)
	 * @param done shipments already delivered or failed
	 * @param inProgress the shipment it is serving now, if any
	 * @param onBoard shipments still to deliver that are loaded on it
	 * @param lastStop where its last done stop was (the depot before the first), used when a reported
	 * position is too far from any road to plan from
	 */
	record VehicleProgress(String vehicleId, boolean departed, GeoPoint position, Instant startedAt, Set<UUID> done,
			@Nullable UUID inProgress, Set<UUID> onBoard, GeoPoint lastStop) {
	}

}
