package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToLongBiFunction;

import org.jspecify.annotations.Nullable;

/**
 * Every rule of the planner, each written once as a named unit: its score level, its amount (from the
 * route's simulated outcome, or from a visit and the vehicle it rides on), its words for the score
 * explanation and for the reason a visit is left out, and, for the rules about a visit on a vehicle,
 * the cheap check "may this visit go on this vehicle" the search uses before it simulates anything.
 *
 * <p>Everything else is derived from the two lists {@link #ROUTE} and {@link #VISIT}: the Timefold
 * constraints ({@link RoutingConstraints}), the search's hard and soft route cost
 * ({@link #hard}, {@link #soft}, used by {@link RuinRecreateSearch} through {@link RouteSimulator}),
 * the search's per-vehicle check ({@link #allows}), the score explanation ({@link ScoreExplanation})
 * and the unassigned reasons ({@link UnassignedReasons}). Adding a rule is one entry here and its test.
 *
 * <p>Hard rules are in their natural units (seconds late, kilograms, litres or pallet places over);
 * breaking the cold chain or a dispatcher's pin counts as an hour late ({@link #SEVERE}), so the
 * solver never trades it for a few seconds elsewhere. Medium: every visit left out costs its
 * priority. Soft: the day's cost in cents and the optional workload-balance term.
 */
public final class PlannerRules {

	public static final String WEIGHT_CAPACITY = "vehicleWeightCapacity";

	public static final String VOLUME_CAPACITY = "vehicleVolumeCapacity";

	public static final String PALLET_CAPACITY = "vehiclePalletCapacity";

	public static final String TIME_WINDOW = "arriveWithinTimeWindow";

	public static final String SHIFT_END = "returnBeforeShiftEnd";

	public static final String REFRIGERATION = "refrigeratedVehicleForColdGoods";

	public static final String READY_TIME = "leaveAfterGoodsReady";

	public static final String MAX_DURATION = "maxRouteDuration";

	public static final String DRIVER_BREAK = "driverBreakInWindow";

	public static final String PINNED_VEHICLE = "pinnedStopOnItsVehicle";

	public static final String UNASSIGNED = "unassignedVisit";

	public static final String TRAVEL_COST = "travelCost";

	public static final String DRIVER_TIME = "driverTimeCost";

	public static final String FIXED_COST = "vehicleFixedCost";

	public static final String WORKLOAD_BALANCE = "workloadBalance";

	/** What breaking the cold chain or a pin weighs, in hard units: as much as an hour late. */
	static final long SEVERE = 3600;

	private PlannerRules() {
	}

	/** Score level of a rule. */
	public enum Level {

		HARD, MEDIUM, SOFT

	}

	/**
	 * What a route's simulation yields that the rules read. Implemented by the search's reusable
	 * {@link RouteSimulator.Outcome} and by the solver's {@link RouteTimeline}, so both are measured by
	 * the same amount functions.
	 */
	interface RouteFacts {

		/** Visits on the route. */
		int stopCount();

		long meters();

		long drivingSeconds();

		long departure();

		long end();

		long lateSeconds();

		long readyViolationSeconds();

		long overtimeSeconds();

		long durationExcessSeconds();

		long breakViolationSeconds();

		long excessGrams();

		long excessCm3();

		long excessPallets();

		default long durationSeconds() {
			return end() - departure();
		}

	}

	/** A rule of the planner. */
	public sealed interface Rule permits RouteRule, VisitRule {

		/** The constraint's name. */
		String name();

		Level level();

		/** What a match means, in a dispatcher's words (the score explanation). */
		String explanation();

		/** The unit of the amount. */
		String unit();

	}

	/** How much a route breaks a rule (0 when kept), or what it costs. */
	@FunctionalInterface
	interface RouteAmount {

		long of(Vehicle vehicle, RouteFacts route);

	}

	/**
	 * A rule over one vehicle's route.
	 *
	 * @param reason for a hard rule, what breaking it by an amount means in an unassigned visit's reason
	 * ("arrives 12 min after the time window closes"); {@code null} for costs
	 */
	public record RouteRule(String name, Level level, String explanation, String unit, RouteAmount amount,
			@Nullable LongFunction<String> reason) implements Rule {

		/** The amount for a vehicle's current route (its timeline). */
		public long of(Vehicle vehicle) {
			return this.amount.of(vehicle, vehicle.getTimeline());
		}

	}

	/**
	 * A rule over one visit and the vehicle it rides on ({@code null}: left out).
	 *
	 * @param refusal for a hard rule, the reason a visit no vehicle may take is left out
	 */
	public record VisitRule(String name, Level level, String explanation, String unit,
			ToLongBiFunction<Visit, @Nullable Vehicle> amount, @Nullable String refusal) implements Rule {

		/** The amount for the visit where it is now. */
		public long of(Visit visit) {
			return this.amount.applyAsLong(visit, visit.getVehicle());
		}

		/** The search's cheap check: a hard visit rule allows the visit on {@code vehicle} when it is kept there. */
		boolean allows(Visit visit, Vehicle vehicle) {
			return this.level != Level.HARD || this.amount.applyAsLong(visit, vehicle) == 0;
		}

	}

	/** Rules over a route, hard first. */
	public static final List<RouteRule> ROUTE = List.of(
			new RouteRule(WEIGHT_CAPACITY, Level.HARD, "loaded over its weight capacity", "kg",
					(v, r) -> RouteSimulator.ceilDiv(r.excessGrams(), 1000),
					kg -> "exceeds the vehicle's weight capacity by " + kg + " kg"),
			new RouteRule(VOLUME_CAPACITY, Level.HARD, "loaded over its volume capacity", "litres",
					(v, r) -> RouteSimulator.ceilDiv(r.excessCm3(), 1000),
					litres -> "exceeds its volume capacity by " + litres + " litres"),
			new RouteRule(PALLET_CAPACITY, Level.HARD, "loaded over its pallet places", "pallets",
					(v, r) -> r.excessPallets(), pallets -> "exceeds its pallet places by " + pallets),
			new RouteRule(TIME_WINDOW, Level.HARD, "arrives after the customer's time window", "seconds",
					(v, r) -> r.lateSeconds(), s -> "arrives " + minutes(s) + " after the time window closes"),
			new RouteRule(SHIFT_END, Level.HARD, "returns after the shift ends", "seconds", (v, r) -> r.overtimeSeconds(),
					s -> "returns " + minutes(s) + " after the shift ends"),
			new RouteRule(READY_TIME, Level.HARD, "carries goods that were not ready when it loaded", "seconds",
					(v, r) -> r.readyViolationSeconds(), s -> "needs goods that were not ready when the vehicle loaded"),
			new RouteRule(MAX_DURATION, Level.HARD, "route longer than the vehicle's maximum duration", "seconds",
					(v, r) -> r.durationExcessSeconds(), s -> "makes the route " + minutes(s) + " longer than allowed"),
			new RouteRule(DRIVER_BREAK, Level.HARD, "driver's break starts after its window", "seconds",
					(v, r) -> r.breakViolationSeconds(),
					s -> "pushes the driver's break " + minutes(s) + " past its window"),
			new RouteRule(TRAVEL_COST, Level.SOFT, "distance driven", "cents",
					(v, r) -> used(v, r) ? RouteSimulator.distanceCost(v, r.meters()) : 0, null),
			new RouteRule(DRIVER_TIME, Level.SOFT, "driver's paid time, overtime included", "cents",
					(v, r) -> used(v, r) ? RouteSimulator.driverTimeCost(v, r) : 0, null),
			new RouteRule(FIXED_COST, Level.SOFT, "vehicle used", "cents",
					(v, r) -> used(v, r) ? v.getFixedCostCents() : 0, null),
			new RouteRule(WORKLOAD_BALANCE, Level.SOFT, "long day (squared minutes × weight / 100)", "points",
					(v, r) -> used(v, r) ? RouteSimulator.balanceCost(v, r) : 0, null));

	/** Rules over a visit on a vehicle (or left out). */
	public static final List<VisitRule> VISIT = List.of(
			new VisitRule(REFRIGERATION, Level.HARD, "chilled goods on a vehicle without refrigeration", "weight",
					(x, v) -> x.isNeedsRefrigeration() && v != null && !v.isRefrigerated() ? SEVERE : 0,
					"Needs a refrigerated vehicle and none is available"),
			new VisitRule(PINNED_VEHICLE, Level.HARD, "planned elsewhere than the vehicle it is pinned to", "weight",
					(x, v) -> x.getPinnedVehicleId() != null && (v == null || !x.getPinnedVehicleId().equals(v.getId()))
							? SEVERE : 0,
					"Pinned to a vehicle that is not in this plan or cannot carry it"),
			new VisitRule(UNASSIGNED, Level.MEDIUM, "not planned", "priority",
					(x, v) -> v == null ? x.getPriority() : 0, null));

	private static final RouteRule[] HARD_ROUTE = ROUTE.stream()
		.filter(r -> r.level() == Level.HARD)
		.toArray(RouteRule[]::new);

	private static final RouteRule[] SOFT_ROUTE = ROUTE.stream()
		.filter(r -> r.level() == Level.SOFT)
		.toArray(RouteRule[]::new);

	private static final VisitRule[] HARD_VISIT = VISIT.stream()
		.filter(r -> r.level() == Level.HARD)
		.toArray(VisitRule[]::new);

	/** Whether the vehicle drives at all (then it costs). */
	static boolean used(Vehicle v, RouteFacts r) {
		return r.stopCount() > 0 || v.isEnRoute();
	}

	/** A route's hard violation: the sum of every hard route rule's amount. */
	static long hard(Vehicle v, RouteFacts r) {
		long h = 0;
		for (RouteRule rule : HARD_ROUTE) {
			h += rule.amount().of(v, r);
		}
		return h;
	}

	/** A route's soft cost: the sum of every soft route rule's amount (what the search minimises once hard rules hold). */
	static long soft(Vehicle v, RouteFacts r) {
		long s = 0;
		for (RouteRule rule : SOFT_ROUTE) {
			s += rule.amount().of(v, r);
		}
		return s;
	}

	/** The search's check: may {@code x} ride on {@code v} at all (every hard visit rule kept)? */
	static boolean allows(Visit x, Vehicle v) {
		for (VisitRule rule : HARD_VISIT) {
			if (!rule.allows(x, v)) {
				return false;
			}
		}
		return true;
	}

	/** The first hard visit rule that forbids {@code x} on {@code v}, or {@code null}. */
	static @Nullable VisitRule forbidding(Visit x, Vehicle v) {
		for (VisitRule rule : HARD_VISIT) {
			if (!rule.allows(x, v)) {
				return rule;
			}
		}
		return null;
	}

	/** What the route breaks, in an unassigned reason's words, each naming its rule. */
	static List<String> broken(Vehicle v, RouteFacts r) {
		List<String> parts = new ArrayList<>();
		for (RouteRule rule : HARD_ROUTE) {
			long amount = rule.amount().of(v, r);
			if (amount > 0 && rule.reason() != null) {
				parts.add(rule.reason().apply(amount) + " (rule " + rule.name() + ")");
			}
		}
		return parts;
	}

	public static RouteRule route(String name) {
		return ROUTE.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	public static VisitRule visit(String name) {
		return VISIT.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	/** Every rule's name. */
	public static List<String> names() {
		List<String> names = new ArrayList<>();
		ROUTE.forEach(r -> names.add(r.name()));
		VISIT.forEach(r -> names.add(r.name()));
		return names;
	}

	static String minutes(long seconds) {
		return (seconds + 59) / 60 + " min";
	}

}
