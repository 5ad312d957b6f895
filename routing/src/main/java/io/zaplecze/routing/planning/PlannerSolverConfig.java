package io.zaplecze.routing.planning;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Builds the solver configuration: the ruin-and-recreate phase on {@code threads} threads for most of
 * the time limit, then Timefold's own local search (list change, swap, 2-opt, ...) for the rest, all
 * scored by {@link RoutingConstraints}.
 */
public final class PlannerSolverConfig {

	private PlannerSolverConfig() {
	}

	/**
	 * @param limit the whole solve's wall-clock limit
	 * @param threads search threads in the ruin-and-recreate phase
	 * @param seed random seed (runs with the same seed and thread count are comparable, not identical)
	 * @param localSearchShare share of the limit left to Timefold's local search, 0..1
	 * @return the configuration
	 */
	public static SolverConfig of(Duration limit, int threads, long seed, double localSearchShare) {
		long totalMillis = Math.max(100, limit.toMillis());
		long lsMillis = (long) (totalMillis * Math.clamp(localSearchShare, 0, 1));
		Duration rrBudget = Duration.ofMillis(totalMillis - lsMillis);
		CustomPhaseConfig ruinRecreate = new CustomPhaseConfig()
			.withCustomPhaseCommands(new RuinRecreatePhase(threads, seed, rrBudget))
			.withTerminationConfig(new TerminationConfig().withSpentLimit(rrBudget));
		List<PhaseConfig> phases = lsMillis > 0 ? List.of(ruinRecreate, new LocalSearchPhaseConfig())
				: List.of(ruinRecreate);
		return new SolverConfig().withSolutionClass(RoutingSolution.class)
			.withEntityClasses(Vehicle.class, Visit.class)
			.withConstraintProviderClass(RoutingConstraints.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withRandomSeed(seed)
			.withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(totalMillis)))
			.withPhaseList(phases);
	}

}
