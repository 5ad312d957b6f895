package io.zaplecze.routing.planning;

import org.jspecify.annotations.Nullable;

/**
 * The best plan any search thread has found so far. The community edition solves on one thread;
 * running several searches with different seeds that share their best at intervals uses every core.
 */
final class SharedBest {

	/** Routes as visit indexes per vehicle. */
	record Snapshot(long cost, int[][] routes, long version) {
	}

	private @Nullable Snapshot best;

	private long version;

	synchronized void offer(long cost, int @Nullable [][] routes) {
		if (routes != null && (this.best == null || cost < this.best.cost())) {
			this.best = new Snapshot(cost, routes, ++this.version);
		}
	}

	synchronized @Nullable Snapshot snapshot() {
		return this.best;
	}

}
