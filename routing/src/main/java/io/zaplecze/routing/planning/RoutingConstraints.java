package io.zaplecze.routing.planning;

import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a good day's plan. Hard rules are penalised in their natural units (seconds late,
 * kilograms, litres or pallet places over); breaking the cold chain or a dispatcher's pin counts as
 * an hour late, so the solver never trades it for a few seconds elsewhere. Medium: every visit left
 * out costs its priority. Soft: travel cost in cents (distance and driving time), fixed vehicle cost,
 * and the optional workload balance. Each rule reads the vehicle's simulated {@link RouteTimeline}.
 */
public class RoutingConstraints implements ConstraintProvider {

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

	public static final String FIXED_COST = "vehicleFixedCost";

	public static final String WORKLOAD_BALANCE = "workloadBalance";

	/** What breaking the cold chain or a pin weighs, in hard units: as much as an hour late. */
	static final long SEVERE = 3600;

	/** Score level of a rule. */
	enum Level {

		HARD, MEDIUM, SOFT

	}

	/**
	 * A rule over one vehicle's route: its level and how much the route breaks it (0 when kept). The
	 * constraints and {@link ScoreExplanation} both read these, so the explanation adds up to the score.
	 */
	record VehicleRule(String name, Level level, java.util.function.ToLongFunction<Vehicle> amount, String rule,
			String unit) {
	}

	/** A rule over one visit, assigned or not. */
	record VisitRule(String name, Level level, java.util.function.ToLongFunction<Visit> amount, String rule,
			String unit) {
	}

	static final List<VehicleRule> VEHICLE_RULES = List.of(
			new VehicleRule(WEIGHT_CAPACITY, Level.HARD, v -> RouteSimulator.ceilDiv(v.getTimeline().excessGrams(), 1000),
					"loaded over its weight capacity", "kg"),
			new VehicleRule(VOLUME_CAPACITY, Level.HARD, v -> RouteSimulator.ceilDiv(v.getTimeline().excessCm3(), 1000),
					"loaded over its volume capacity", "litres"),
			new VehicleRule(PALLET_CAPACITY, Level.HARD, v -> v.getTimeline().excessPallets(),
					"loaded over its pallet places", "pallets"),
			new VehicleRule(TIME_WINDOW, Level.HARD, v -> v.getTimeline().lateSeconds(),
					"arrives after the customer's time window", "seconds"),
			new VehicleRule(SHIFT_END, Level.HARD, v -> v.getTimeline().overtimeSeconds(), "returns after the shift ends",
					"seconds"),
			new VehicleRule(READY_TIME, Level.HARD, v -> v.getTimeline().readyViolationSeconds(),
					"carries goods that were not ready when it loaded", "seconds"),
			new VehicleRule(MAX_DURATION, Level.HARD, v -> v.getTimeline().durationExcessSeconds(),
					"route longer than the vehicle's maximum duration", "seconds"),
			new VehicleRule(DRIVER_BREAK, Level.HARD, v -> v.getTimeline().breakViolationSeconds(),
					"driver's break starts after its window", "seconds"),
			new VehicleRule(TRAVEL_COST, Level.SOFT, v -> v.getTimeline().travelCostCents(), "distance and driving time",
					"cents"),
			new VehicleRule(FIXED_COST, Level.SOFT, v -> v.getTimeline().fixedCostCents(), "vehicle used", "cents"),
			new VehicleRule(WORKLOAD_BALANCE, Level.SOFT, v -> v.getTimeline().balanceCost(),
					"long day (squared minutes, weighted)", "points"));

	static final List<VisitRule> VISIT_RULES = List.of(
			new VisitRule(REFRIGERATION, Level.HARD, v -> v.breaksColdChain() ? SEVERE : 0,
					"chilled goods on a vehicle without refrigeration", "weight"),
			new VisitRule(PINNED_VEHICLE, Level.HARD, v -> v.breaksPin() ? SEVERE : 0,
					"planned elsewhere than the vehicle it is pinned to", "weight"),
			new VisitRule(UNASSIGNED, Level.MEDIUM, v -> v.getVehicle() == null ? v.getPriority() : 0, "not planned",
					"priority"));

	static VehicleRule vehicleRule(String name) {
		return VEHICLE_RULES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	static VisitRule visitRule(String name) {
		return VISIT_RULES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
	}

	private static HardMediumSoftScore one(Level level) {
		return switch (level) {
			case HARD -> HardMediumSoftScore.ONE_HARD;
			case MEDIUM -> HardMediumSoftScore.ONE_MEDIUM;
			case SOFT -> HardMediumSoftScore.ONE_SOFT;
		};
	}

	/** select vehicles → keep those breaking the rule → penalise by the amount → justify. */
	private static Constraint vehicleConstraint(ConstraintFactory f, String name) {
		VehicleRule rule = vehicleRule(name);
		return f.forEach(Vehicle.class)
			.filter(v -> rule.amount().applyAsLong(v) > 0)
			.penalize(one(rule.level()), rule.amount())
			.justifyWith((v, s) -> new RouteViolation(v.getId(), rule.rule(), rule.amount().applyAsLong(v), rule.unit(),
					name.equals(TIME_WINDOW) ? v.getTimeline().lateStops().stream().map(RouteTimeline.Stop::visitId).toList()
							: v.getVisits().stream().map(Visit::getId).toList()))
			.asConstraint(name);
	}

	/** select visits (unassigned too) → keep those breaking the rule → penalise by the amount → justify. */
	private static Constraint visitConstraint(ConstraintFactory f, String name) {
		VisitRule rule = visitRule(name);
		return f.forEachIncludingUnassigned(Visit.class)
			.filter(v -> rule.amount().applyAsLong(v) > 0)
			.penalize(one(rule.level()), rule.amount())
			.justifyWith((v, s) -> new VisitViolation(v.getId(), rule.rule(), rule.amount().applyAsLong(v), rule.unit()))
			.asConstraint(name);
	}

	@Override
	public Constraint[] defineConstraints(ConstraintFactory f) {
		return new Constraint[] { vehicleWeightCapacity(f), vehicleVolumeCapacity(f), vehiclePalletCapacity(f),
				arriveWithinTimeWindow(f), returnBeforeShiftEnd(f), refrigeratedVehicleForColdGoods(f),
				leaveAfterGoodsReady(f), maxRouteDuration(f), driverBreakInWindow(f), pinnedStopOnItsVehicle(f),
				unassignedVisit(f), travelCost(f), vehicleFixedCost(f), workloadBalance(f) };
	}

	/** A violation of one vehicle's route, in a dispatcher's words. */
	public record RouteViolation(String vehicleId, String rule, long amount, String unit, List<String> visitIds)
			implements ConstraintJustification {
	}

	/** A violation by one visit, in a dispatcher's words. */
	public record VisitViolation(String visitId, String rule, long amount, String unit)
			implements ConstraintJustification {
	}

	Constraint vehicleWeightCapacity(ConstraintFactory f) {
		return vehicleConstraint(f, WEIGHT_CAPACITY);
	}

	Constraint vehicleVolumeCapacity(ConstraintFactory f) {
		return vehicleConstraint(f, VOLUME_CAPACITY);
	}

	Constraint vehiclePalletCapacity(ConstraintFactory f) {
		return vehicleConstraint(f, PALLET_CAPACITY);
	}

	Constraint arriveWithinTimeWindow(ConstraintFactory f) {
		return vehicleConstraint(f, TIME_WINDOW);
	}

	Constraint returnBeforeShiftEnd(ConstraintFactory f) {
		return vehicleConstraint(f, SHIFT_END);
	}

	Constraint refrigeratedVehicleForColdGoods(ConstraintFactory f) {
		return visitConstraint(f, REFRIGERATION);
	}

	Constraint leaveAfterGoodsReady(ConstraintFactory f) {
		return vehicleConstraint(f, READY_TIME);
	}

	Constraint maxRouteDuration(ConstraintFactory f) {
		return vehicleConstraint(f, MAX_DURATION);
	}

	Constraint driverBreakInWindow(ConstraintFactory f) {
		return vehicleConstraint(f, DRIVER_BREAK);
	}

	Constraint pinnedStopOnItsVehicle(ConstraintFactory f) {
		return visitConstraint(f, PINNED_VEHICLE);
	}

	Constraint unassignedVisit(ConstraintFactory f) {
		return visitConstraint(f, UNASSIGNED);
	}

	Constraint travelCost(ConstraintFactory f) {
		return vehicleConstraint(f, TRAVEL_COST);
	}

	Constraint vehicleFixedCost(ConstraintFactory f) {
		return vehicleConstraint(f, FIXED_COST);
	}

	Constraint workloadBalance(ConstraintFactory f) {
		return vehicleConstraint(f, WORKLOAD_BALANCE);
	}

}
