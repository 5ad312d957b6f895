package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle for one planning run: where it starts (the depot, or its live position in a re-plan),
 * its shift, capacities, refrigeration, limits, driver break and costs, and — the planning
 * variable — the visits it serves in order. Its {@link RouteTimeline} (a shadow variable) is the
 * simulated day that every constraint reads.
 *
 * <p>Costs are in cents: {@code costPerKmCents} per 1000 distance units, {@code costPerHourCents}
 * per 3600 time units of the route (the driver's paid time, departure to return; overtime beyond
 * {@code regularSeconds} costs {@code overtimePremiumPercent} more), {@code fixedCostCents} per day
 * the vehicle drives at all.
 */
@PlanningEntity
public class Vehicle {

	/** "No limit" for durations and shift ends, far from overflow when added to. */
	public static final long UNLIMITED = Long.MAX_VALUE / 4;

	@PlanningId
	private String id = "";

	private int startLocation;

	private int depotLocation;

	private long startTime;

	private long shiftEnd = UNLIMITED;

	private long capacityGrams = UNLIMITED;

	private long capacityCm3 = UNLIMITED;

	private long capacityPallets = UNLIMITED;

	private boolean refrigerated;

	private long maxRouteSeconds = UNLIMITED;

	private long breakStart;

	private long breakEnd;

	private long breakSeconds;

	private long costPerKmCents = 1000;

	private long costPerHourCents;

	private long fixedCostCents;

	private long co2GramsPerKm;

	private boolean multiTrip;

	private long reloadSeconds;

	private boolean enRoute;

	private long loadedAt;

	private long routeStartedAt;

	private long balanceWeight;

	private long regularSeconds = UNLIMITED;

	private long overtimePremiumPercent;

	private @Nullable TravelCosts travel;

	@PlanningPinToIndex
	private int pinnedStops;

	@PlanningListVariable(allowsUnassignedValues = true)
	private List<Visit> visits = new ArrayList<>();

	@ShadowVariable(supplierName = "simulate")
	private @Nullable RouteTimeline timeline;

	public Vehicle() {
	}

	public Vehicle(String id, int depotLocation, TravelCosts travel) {
		this.id = id;
		this.depotLocation = depotLocation;
		this.startLocation = depotLocation;
		this.travel = travel;
	}

	@ShadowSources("visits")
	public RouteTimeline simulate() {
		return RouteSimulator.timeline(this, this.visits);
	}

	/** The shift: may leave the depot from {@code start}, must be back by {@code end}. */
	public Vehicle shift(long start, long end) {
		this.startTime = start;
		this.shiftEnd = end;
		return this;
	}

	public Vehicle capacity(long grams, long cm3, long pallets) {
		this.capacityGrams = grams;
		this.capacityCm3 = cm3;
		this.capacityPallets = pallets;
		return this;
	}

	public Vehicle refrigerated(boolean refrigerated) {
		this.refrigerated = refrigerated;
		return this;
	}

	public Vehicle maxRouteSeconds(long seconds) {
		this.maxRouteSeconds = seconds;
		return this;
	}

	/** A driver break of {@code seconds} that must start inside {@code [windowStart, windowEnd]}. */
	public Vehicle driverBreak(long windowStart, long windowEnd, long seconds) {
		this.breakStart = windowStart;
		this.breakEnd = windowEnd;
		this.breakSeconds = seconds;
		return this;
	}

	public Vehicle costs(long perKmCents, long perHourCents, long fixedCents) {
		this.costPerKmCents = perKmCents;
		this.costPerHourCents = perHourCents;
		this.fixedCostCents = fixedCents;
		return this;
	}

	public Vehicle co2GramsPerKm(long grams) {
		this.co2GramsPerKm = grams;
		return this;
	}

	/** Allows returning to the depot to reload when the next stop would overfill the vehicle. */
	public Vehicle multiTrip(boolean multiTrip, long reloadSeconds) {
		this.multiTrip = multiTrip;
		this.reloadSeconds = reloadSeconds;
		return this;
	}

	/**
	 * Re-planning a vehicle already on the road: it starts at {@code location} at {@code now}; it left
	 * the depot at {@code startedAt} with the goods that were ready at {@code loadedAt}.
	 */
	public Vehicle onTheRoad(int location, long now, long startedAt, long loadedAt) {
		this.enRoute = true;
		this.startLocation = location;
		this.startTime = now;
		this.routeStartedAt = startedAt;
		this.loadedAt = loadedAt;
		return this;
	}

	/**
	 * The driver's paid time: {@code costPerHourCents} for every hour from departure to return, and
	 * {@code premiumPercent} more for each hour beyond {@code regularSeconds} (overtime).
	 */
	public Vehicle paidTime(long regularSeconds, long premiumPercent) {
		this.regularSeconds = regularSeconds;
		this.overtimePremiumPercent = premiumPercent;
		return this;
	}

	/** Weight of the workload-balance term, per hundred: {@code weight × (route minutes)² / 100}. */
	public Vehicle balanceWeight(long weight) {
		this.balanceWeight = weight;
		return this;
	}

	/** The first {@code count} visits are fixed (visited, in progress or pinned by position). */
	public Vehicle pinFirst(int count) {
		this.pinnedStops = count;
		return this;
	}

	public Vehicle travel(TravelCosts travel) {
		this.travel = travel;
		return this;
	}

	boolean hasBreak() {
		return this.breakSeconds > 0;
	}

	TravelCosts travel() {
		if (this.travel == null) {
			throw new IllegalStateException("Vehicle " + this.id + " has no travel costs");
		}
		return this.travel;
	}

	public String getId() {
		return this.id;
	}

	public int getStartLocation() {
		return this.startLocation;
	}

	public int getDepotLocation() {
		return this.depotLocation;
	}

	public long getStartTime() {
		return this.startTime;
	}

	public long getShiftEnd() {
		return this.shiftEnd;
	}

	public long getCapacityGrams() {
		return this.capacityGrams;
	}

	public long getCapacityCm3() {
		return this.capacityCm3;
	}

	public long getCapacityPallets() {
		return this.capacityPallets;
	}

	public boolean isRefrigerated() {
		return this.refrigerated;
	}

	public long getMaxRouteSeconds() {
		return this.maxRouteSeconds;
	}

	public long getBreakStart() {
		return this.breakStart;
	}

	public long getBreakEnd() {
		return this.breakEnd;
	}

	public long getBreakSeconds() {
		return this.breakSeconds;
	}

	public long getCostPerKmCents() {
		return this.costPerKmCents;
	}

	public long getCostPerHourCents() {
		return this.costPerHourCents;
	}

	public long getFixedCostCents() {
		return this.fixedCostCents;
	}

	public long getCo2GramsPerKm() {
		return this.co2GramsPerKm;
	}

	public boolean isMultiTrip() {
		return this.multiTrip;
	}

	public long getReloadSeconds() {
		return this.reloadSeconds;
	}

	public boolean isEnRoute() {
		return this.enRoute;
	}

	public long getLoadedAt() {
		return this.loadedAt;
	}

	public long getRouteStartedAt() {
		return this.routeStartedAt;
	}

	public long getBalanceWeight() {
		return this.balanceWeight;
	}

	public long getRegularSeconds() {
		return this.regularSeconds;
	}

	public long getOvertimePremiumPercent() {
		return this.overtimePremiumPercent;
	}

	public int getPinnedStops() {
		return this.pinnedStops;
	}

	public List<Visit> getVisits() {
		return this.visits;
	}

	public void setVisits(List<Visit> visits) {
		this.visits = visits;
	}

	/** The simulated route; computed on demand when the solver has not set it yet. */
	public RouteTimeline getTimeline() {
		RouteTimeline t = this.timeline;
		return t != null ? t : simulate();
	}

	public void setTimeline(@Nullable RouteTimeline timeline) {
		this.timeline = timeline;
	}

	/** Whether this vehicle drives at all in the plan. */
	public boolean isUsed() {
		return !this.visits.isEmpty() || this.enRoute;
	}

	@Override
	public String toString() {
		return this.id;
	}

}
