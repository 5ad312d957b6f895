package io.zaplecze.warehouse.slotting;

import java.util.List;
import java.util.Map;

import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.warehouse.picking.AisleLayout;
import io.zaplecze.warehouse.picking.PickPoint;

/**
 * The slotting planning model, apart from JPA entities: pick-face bins, the products to slot, the
 * order history and the current assignment. An assembler builds it from the database (or the
 * benchmark from a generated warehouse).
 *
 * @param zones the zones with their walking geometry
 * @param bins the pick-face bins that may hold a product
 * @param skus the products to slot
 * @param orders historical orders, each the list of SKUs on it (one entry per line)
 * @param current the current assignment, SKU to bin code (products without a slot are absent)
 */
public record SlottingProblem(List<Zone> zones, List<Bin> bins, List<Sku> skus, List<List<String>> orders,
		Map<String, String> current) {

	public SlottingProblem {
		zones = List.copyOf(zones);
		bins = List.copyOf(bins);
		skus = List.copyOf(skus);
		orders = List.copyOf(orders);
		current = Map.copyOf(current);
	}

	/**
	 * A zone.
	 *
	 * @param code zone code, unique
	 * @param layout its aisles and entry
	 */
	public record Zone(String code, AisleLayout layout) {
	}

	/**
	 * A pick-face bin.
	 *
	 * @param code bin code, unique
	 * @param zone its zone's code
	 * @param point where a picker stops for it
	 * @param level rack level, 1 = floor
	 * @param temperatureClass the zone's temperature class
	 * @param capacityVolumeCm3 usable volume
	 * @param capacityWeightGrams load limit
	 */
	public record Bin(String code, String zone, PickPoint point, int level, TemperatureClass temperatureClass,
			long capacityVolumeCm3, long capacityWeightGrams) {
	}

	/**
	 * A product to slot.
	 *
	 * @param sku the product
	 * @param temperatureClass where it may be stored
	 * @param slotVolumeCm3 volume its pick-face stock needs (facing quantity × unit volume)
	 * @param slotWeightGrams weight of that stock
	 * @param unitWeightGrams weight of one unit (heavy products go low)
	 */
	public record Sku(String sku, TemperatureClass temperatureClass, long slotVolumeCm3, long slotWeightGrams,
			long unitWeightGrams) {
	}

}
