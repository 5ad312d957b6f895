package io.zaplecze.warehouse.layout;

import io.zaplecze.inventory.ProductView;

/**
 * Whether goods may go into a bin: storage bins only, the zone's temperature class only, within
 * the bin's volume and weight capacity and within the beam's load limit for its level. Pure, so the
 * rules are tested without a database.
 */
public final class BinRules {

	private BinRules() {
	}

	/**
	 * Checks the rules; throws the named failure of the first one broken.
	 * @param bin the target bin
	 * @param zone its zone
	 * @param product the product put in
	 * @param quantity units put in
	 * @param load what the bin holds now
	 * @param beamWeightGrams what all bins on the same beam (aisle, bay, level) hold now, this bin included
	 */
	public static void check(Bin bin, Zone zone, ProductView product, int quantity, BinLoad load, long beamWeightGrams) {
		if (!bin.isStorage()) {
			throw new NotAStorageBin("Bin " + bin.code() + " is a " + bin.kind() + " area, not a storage bin");
		}
		if (zone.temperatureClass() != product.temperatureClass()) {
			throw new WrongTemperatureClass(product.sku() + " is " + product.temperatureClass() + " but bin " + bin.code()
					+ " is in " + zone.temperatureClass() + " zone " + zone.code());
		}
		long volume = load.volumeCm3() + product.volumeCm3() * quantity;
		long weight = load.weightGrams() + product.weightGrams() * quantity;
		if (volume > bin.capacityVolumeCm3() || weight > bin.capacityWeightGrams()) {
			throw new BinCapacityExceeded(quantity + " × " + product.sku() + " would fill bin " + bin.code() + " to "
					+ volume + " cm³ / " + weight + " g, capacity " + bin.capacityVolumeCm3() + " cm³ / "
					+ bin.capacityWeightGrams() + " g");
		}
		Long limit = zone.levelLimits().get(bin.level());
		long beam = beamWeightGrams + product.weightGrams() * quantity;
		if (limit != null && beam > limit) {
			throw new LevelWeightLimitExceeded("Level " + bin.level() + " of aisle " + bin.aisle() + " bay " + bin.bay()
					+ " would carry " + beam + " g, limit " + limit + " g");
		}
	}

	/** Whether {@link #check} passes. */
	public static boolean fits(Bin bin, Zone zone, ProductView product, int quantity, BinLoad load, long beamWeightGrams) {
		try {
			check(bin, zone, product, quantity, load, beamWeightGrams);
			return true;
		}
		catch (io.zaplecze.warehouse.WarehouseFailure ex) {
			return false;
		}
	}

}
