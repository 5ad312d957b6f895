package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * Part of the ruin-and-recreate search: which vehicles are interchangeable while empty (same start,
 * depot, shift, capacities, limits, break, costs, not on the road, nothing pinned), so a recreate
 * tries only one empty vehicle of each kind.
 */
final class VehicleKinds {

	private VehicleKinds() {
	}

	/** Vehicles that are interchangeable when empty; only one empty vehicle per class is tried. */
	static int[] classify(Vehicle[] vehicles) {
		int[] cls = new int[vehicles.length];
		List<Vehicle> reps = new ArrayList<>();
		outer: for (int r = 0; r < vehicles.length; r++) {
			for (int c = 0; c < reps.size(); c++) {
				if (sameKind(reps.get(c), vehicles[r])) {
					cls[r] = c;
					continue outer;
				}
			}
			cls[r] = reps.size();
			reps.add(vehicles[r]);
		}
		return cls;
	}

	private static boolean sameKind(Vehicle a, Vehicle b) {
		return a.travel() == b.travel() && a.getStartLocation() == b.getStartLocation()
				&& a.getDepotLocation() == b.getDepotLocation() && a.getStartTime() == b.getStartTime()
				&& a.getShiftEnd() == b.getShiftEnd() && a.getCapacityGrams() == b.getCapacityGrams()
				&& a.getCapacityCm3() == b.getCapacityCm3() && a.getCapacityPallets() == b.getCapacityPallets()
				&& a.isRefrigerated() == b.isRefrigerated() && a.getMaxRouteSeconds() == b.getMaxRouteSeconds()
				&& a.getBreakStart() == b.getBreakStart() && a.getBreakEnd() == b.getBreakEnd()
				&& a.getBreakSeconds() == b.getBreakSeconds() && a.getCostPerKmCents() == b.getCostPerKmCents()
				&& a.getCostPerHourCents() == b.getCostPerHourCents()
				&& a.getFixedCostCents() == b.getFixedCostCents() && a.isMultiTrip() == b.isMultiTrip()
				&& a.getReloadSeconds() == b.getReloadSeconds() && !a.isEnRoute() && !b.isEnRoute()
				&& a.getBalanceWeight() == b.getBalanceWeight() && a.getRegularSeconds() == b.getRegularSeconds()
				&& a.getOvertimePremiumPercent() == b.getOvertimePremiumPercent() && a.getPinnedStops() == 0
				&& b.getPinnedStops() == 0;
	}

}
