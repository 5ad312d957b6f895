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
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().excessGrams() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> RouteSimulator.ceilDiv(v.getTimeline().excessGrams(), 1000))
			.justifyWith((v, s) -> routeViolation(v, "loaded over its weight capacity",
					RouteSimulator.ceilDiv(v.getTimeline().excessGrams(), 1000), "kg"))
			.asConstraint(WEIGHT_CAPACITY);
	}

	Constraint vehicleVolumeCapacity(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().excessCm3() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> RouteSimulator.ceilDiv(v.getTimeline().excessCm3(), 1000))
			.justifyWith((v, s) -> routeViolation(v, "loaded over its volume capacity",
					RouteSimulator.ceilDiv(v.getTimeline().excessCm3(), 1000), "litres"))
			.asConstraint(VOLUME_CAPACITY);
	}

	Constraint vehiclePalletCapacity(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().excessPallets() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> v.getTimeline().excessPallets())
			.justifyWith((v, s) -> routeViolation(v, "loaded over its pallet places", v.getTimeline().excessPallets(),
					"pallets"))
			.asConstraint(PALLET_CAPACITY);
	}

	Constraint arriveWithinTimeWindow(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().lateSeconds() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> v.getTimeline().lateSeconds())
			.justifyWith((v, s) -> new RouteViolation(v.getId(), "arrives after the customer's time window",
					v.getTimeline().lateSeconds(), "seconds",
					v.getTimeline().lateStops().stream().map(RouteTimeline.Stop::visitId).toList()))
			.asConstraint(TIME_WINDOW);
	}

	Constraint returnBeforeShiftEnd(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().overtimeSeconds() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> v.getTimeline().overtimeSeconds())
			.justifyWith((v, s) -> routeViolation(v, "returns after the shift ends", v.getTimeline().overtimeSeconds(),
					"seconds"))
			.asConstraint(SHIFT_END);
	}

	Constraint refrigeratedVehicleForColdGoods(ConstraintFactory f) {
		return f.forEach(Visit.class)
			.filter(Visit::breaksColdChain)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> SEVERE)
			.justifyWith((v, s) -> new VisitViolation(v.getId(), "chilled goods on a vehicle without refrigeration", 1,
					"visits"))
			.asConstraint(REFRIGERATION);
	}

	Constraint leaveAfterGoodsReady(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().readyViolationSeconds() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> v.getTimeline().readyViolationSeconds())
			.justifyWith((v, s) -> routeViolation(v, "carries goods that were not ready when it loaded",
					v.getTimeline().readyViolationSeconds(), "seconds"))
			.asConstraint(READY_TIME);
	}

	Constraint maxRouteDuration(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().durationExcessSeconds() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> v.getTimeline().durationExcessSeconds())
			.justifyWith((v, s) -> routeViolation(v, "route longer than the vehicle's maximum duration",
					v.getTimeline().durationExcessSeconds(), "seconds"))
			.asConstraint(MAX_DURATION);
	}

	Constraint driverBreakInWindow(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().breakViolationSeconds() > 0)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> v.getTimeline().breakViolationSeconds())
			.justifyWith((v, s) -> routeViolation(v, "driver's break starts after its window",
					v.getTimeline().breakViolationSeconds(), "seconds"))
			.asConstraint(DRIVER_BREAK);
	}

	Constraint pinnedStopOnItsVehicle(ConstraintFactory f) {
		return f.forEachIncludingUnassigned(Visit.class)
			.filter(Visit::breaksPin)
			.penalize(HardMediumSoftScore.ONE_HARD, v -> SEVERE)
			.justifyWith((v, s) -> new VisitViolation(v.getId(),
					"pinned to " + v.getPinnedVehicleId() + " but planned elsewhere", 1, "visits"))
			.asConstraint(PINNED_VEHICLE);
	}

	Constraint unassignedVisit(ConstraintFactory f) {
		return f.forEachIncludingUnassigned(Visit.class)
			.filter(v -> v.getVehicle() == null)
			.penalize(HardMediumSoftScore.ONE_MEDIUM, Visit::getPriority)
			.justifyWith((v, s) -> new VisitViolation(v.getId(), "not planned", v.getPriority(), "priority"))
			.asConstraint(UNASSIGNED);
	}

	Constraint travelCost(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().travelCostCents() > 0)
			.penalize(HardMediumSoftScore.ONE_SOFT, v -> v.getTimeline().travelCostCents())
			.justifyWith((v, s) -> routeViolation(v, "distance and driving time", v.getTimeline().travelCostCents(),
					"cents"))
			.asConstraint(TRAVEL_COST);
	}

	Constraint vehicleFixedCost(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().fixedCostCents() > 0)
			.penalize(HardMediumSoftScore.ONE_SOFT, v -> v.getTimeline().fixedCostCents())
			.justifyWith((v, s) -> routeViolation(v, "vehicle used", v.getTimeline().fixedCostCents(), "cents"))
			.asConstraint(FIXED_COST);
	}

	Constraint workloadBalance(ConstraintFactory f) {
		return f.forEach(Vehicle.class)
			.filter(v -> v.getTimeline().balanceCost() > 0)
			.penalize(HardMediumSoftScore.ONE_SOFT, v -> v.getTimeline().balanceCost())
			.justifyWith((v, s) -> routeViolation(v, "long day (squared minutes, weighted)",
					v.getTimeline().balanceCost(), "points"))
			.asConstraint(WORKLOAD_BALANCE);
	}

	private static RouteViolation routeViolation(Vehicle v, String rule, long amount, String unit) {
		return new RouteViolation(v.getId(), rule, amount, unit, v.getVisits().stream().map(Visit::getId).toList());
	}

}
