package io.zaplecze.warehouse.picking;

import io.zaplecze.warehouse.WarehouseProperties;

/**
 * How long picking and packing takes at the configured rates: walking at the cart's speed, a fixed
 * time per pick line and per unit, and closing each handling unit.
 */
public final class PickWorkload {

	private PickWorkload() {
	}

	/** Seconds to walk a tour, pick its lines and units and pack the handling units. */
	public static long seconds(WarehouseProperties.Picking rates, double walkMeters, int lines, int units, int handlingUnits) {
		double walk = walkMeters / rates.walkSpeedMetersPerSecond();
		return Math.round(walk) + (long) lines * rates.secondsPerPick() + (long) units * rates.secondsPerUnit()
				+ (long) handlingUnits * rates.packSecondsPerHandlingUnit();
	}

}
