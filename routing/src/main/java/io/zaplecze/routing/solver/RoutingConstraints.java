package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The Timefold constraints, one per rule of {@link PlannerRules} and derived from it: route rules
 * select vehicles, visit rules select visits (unassigned too); each keeps those breaking the rule,
 * penalises by the rule's amount at its level and justifies the match in the rule's words. Each rule
 * reads the vehicle's simulated {@link RouteTimeline}.
 */
public class RoutingConstraints implements ConstraintProvider {

	public static final String WEIGHT_CAPACITY = PlannerRules.WEIGHT_CAPACITY;

	public static final String VOLUME_CAPACITY = PlannerRules.VOLUME_CAPACITY;

	public static final String PALLET_CAPACITY = PlannerRules.PALLET_CAPACITY;

	public static final String TIME_WINDOW = PlannerRules.TIME_WINDOW;

	public static final String SHIFT_END = PlannerRules.SHIFT_END;

	public static final String REFRIGERATION = PlannerRules.REFRIGERATION;

	public static final String READY_TIME = PlannerRules.READY_TIME;

	public static final String MAX_DURATION = PlannerRules.MAX_DURATION;

	public static final String DRIVER_BREAK = PlannerRules.DRIVER_BREAK;

	public static final String PINNED_VEHICLE = PlannerRules.PINNED_VEHICLE;

	public static final String UNASSIGNED = PlannerRules.UNASSIGNED;

	public static final String TRAVEL_COST = PlannerRules.TRAVEL_COST;

	public static final String FIXED_COST = PlannerRules.FIXED_COST;

	public static final String WORKLOAD_BALANCE = PlannerRules.WORKLOAD_BALANCE;

	static final long SEVERE = PlannerRules.SEVERE;

	private static HardMediumSoftScore one(PlannerRules.Level level) {
		return switch (level) {
			case HARD -> HardMediumSoftScore.ONE_HARD;
			case MEDIUM -> HardMediumSoftScore.ONE_MEDIUM;
			case SOFT -> HardMediumSoftScore.ONE_SOFT;
		};
	}

	/** select vehicles → keep those breaking the rule → penalise by the amount → justify. */
	private static Constraint routeConstraint(ConstraintFactory f, PlannerRules.RouteRule rule) {
		boolean lateStops = rule.name().equals(PlannerRules.TIME_WINDOW);
		ToLongFunction<Vehicle> amount = rule::of;
		return f.forEach(Vehicle.class)
			.filter(v -> rule.of(v) > 0)
			.penalize(one(rule.level()), amount)
			.justifyWith((v, s) -> new RouteViolation(v.getId(), rule.explanation(), rule.of(v), rule.unit(),
					lateStops ? v.getTimeline().lateStops().stream().map(RouteTimeline.Stop::visitId).toList()
							: v.getVisits().stream().map(Visit::getId).toList()))
			.asConstraint(rule.name());
	}

	/** select visits (unassigned too) → keep those breaking the rule → penalise by the amount → justify. */
	private static Constraint visitConstraint(ConstraintFactory f, PlannerRules.VisitRule rule) {
		ToLongFunction<Visit> amount = rule::of;
		return f.forEachIncludingUnassigned(Visit.class)
			.filter(v -> rule.of(v) > 0)
			.penalize(one(rule.level()), amount)
			.justifyWith((v, s) -> new VisitViolation(v.getId(), rule.explanation(), rule.of(v), rule.unit()))
			.asConstraint(rule.name());
	}

	/** The constraint of one rule, by name (for {@code ConstraintVerifier.verifyThat}). */
	public static BiFunction<RoutingConstraints, ConstraintFactory, Constraint> constraint(String name) {
		return (provider, f) -> PlannerRules.ROUTE.stream().anyMatch(r -> r.name().equals(name))
				? routeConstraint(f, PlannerRules.route(name)) : visitConstraint(f, PlannerRules.visit(name));
	}

	@Override
	public Constraint[] defineConstraints(ConstraintFactory f) {
		List<Constraint> constraints = new ArrayList<>();
		PlannerRules.ROUTE.forEach(r -> constraints.add(routeConstraint(f, r)));
		PlannerRules.VISIT.forEach(r -> constraints.add(visitConstraint(f, r)));
		return constraints.toArray(new Constraint[0]);
	}

	/** A violation of one vehicle's route, in a dispatcher's words. */
	public record RouteViolation(String vehicleId, String rule, long amount, String unit, List<String> visitIds)
			implements ConstraintJustification {
	}

	/** A violation by one visit, in a dispatcher's words. */
	public record VisitViolation(String visitId, String rule, long amount, String unit)
			implements ConstraintJustification {
	}

}
