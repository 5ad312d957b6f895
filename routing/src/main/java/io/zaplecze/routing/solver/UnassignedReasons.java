package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says why each unassigned visit is unassigned, in a dispatcher's words: whether it is infeasible on
 * its own (no refrigerated vehicle, heavier than any vehicle carries, unreachable in its window), or
 * feasible alone but with no room left in the routes (and what inserting it would break).
 */
public final class UnassignedReasons {

	private UnassignedReasons() {
	}

	/** Reasons by visit id, for every unassigned visit. */
	public static Map<String, String> of(RoutingSolution solution) {
		Map<String, String> reasons = new LinkedHashMap<>();
		RouteSimulator.Outcome out = new RouteSimulator.Outcome();
		for (Visit x : solution.getVisits()) {
			if (x.getVehicle() == null) {
				reasons.put(x.getId(), explain(x, solution.getVehicles(), out));
			}
		}
		return reasons;
	}

	static String explain(Visit x, List<Vehicle> vehicles, RouteSimulator.Outcome out) {
		if (vehicles.isEmpty()) {
			return "No vehicle is available for the day (rule " + PlannerRules.UNASSIGNED + ").";
		}
		List<Vehicle> allowed = vehicles.stream().filter(v -> PlannerRules.allows(x, v)).toList();
		if (allowed.isEmpty()) {
			if (x.getPinnedVehicleId() != null && vehicles.stream().noneMatch(v -> v.getId().equals(x.getPinnedVehicleId()))) {
				return "Pinned to vehicle " + x.getPinnedVehicleId() + ", which is not in this plan (rule "
						+ PlannerRules.PINNED_VEHICLE + ").";
			}
			PlannerRules.VisitRule rule = PlannerRules.forbidding(x, vehicles.get(0));
			return rule.refusal() + " (rule " + rule.name() + ").";
		}
		// Alone on a vehicle: infeasible on its own if every vehicle breaks a rule.
		String alone = null;
		long aloneHard = Long.MAX_VALUE;
		for (Vehicle v : allowed) {
			if (v.isEnRoute() || v.getPinnedStops() > 0) {
				continue;
			}
			RouteSimulator.run(v, new Visit[] { x }, 1, out, false);
			long hard = out.hard(v);
			if (hard == 0) {
				alone = null;
				aloneHard = 0;
				break;
			}
			if (hard < aloneHard) {
				aloneHard = hard;
				alone = describe(v, out);
			}
		}
		if (aloneHard > 0 && alone != null) {
			return "Infeasible on its own: even alone on the best-suited vehicle it " + alone + ".";
		}
		// Feasible alone: no room in the plan. Find the least damaging insertion.
		String best = null;
		long bestHard = Long.MAX_VALUE;
		for (Vehicle v : allowed) {
			List<Visit> route = v.getVisits();
			long before = PlannerRules.hard(v, v.getTimeline());
			int from = Math.min(v.getPinnedStops(), route.size());
			for (int p = from; p <= route.size(); p++) {
				List<Visit> candidate = new ArrayList<>(route);
				candidate.add(p, x);
				Visit[] seq = candidate.toArray(new Visit[0]);
				RouteSimulator.run(v, seq, seq.length, out, false);
				long hard = out.hard(v) - Math.min(before, out.hard(v));
				if (hard < bestHard) {
					bestHard = hard;
					best = "on " + v.getId() + " (as stop " + (p + 1) + ") it " + describe(v, out);
				}
			}
		}
		if (best == null || bestHard == 0) {
			return "Left out to keep the plan cheaper: its priority was worth less than serving it costs (rule "
					+ PlannerRules.UNASSIGNED + ").";
		}
		return "No room in the planned routes: at best, " + best + ".";
	}

	/** The hard rules a route breaks, each naming its rule. */
	private static String describe(Vehicle v, RouteSimulator.Outcome o) {
		List<String> parts = new ArrayList<>(PlannerRules.broken(v, o));
		if (o.meters >= TravelCosts.UNREACHABLE_PENALTY) {
			parts.add("cannot be reached by road");
		}
		return parts.isEmpty() ? "breaks no rule" : String.join(", ", parts);
	}

}
