package io.zaplecze.warehouse.slotting;

import io.zaplecze.warehouse.picking.PickPathMethod;

/**
 * The rules a slotting must obey and how it is scored.
 *
 * @param heavyUnitWeightGrams products with a unit this heavy or heavier are heavy
 * @param heavyMaxLevel heavy products only on this level or lower (hard)
 * @param goldenLevels levels 1..goldenLevels are the golden zone
 * @param offGoldenPenaltyMeters per pick outside the golden zone, added to travel (soft): fast movers
 * end up in the golden zone because that is where the penalty weighs most
 * @param method the pick-path method travel is simulated with
 */
public record SlottingRules(long heavyUnitWeightGrams, int heavyMaxLevel, int goldenLevels,
		double offGoldenPenaltyMeters, PickPathMethod method) {

	/** Whether the product may be slotted in the bin at all. */
	boolean fits(SlottingProblem.Sku sku, SlottingProblem.Bin bin) {
		return sku.temperatureClass() == bin.temperatureClass() && sku.slotVolumeCm3() <= bin.capacityVolumeCm3()
				&& sku.slotWeightGrams() <= bin.capacityWeightGrams()
				&& (sku.unitWeightGrams() < this.heavyUnitWeightGrams || bin.level() <= this.heavyMaxLevel);
	}

}
