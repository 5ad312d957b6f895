package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The custom phase that runs {@link RuinRecreateSearch} on several threads (one per core by
 * default, each with its own seed; they share their best plan at intervals) and writes the best plan
 * back into the solver's working solution through a move about twice a second, telling the
 * solution's progress listener the new score (the solver itself reports a custom phase's result only
 * when the phase ends).
 */
final class RuinRecreatePhase implements PhaseCommand<RoutingSolution> {

	private static final Logger log = LoggerFactory.getLogger(RuinRecreatePhase.class);

	private final int threads;

	private final long seed;

	private final double share;

	private final SearchTuning tuning;

	/**
	 * @param threads search threads
	 * @param seed base random seed
	 * @param share share of the solution's time limit this phase may use
	 * @param tuning the search's tuning
	 */
	RuinRecreatePhase(int threads, long seed, double share, SearchTuning tuning) {
		this.threads = Math.max(1, threads);
		this.seed = seed;
		this.share = share;
		this.tuning = tuning;
	}

	@Override
	public void changeWorkingSolution(PhaseCommandContext<RoutingSolution> context) {
		RoutingSolution solution = context.getWorkingSolution();
		if (solution.getVisits().isEmpty() || solution.getVehicles().isEmpty()) {
			return;
		}
		PlanningListVariableMetaModel<RoutingSolution, Vehicle, Visit> variable = context.getSolutionMetaModel()
			.genuineEntity(Vehicle.class)
			.listVariable();
		long deadline = System.nanoTime() + (long) (solution.getTimeLimitMillis() * this.share) * 1_000_000L;
		SharedBest shared = new SharedBest();
		AtomicBoolean stop = new AtomicBoolean();
		List<RuinRecreateSearch> searches = new ArrayList<>();
		for (int w = 0; w < this.threads; w++) {
			searches.add(new RuinRecreateSearch(solution, this.seed + 7919L * w, this.tuning));
		}
		searches.get(0).markNearby(NearbyNeighborhood.NEAREST);
		List<Thread> workers = new ArrayList<>();
		for (RuinRecreateSearch search : searches) {
			workers.add(Thread.ofPlatform()
				.name("planner-search")
				.daemon()
				.start(() -> search.run(stop::get, deadline, shared)));
		}
		long applied = -1;
		long lastApply = System.nanoTime();
		try {
			while (workers.stream().anyMatch(Thread::isAlive)) {
				if (context.isPhaseTerminated()) {
					stop.set(true);
				}
				SharedBest.Snapshot s = shared.snapshot();
				if (s != null && s.version() != applied && System.nanoTime() - lastApply > 500_000_000L) {
					HardMediumSoftScore score = context.executeAndCalculateScore(
							new ApplyRoutes(variable, searches.get(0), s.routes()));
					solution.progress().accept(score);
					applied = s.version();
					lastApply = System.nanoTime();
				}
				for (Thread t : workers) {
					t.join(20);
				}
			}
		}
		catch (InterruptedException ex) {
			stop.set(true);
			Thread.currentThread().interrupt();
		}
		SharedBest.Snapshot s = shared.snapshot();
		if (s != null && s.version() != applied) {
			HardMediumSoftScore score = context.executeAndCalculateScore(
					new ApplyRoutes(variable, searches.get(0), s.routes()));
			solution.progress().accept(score);
		}
		long iterations = searches.stream().mapToLong(r -> r.iterations).sum();
		log.debug("Ruin-and-recreate: {} iterations on {} threads", iterations, this.threads);
	}

	/** Replaces every vehicle's unpinned visits by the search's plan. */
	private record ApplyRoutes(PlanningListVariableMetaModel<RoutingSolution, Vehicle, Visit> variable,
			RuinRecreateSearch search, int[][] routes) implements Move<RoutingSolution> {

		@Override
		public void execute(MutableSolutionView<RoutingSolution> view) {
			Vehicle[] vehicles = this.search.vehicles;
			Visit[] visits = this.search.visits;
			for (Vehicle v : vehicles) {
				int pinned = Math.min(v.getPinnedStops(), v.getVisits().size());
				for (int k = v.getVisits().size() - 1; k >= pinned; k--) {
					view.unassignValue(this.variable, v, k);
				}
			}
			for (int r = 0; r < vehicles.length; r++) {
				Vehicle v = vehicles[r];
				int pinned = v.getVisits().size();
				List<Visit> tail = new ArrayList<>();
				for (int k = pinned; k < this.routes[r].length; k++) {
					tail.add(visits[this.routes[r][k]]);
				}
				if (!tail.isEmpty()) {
					view.assignValuesAndAdd(this.variable, tail, v, pinned);
				}
			}
		}

	}

}
