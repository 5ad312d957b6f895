package io.zaplecze.routing.solver;

import java.util.Arrays;
import java.util.UUID;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.TimeWindow;

/**
 * One delivery stop to plan: where, when it may be served, how long it takes, what it needs from a
 * vehicle. Times are epoch seconds (the benchmark uses the instance's own unit); demands are grams,
 * cm³ and pallet places.
 */
@PlanningEntity
public class Visit {

	@PlanningId
	private String id = "";

	private @Nullable UUID shipmentId;

	private int location;

	private long[] windowStarts = { 0 };

	private long[] windowEnds = { Long.MAX_VALUE / 4 };

	private long serviceSeconds;

	private long weightGrams;

	private long volumeCm3;

	private long pallets;

	private boolean needsRefrigeration;

	private long readyTime = Long.MIN_VALUE / 4;

	private int priority = 10;

	private @Nullable String pinnedVehicleId;

	/** Position in the solution's visit list; the ruin-and-recreate search indexes its arrays by it. */
	int index;

	/** Indexes of the visits nearest to this one by road, for nearby-restricted moves (empty until set). */
	java.util.BitSet nearby = new java.util.BitSet();

	@InverseRelationShadowVariable(sourceVariableName = "visits")
	private @Nullable Vehicle vehicle;

	public Visit() {
	}

	public Visit(String id, int location) {
		this.id = id;
		this.location = location;
	}

	/** Allowed arrival windows as {@code [start, end]} pairs; arriving before a start means waiting. */
	public Visit windows(long[] starts, long[] ends) {
		if (starts.length == 0 || starts.length != ends.length) {
			throw new IllegalArgumentException("A visit needs one or more windows, each with a start and an end");
		}
		Integer[] order = new Integer[starts.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
			if (ends[i] < starts[i]) {
				throw new IllegalArgumentException("A window ends before it starts in visit " + this.id);
			}
		}
		Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
		this.windowStarts = new long[starts.length];
		this.windowEnds = new long[starts.length];
		for (int i = 0; i < order.length; i++) {
			this.windowStarts[i] = starts[order[i]];
			this.windowEnds[i] = ends[order[i]];
		}
		return this;
	}

	public Visit window(long start, long end) {
		return windows(new long[] { start }, new long[] { end });
	}

	public Visit service(long seconds) {
		this.serviceSeconds = seconds;
		return this;
	}

	public Visit demand(long weightGrams, long volumeCm3, long pallets) {
		this.weightGrams = weightGrams;
		this.volumeCm3 = volumeCm3;
		this.pallets = pallets;
		return this;
	}

	public Visit refrigerated(boolean needsRefrigeration) {
		this.needsRefrigeration = needsRefrigeration;
		return this;
	}

	public Visit readyAt(long readyTime) {
		this.readyTime = readyTime;
		return this;
	}

	public Visit priority(int priority) {
		this.priority = priority;
		return this;
	}

	public Visit shipment(@Nullable UUID shipmentId) {
		this.shipmentId = shipmentId;
		return this;
	}

	public Visit pinnedTo(@Nullable String vehicleId) {
		this.pinnedVehicleId = vehicleId;
		return this;
	}

	/**
	 * When service can start for an arrival at {@code arrival}: the arrival itself inside a window, the
	 * next window's start when early, or {@code -1} when every window has closed. Arriving exactly at a
	 * window's end is on time ({@link TimeWindow#onTime(long, long)}, the one boundary rule).
	 */
	long serviceStart(long arrival) {
		for (int w = 0; w < this.windowStarts.length; w++) {
			if (TimeWindow.onTime(arrival, this.windowEnds[w])) {
				return Math.max(arrival, this.windowStarts[w]);
			}
		}
		return -1;
	}

	/** The latest arrival that still lets service start by {@code latestStart}, or {@code Long.MIN_VALUE}. */
	long latestArrivalFor(long latestStart) {
		for (int w = this.windowStarts.length - 1; w >= 0; w--) {
			if (this.windowStarts[w] <= latestStart) {
				return Math.min(this.windowEnds[w], latestStart);
			}
		}
		return Long.MIN_VALUE;
	}

	long lastWindowEnd() {
		return this.windowEnds[this.windowEnds.length - 1];
	}

	public String getId() {
		return this.id;
	}

	public @Nullable UUID getShipmentId() {
		return this.shipmentId;
	}

	public int getLocation() {
		return this.location;
	}

	public long[] getWindowStarts() {
		return this.windowStarts.clone();
	}

	public long[] getWindowEnds() {
		return this.windowEnds.clone();
	}

	public long getServiceSeconds() {
		return this.serviceSeconds;
	}

	public long getWeightGrams() {
		return this.weightGrams;
	}

	public long getVolumeCm3() {
		return this.volumeCm3;
	}

	public long getPallets() {
		return this.pallets;
	}

	public boolean isNeedsRefrigeration() {
		return this.needsRefrigeration;
	}

	public long getReadyTime() {
		return this.readyTime;
	}

	public int getPriority() {
		return this.priority;
	}

	public @Nullable String getPinnedVehicleId() {
		return this.pinnedVehicleId;
	}

	public @Nullable Vehicle getVehicle() {
		return this.vehicle;
	}

	public void setVehicle(@Nullable Vehicle vehicle) {
		this.vehicle = vehicle;
	}

	/** Whether {@code other} is among this visit's nearest visits (see {@link NearbyNeighborhood}). */
	boolean isNear(Visit other) {
		return this.nearby.get(other.index);
	}

	/** True when a pinned visit sits on another vehicle than the one it is pinned to (or on none). */
	public boolean breaksPin() {
		return this.pinnedVehicleId != null
				&& (this.vehicle == null || !this.pinnedVehicleId.equals(this.vehicle.getId()));
	}

	/** True when the visit needs a cold compartment and rides on a vehicle without one. */
	public boolean breaksColdChain() {
		return this.needsRefrigeration && this.vehicle != null && !this.vehicle.isRefrigerated();
	}

	@Override
	public String toString() {
		return this.id;
	}

}
