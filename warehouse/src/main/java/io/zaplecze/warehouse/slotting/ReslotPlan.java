package io.zaplecze.warehouse.slotting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A re-slot plan: at most the allowed number of moves, most valuable first, and what they save.
 *
 * @param moves the moves in the order they should be carried out
 * @param travelBeforeMeters simulated picker travel per historical order with the current slotting
 * @param travelAfterMeters the same after the moves
 * @param ordersEvaluated how many historical orders the figures are simulated on
 */
public record ReslotPlan(List<Move> moves, double travelBeforeMeters, double travelAfterMeters, int ordersEvaluated) {

	public ReslotPlan {
		moves = List.copyOf(moves);
	}

	/** Expected travel saving per order in percent of the current travel. */
	public double savingPercent() {
		return (this.travelBeforeMeters <= 0) ? 0 : 100 * (this.travelBeforeMeters - this.travelAfterMeters) / this.travelBeforeMeters;
	}

	/**
	 * One product changes bin. In a swap, two moves name each other's bins.
	 *
	 * @param sku the product
	 * @param fromBin its bin now, null when it had no pick face
	 * @param toBin its new bin
	 */
	public record Move(String sku, @Nullable String fromBin, String toBin) {
	}

}
