package io.zaplecze.routing.solver;

import org.jspecify.annotations.Nullable;

/**
 * The best plan any search thread has found so far. The community edition solves on one thread;
 * running several searches with different seeds that share their best at intervals uses every core.
 */
final class SharedBest {

	/** Routes as visit indexes per vehicle; {@code hard} is their hard violation, {@code cost} the search's cost. */
	record Snapshot(long hard, long cost, int[][] routes, long version) {
	}

	private @Nullable Snapshot best;

	private long version;

	/** Keeps the plan if it is the best so far: less hard violation first, then lower cost. */
	synchronized void offer(long hard, long cost, int @Nullable [][] routes) {
		if (routes != null && (this.best == null || hard < this.best.hard()
				|| (hard == this.best.hard() && cost < this.best.cost()))) {
			this.best = new Snapshot(hard, cost, routes, ++this.version);
		}
	}

	synchronized @Nullable Snapshot snapshot() {
		return this.best;
	}

}
