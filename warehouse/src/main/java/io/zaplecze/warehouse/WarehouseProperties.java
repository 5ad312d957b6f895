package io.zaplecze.warehouse;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the warehouse module ({@code zaplecze.warehouse.*}).
 *
 * @param picking pick rates and the picking team, used for wave schedules and ready times
 * @param packing handling-unit limits
 * @param slotting slotting optimisation limits
 * @param putaway putaway search limits
 * @param delivery what the warehouse tells routing about each delivery
 * @param demo demo-day data (profile {@code demo} only)
 */
@ConfigurationProperties("zaplecze.warehouse")
public record WarehouseProperties(@DefaultValue Picking picking, @DefaultValue Packing packing,
		@DefaultValue Slotting slotting, @DefaultValue Putaway putaway, @DefaultValue Delivery delivery,
		@DefaultValue Demo demo) {

	/**
	 * Demo day.
	 *
	 * @param orders outbound orders seeded for the day (60-120 makes a realistic day for 8 vans)
	 * @param historyOrders past orders seeded for slotting
	 */
	public record Demo(@DefaultValue("90") int orders, @DefaultValue("1500") int historyOrders) {
	}

	/**
	 * Delivery estimates sent with {@code DeliveryRequested}.
	 *
	 * @param baseServiceSeconds time at a customer to park, find the recipient and sign
	 * @param serviceSecondsPerParcel extra time per parcel handed over
	 * @param serviceSecondsPerPallet extra time per pallet unloaded
	 * @param defaultPriority priority of orders that give none (1..10)
	 */
	public record Delivery(@DefaultValue("180") int baseServiceSeconds, @DefaultValue("20") int serviceSecondsPerParcel,
			@DefaultValue("240") int serviceSecondsPerPallet, @DefaultValue("5") int defaultPriority) {
	}

	/**
	 * How fast pickers work.
	 *
	 * @param walkSpeedMetersPerSecond walking speed with a cart
	 * @param secondsPerPick time at the bin per pick line (find, take, scan)
	 * @param secondsPerUnit extra time per unit taken
	 * @param pickers pickers working in parallel (one wave each at a time)
	 * @param packSecondsPerHandlingUnit time to close and label one handling unit
	 * @param loadingBuffer slack between the end of a wave and the vehicle's departure
	 * @param readyTimeChangeThreshold a new ready-time estimate is published only when it moves by at least this
	 * @param sameDayFromNow when true, orders entered on their delivery day after opening are scheduled from
	 * now; when false (default) the day's picking is planned from the site's opening, as when orders are
	 * taken the evening before
	 */
	public record Picking(@DefaultValue("1.0") double walkSpeedMetersPerSecond, @DefaultValue("12") int secondsPerPick,
			@DefaultValue("2") int secondsPerUnit, @DefaultValue("4") int pickers,
			@DefaultValue("60") int packSecondsPerHandlingUnit, @DefaultValue("20m") Duration loadingBuffer,
			@DefaultValue("60s") Duration readyTimeChangeThreshold, @DefaultValue("false") boolean sameDayFromNow) {
	}

	/**
	 * Handling-unit limits: goods go into parcels until an order's goods of one temperature class
	 * exceed what parcels sensibly carry, then onto pallets.
	 *
	 * @param parcelMaxWeightGrams heaviest parcel
	 * @param parcelMaxVolumeCm3 largest parcel
	 * @param palletMaxWeightGrams heaviest pallet
	 * @param palletMaxVolumeCm3 largest pallet load
	 * @param palletThresholdVolumeCm3 from this volume of one order and class on, pallets are used
	 */
	public record Packing(@DefaultValue("25000") long parcelMaxWeightGrams,
			@DefaultValue("60000") long parcelMaxVolumeCm3, @DefaultValue("800000") long palletMaxWeightGrams,
			@DefaultValue("1500000") long palletMaxVolumeCm3, @DefaultValue("300000") long palletThresholdVolumeCm3) {
	}

	/**
	 * Slotting optimisation.
	 *
	 * @param timeLimit how long the local search may run per plan
	 * @param historyDays how far back the order history is read
	 * @param heavyUnitWeightGrams from this unit weight on, a product counts as heavy (low levels only)
	 * @param heavyMaxLevel the highest level a heavy product may be slotted on
	 * @param goldenLevels the ergonomic "golden zone" levels, e.g. 1-2 given as the highest golden level
	 * @param offGoldenPenaltyMeters travel-equivalent penalty per pick from outside the golden zone
	 * @param seed random seed (plans are reproducible)
	 */
	public record Slotting(@DefaultValue("3s") Duration timeLimit, @DefaultValue("90") int historyDays,
			@DefaultValue("15000") long heavyUnitWeightGrams, @DefaultValue("1") int heavyMaxLevel,
			@DefaultValue("2") int goldenLevels, @DefaultValue("1.5") double offGoldenPenaltyMeters,
			@DefaultValue("42") long seed) {
	}

	/**
	 * Putaway.
	 *
	 * @param maxCandidates how many of the nearest compatible bins are checked for room
	 */
	public record Putaway(@DefaultValue("40") int maxCandidates) {
	}

}
