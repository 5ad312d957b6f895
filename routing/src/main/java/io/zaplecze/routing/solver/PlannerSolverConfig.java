package io.zaplecze.routing.solver;

import java.util.List;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * Builds the solver configuration: the ruin-and-recreate phase on {@code threads} threads for most of
 * the solution's time limit ({@link RoutingSolution#getTimeLimitMillis()}), then Timefold's local
 * search with the nearby moves of {@link NearbyNeighborhood} until the solver terminates, all scored
 * by {@link RoutingConstraints}. The termination (the time limit) is set by the caller: per job through
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
		return of(threads, seed, localSearchShare, SearchTuning.DEFAULTS);
	}

	/**
	 * @param threads search threads in the ruin-and-recreate phase
	 * @param seed random seed
	 * @param localSearchShare share of the time limit left to Timefold's local search, 0..1
	 * @param tuning the ruin-and-recreate search's tuning
	 * @return the configuration, without termination
	 */
	public static SolverConfig of(int threads, long seed, double localSearchShare, SearchTuning tuning) {
		double share = Math.clamp(localSearchShare, 0, 1);
		CustomPhaseConfig ruinRecreate = new CustomPhaseConfig()
			.withCustomPhaseCommands(new RuinRecreatePhase(threads, seed, 1 - share, tuning));
		List<PhaseConfig> phases = share > 0 ? List.of(ruinRecreate, nearbyLocalSearch()) : List.of(ruinRecreate);
		return timefoldDefaults(seed).withPhaseList(phases);
	}

	/** Timefold's local search restricted to nearby moves ({@link NearbyNeighborhood}). */
	static LocalSearchPhaseConfig nearbyLocalSearch() {
		return new LocalSearchPhaseConfig().withMoveProviderClass(NearbyNeighborhood.class);
	}

	/**
	 * Timefold's first-fit construction, then its local search with only the nearby moves of
	 * {@link NearbyNeighborhood}: how far the Neighborhoods API alone gets, for the benchmark (call
	 * {@link RoutingSolution#markNearby()} on the problem first).
	 * @param seed random seed
	 * @return the configuration, without termination
	 */
	public static SolverConfig timefoldNearby(long seed) {
		return timefoldDefaults(seed)
			.withPhaseList(List.of(new ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig(),
					nearbyLocalSearch()));
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
			.withPreviewFeature(PreviewFeature.NEIGHBORHOODS)
			.withRandomSeed(seed);
	}

}
