package io.zaplecze.routing.fleet;

import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;

/**
 * A vehicle of the fleet as the dispatcher keeps it. Shift and break times are local times in the
 * planner's zone ({@code zaplecze.routing.planning.zone}).
 *
 * @param id the vehicle's id
 * @param code its code, as in its device's MQTT topic (e.g. {@code VAN-01})
 * @param profile the road-network profile it drives with
 * @param depotId the site it leaves from and returns to, if known
 * @param depot where that site is
 * @param shiftStart earliest departure from the depot
 * @param shiftEnd latest return to the depot
 * @param capacityGrams weight capacity
 * @param capacityCm3 volume capacity
 * @param capacityPallets pallet places
 * @param refrigerated whether it has a refrigerated compartment
 * @param maxRouteSeconds longest route (departure to return), or {@code null} for none
 * @param breakStart earliest start of the driver's break, or {@code null} for no break
 * @param breakEnd latest start of the driver's break
 * @param breakSeconds length of the break
 * @param costPerKmCents cost per kilometre driven
 * @param costPerHourCents cost per hour of the driver's paid time (departure to return; overtime beyond
 * {@code zaplecze.routing.planning.regular-shift} at its premium)
 * @param fixedCostCents cost of using the vehicle at all on a day
 * @param co2GramsPerKm emissions per kilometre
 * @param multiTrip whether it may return to the depot to reload
 * @param reloadSeconds time to reload at the depot between trips
 * @param available false while out of service (a breakdown); such vehicles are not planned
 */
public record FleetVehicle(UUID id, String code, VehicleProfile profile, @Nullable UUID depotId, GeoPoint depot,
		LocalTime shiftStart, LocalTime shiftEnd, long capacityGrams, long capacityCm3, int capacityPallets,
		boolean refrigerated, @Nullable Integer maxRouteSeconds, @Nullable LocalTime breakStart,
		@Nullable LocalTime breakEnd, int breakSeconds, long costPerKmCents, long costPerHourCents,
		long fixedCostCents, int co2GramsPerKm, boolean multiTrip, int reloadSeconds, boolean available) {

}
