package io.zaplecze.routing.planning;

import java.util.List;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * Builds the solver configuration: the ruin-and-recreate phase on {@code threads} threads for most of
 * the solution's time limit ({@link RoutingSolution#getTimeLimitMillis()}), then Timefold's own local
 * search (list change, swap, 2-opt, ...) until the solver terminates, all scored by
 * {@link RoutingConstraints}. The termination (the time limit) is set by the caller: per job through
 * {@code SolverConfigOverride}, in the benchmark on the config.
 */
public final class PlannerSolverConfig {

	private PlannerSolverConfig() {
	}

	/**
	 * @param threads search threads in the ruin-and-recreate phase
	 * @param seed random seed (runs with the same seed and thread count are comparable, not identical)
	 * @param localSearchShare share of the time limit left to Timefold's local search, 0..1
	 * @return the configuration, without termination
	 */
	public static SolverConfig of(int threads, long seed, double localSearchShare) {
		double share = Math.clamp(localSearchShare, 0, 1);
		CustomPhaseConfig ruinRecreate = new CustomPhaseConfig()
			.withCustomPhaseCommands(new RuinRecreatePhase(threads, seed, 1 - share));
		List<PhaseConfig> phases = share > 0 ? List.of(ruinRecreate, new LocalSearchPhaseConfig()) : List.of(ruinRecreate);
		return timefoldDefaults(seed).withPhaseList(phases);
	}

	/**
	 * Timefold's own default phases (first-fit construction, then local search with the default list
	 * moves), without the ruin-and-recreate phase: the baseline the benchmark measures our phase against.
	 * @param seed random seed
	 * @return the configuration, without termination
	 */
	public static SolverConfig timefoldDefaults(long seed) {
		return new SolverConfig().withSolutionClass(RoutingSolution.class)
			.withEntityClasses(Vehicle.class, Visit.class)
			.withConstraintProviderClass(RoutingConstraints.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withRandomSeed(seed);
	}

}
