package io.zaplecze.routing.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.zaplecze.routing.TravelMatrix;

/**
 * Many-to-many travel times and distances on a contraction hierarchy, by the bucket method
 * (Knopp, Sanders, Schultes, Schulz, Wagner 2007): one backward upward search per target leaves
 * (target, cost) entries in a bucket at every node it settles; one forward upward search per
 * source then meets them, and the best sum over all meeting nodes is the shortest path. Both
 * searches stall on demand: a node that a higher node reaches more cheaply is not expanded (nor
 * bucketed or scanned), which keeps the search spaces small without losing a shortest path.
 *
 * <p>Cells hold the time and distance of the minimum-<em>weight</em> path, the same path a
 * point-to-point CH query picks. Searches use primitive arrays only and are reset by a generation
 * stamp, not by clearing; both phases run on {@code threads} threads (targets, then sources, are
 * independent).
 */
public final class BucketManyToMany implements AutoCloseable {

	/** Below this many points per thread, extra threads cost more than they save. */
	private static final int MIN_POINTS_PER_THREAD = 64;

	private final ContractedGraph graph;

	private final int threads;

	private final @Nullable ExecutorService pool;

	private final ConcurrentLinkedQueue<Search> idleSearches = new ConcurrentLinkedQueue<>();

	/**
	 * @param graph the contracted graph of one profile
	 * @param threads how many threads one matrix may use (the calling thread is one of them)
	 */
	public BucketManyToMany(ContractedGraph graph, int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, was " + threads);
		}
		this.graph = graph;
		this.threads = threads;
		this.pool = (threads > 1) ? Executors.newFixedThreadPool(threads - 1, runnable -> {
			Thread thread = new Thread(runnable, "road-matrix");
			thread.setDaemon(true);
			return thread;
		}) : null;
	}

	/**
	 * @param points the snapped points, both sources and targets
	 * @return row = from, column = to; {@link TravelMatrix#UNREACHABLE} where no path exists
	 */
	public TravelMatrix compute(MatrixPoints points) {
		int n = points.size();
		CostLists buckets = backwardPhase(points);
		long[] seconds = new long[n * n];
		long[] meters = new long[n * n];
		runParallel(n, () -> new Row(n), (search, row, source) -> {
			row.reset(points, source);
			search.forward(this.graph, points, source, buckets, row);
			row.writeTo(source, seconds, meters);
		});
		return new TravelMatrix(n, seconds, meters);
	}

	/** Bucket entries grouped by node: other = target, with the cost from the node to the target. */
	private CostLists backwardPhase(MatrixPoints points) {
		List<CostLists.Builder> sinks = Collections.synchronizedList(new ArrayList<>());
		runParallel(points.size(), () -> {
			CostLists.Builder sink = new CostLists.Builder(1024);
			sinks.add(sink);
			return sink;
		}, (search, sink, target) -> search.backward(this.graph, points, target, sink));
		return CostLists.group(this.graph.nodeCount(), sinks);
	}

	private <S> void runParallel(int count, Supplier<S> perWorker, Task<S> task) {
		int workers = Math.max(1, Math.min(this.threads, count / MIN_POINTS_PER_THREAD));
		AtomicInteger next = new AtomicInteger();
		Runnable work = () -> {
			Search search = borrow();
			try {
				S state = perWorker.get();
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					task.run(search, state, i);
				}
			}
			finally {
				this.idleSearches.add(search);
			}
		};
		List<Helper> helpers = new ArrayList<>(workers - 1);
		for (int w = 1; w < workers; w++) {
			Helper helper = new Helper(work);
			helpers.add(helper);
			java.util.Objects.requireNonNull(this.pool).execute(helper);
		}
		work.run();
		for (Helper helper : helpers) {
			helper.awaitOrSkip();
		}
	}

	/**
	 * Pool work that the caller does not wait for if it has not started by the time the caller is
	 * done: with several matrices at once, a helper queued behind another matrix would otherwise
	 * hold this one back although no work is left for it.
	 */
	private static final class Helper implements Runnable {

		private final Runnable work;

		private final AtomicBoolean claimed = new AtomicBoolean();

		private final CountDownLatch done = new CountDownLatch(1);

		private volatile @Nullable RuntimeException failure;

		Helper(Runnable work) {
			this.work = work;
		}

		@Override
		public void run() {
			if (!this.claimed.compareAndSet(false, true)) {
				return;
			}
			try {
				this.work.run();
			}
			catch (RuntimeException ex) {
				this.failure = ex;
			}
			finally {
				this.done.countDown();
			}
		}

		void awaitOrSkip() {
			if (this.claimed.compareAndSet(false, true)) {
				return;
			}
			try {
				this.done.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while computing a travel matrix", ex);
			}
			RuntimeException ex = this.failure;
			if (ex != null) {
				throw ex;
			}
		}

	}

	private Search borrow() {
		Search search = this.idleSearches.poll();
		return (search != null) ? search : new Search(this.graph.nodeCount());
	}

	@Override
	public void close() {
		if (this.pool != null) {
			this.pool.shutdownNow();
		}
	}

	@FunctionalInterface
	private interface Task<S> {

		void run(Search search, S state, int index);

	}

	/** The best known path from one source to every point. */
	static final class Row {

		final double[] weight;

		final long[] millis;

		final double[] meters;

		Row(int n) {
			this.weight = new double[n];
			this.millis = new long[n];
			this.meters = new double[n];
		}

		void reset(MatrixPoints points, int source) {
			Arrays.fill(this.weight, Double.POSITIVE_INFINITY);
			this.weight[source] = 0;
			this.millis[source] = 0;
			this.meters[source] = 0;
			CostLists direct = points.direct;
			for (int e = direct.first[source]; e < direct.first[source + 1]; e++) {
				offer(direct.other[e], direct.weight[e], direct.millis[e], direct.meters[e]);
			}
		}

		void offer(int target, double w, long ms, double m) {
			if (w < this.weight[target]) {
				this.weight[target] = w;
				this.millis[target] = ms;
				this.meters[target] = m;
			}
		}

		void writeTo(int source, long[] seconds, long[] meters) {
			int n = this.weight.length;
			int offset = source * n;
			for (int t = 0; t < n; t++) {
				if (Double.isInfinite(this.weight[t])) {
					seconds[offset + t] = TravelMatrix.UNREACHABLE;
					meters[offset + t] = TravelMatrix.UNREACHABLE;
				}
				else {
					seconds[offset + t] = Math.round(this.millis[t] / 1000.0);
					meters[offset + t] = Math.round(this.meters[t]);
				}
			}
		}

	}

	/** One thread's search state over all nodes; reused across searches via a generation stamp. */
	static final class Search {

		private final double[] weight;

		private final long[] millis;

		private final double[] meters;

		private final int[] reached;

		private final int[] settled;

		private int generation;

		private final NodeHeap heap = new NodeHeap();

		Search(int nodes) {
			this.weight = new double[nodes];
			this.millis = new long[nodes];
			this.meters = new double[nodes];
			this.reached = new int[nodes];
			this.settled = new int[nodes];
		}

		private void begin() {
			if (++this.generation == Integer.MAX_VALUE) {
				Arrays.fill(this.reached, 0);
				Arrays.fill(this.settled, 0);
				this.generation = 1;
			}
			this.heap.clear();
		}

		private void relax(int node, double w, long ms, double m) {
			if (this.reached[node] != this.generation || w < this.weight[node]) {
				this.reached[node] = this.generation;
				this.weight[node] = w;
				this.millis[node] = ms;
				this.meters[node] = m;
				this.heap.push(node, w);
			}
		}

		private void start(CostLists entries, int point) {
			for (int e = entries.first[point]; e < entries.first[point + 1]; e++) {
				relax(entries.other[e], entries.weight[e], entries.millis[e], entries.meters[e]);
			}
		}

		/** Next node to settle, or -1 when the search space is exhausted. */
		private int settleNext() {
			while (!this.heap.isEmpty()) {
				double key = this.heap.minKey();
				int node = this.heap.pop();
				if (this.settled[node] != this.generation && key <= this.weight[node]) {
					this.settled[node] = this.generation;
					return node;
				}
			}
			return -1;
		}

		/** Whether some higher node y reaches x more cheaply through an edge between them. */
		private boolean stalled(int x, CostLists edges) {
			double wx = this.weight[x];
			for (int e = edges.first[x]; e < edges.first[x + 1]; e++) {
				int y = edges.other[e];
				if (this.reached[y] == this.generation && this.weight[y] + edges.weight[e] < wx) {
					return true;
				}
			}
			return false;
		}

		void backward(ContractedGraph g, MatrixPoints points, int target, CostLists.Builder sink) {
			begin();
			start(points.backward, target);
			CostLists up = g.upIn;
			for (int x = settleNext(); x >= 0; x = settleNext()) {
				// x -> y (y higher) with y closer to the target than x is: x's label is not final.
				if (stalled(x, g.upOut)) {
					continue;
				}
				double wx = this.weight[x];
				long msx = this.millis[x];
				double mx = this.meters[x];
				sink.add(x, target, wx, msx, mx);
				for (int e = up.first[x]; e < up.first[x + 1]; e++) {
					relax(up.other[e], wx + up.weight[e], msx + up.millis[e], mx + up.meters[e]);
				}
			}
		}

		void forward(ContractedGraph g, MatrixPoints points, int source, CostLists buckets, Row row) {
			begin();
			start(points.forward, source);
			CostLists up = g.upOut;
			double[] best = row.weight;
			for (int x = settleNext(); x >= 0; x = settleNext()) {
				// y -> x (y higher) with y reached more cheaply than x: x's label is not final.
				if (stalled(x, g.upIn)) {
					continue;
				}
				double wx = this.weight[x];
				long msx = this.millis[x];
				double mx = this.meters[x];
				for (int b = buckets.first[x], end = buckets.first[x + 1]; b < end; b++) {
					double total = wx + buckets.weight[b];
					int t = buckets.other[b];
					if (total < best[t]) {
						best[t] = total;
						row.millis[t] = msx + buckets.millis[b];
						row.meters[t] = mx + buckets.meters[b];
					}
				}
				for (int e = up.first[x]; e < up.first[x + 1]; e++) {
					relax(up.other[e], wx + up.weight[e], msx + up.millis[e], mx + up.meters[e]);
				}
			}
		}

	}

	/** Binary min-heap of (node, key) pairs; stale duplicates are skipped by the caller. */
	static final class NodeHeap {

		private int[] nodes = new int[256];

		private double[] keys = new double[256];

		private int size;

		void clear() {
			this.size = 0;
		}

		boolean isEmpty() {
			return this.size == 0;
		}

		double minKey() {
			return this.keys[0];
		}

		void push(int node, double key) {
			if (this.size == this.nodes.length) {
				this.nodes = Arrays.copyOf(this.nodes, this.size * 2);
				this.keys = Arrays.copyOf(this.keys, this.size * 2);
			}
			int i = this.size++;
			while (i > 0) {
				int parent = (i - 1) >>> 1;
				if (this.keys[parent] <= key) {
					break;
				}
				this.nodes[i] = this.nodes[parent];
				this.keys[i] = this.keys[parent];
				i = parent;
			}
			this.nodes[i] = node;
			this.keys[i] = key;
		}

		int pop() {
			int top = this.nodes[0];
			int lastNode = this.nodes[--this.size];
			double lastKey = this.keys[this.size];
			int i = 0;
			int half = this.size >>> 1;
			while (i < half) {
				int child = 2 * i + 1;
				if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) {
					child++;
				}
				if (lastKey <= this.keys[child]) {
					break;
				}
				this.nodes[i] = this.nodes[child];
				this.keys[i] = this.keys[child];
				i = child;
			}
			this.nodes[i] = lastNode;
			this.keys[i] = lastKey;
			return top;
		}

	}

}
