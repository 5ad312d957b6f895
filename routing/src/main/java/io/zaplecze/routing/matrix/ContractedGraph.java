package io.zaplecze.routing.matrix;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.EdgeIteratorState;

/**
 * A node-based contraction hierarchy as flat primitive arrays: for every node its upward edges
 * (to nodes of the same or a higher level) in both directions, each with the weight GraphHopper's
 * CH query compares and the time and distance of the road it stands for.
 *
 * <p>This is the only class that reads GraphHopper's CH internals ({@link RoutingCHGraph}, shortcut
 * skip edges): they are public but not a stable API, so an upgrade should only need changes here.
 * Shortcuts carry only a weight; their time and distance are summed once here, bottom-up over the
 * skipped edges, in both directions (speeds may differ by direction).
 */
public final class ContractedGraph {

	private static final long NO_TIME = -1;

	private final int nodeCount;

	/** Upward out-edges: node x -> other, level(other) >= level(x). */
	final CostLists upOut;

	/** Upward in-edges: other -> node x, level(other) >= level(x). */
	final CostLists upIn;

	private ContractedGraph(int nodeCount, CostLists upOut, CostLists upIn) {
		this.nodeCount = nodeCount;
		this.upOut = upOut;
		this.upIn = upIn;
	}

	/**
	 * Reads a prepared node-based CH graph (no turn costs).
	 * @param ch GraphHopper's CH graph of one profile, after preparation or loading
	 * @return the flat copy
	 */
	public static ContractedGraph of(RoutingCHGraph ch) {
		if (ch.isEdgeBased()) {
			throw new IllegalArgumentException("Only node-based contraction hierarchies (no turn costs) are supported");
		}
		ShortcutCosts shortcuts = ShortcutCosts.compute(ch);
		int nodes = ch.getNodes();
		CostLists.Builder out = new CostLists.Builder(ch.getEdges());
		CostLists.Builder in = new CostLists.Builder(ch.getEdges());
		RoutingCHEdgeExplorer outExplorer = ch.createOutEdgeExplorer();
		RoutingCHEdgeExplorer inExplorer = ch.createInEdgeExplorer();
		for (int node = 0; node < nodes; node++) {
			int level = ch.getLevel(node);
			RoutingCHEdgeIterator it = outExplorer.setBaseNode(node);
			while (it.next()) {
				addUpward(ch, shortcuts, it, node, level, false, out);
			}
			it = inExplorer.setBaseNode(node);
			while (it.next()) {
				addUpward(ch, shortcuts, it, node, level, true, in);
			}
		}
		return new ContractedGraph(nodes, out.build(nodes), in.build(nodes));
	}

	private static void addUpward(RoutingCHGraph ch, ShortcutCosts shortcuts, RoutingCHEdgeIterator it, int node,
			int level, boolean incoming, CostLists.Builder target) {
		int adj = it.getAdjNode();
		if (adj == node || ch.getLevel(adj) < level) {
			return;
		}
		double weight = it.getWeight(incoming);
		if (Double.isInfinite(weight)) {
			return;
		}
		// Travel direction: node -> adj for out-edges, adj -> node for in-edges.
		int from = incoming ? adj : node;
		int to = incoming ? node : adj;
		long millis;
		double meters;
		if (it.isShortcut()) {
			int sc = it.getEdge() - ch.getBaseGraph().getEdges();
			boolean forward = shortcuts.nodeA[sc] == from;
			millis = forward ? shortcuts.millisAB[sc] : shortcuts.millisBA[sc];
			meters = shortcuts.meters[sc];
		}
		else {
			EdgeIteratorState edge = ch.getBaseGraph().getEdgeIteratorState(it.getOrigEdge(), to);
			millis = ch.getWeighting().calcEdgeMillis(edge, false);
			meters = edge.getDistance();
		}
		if (millis == NO_TIME) {
			throw new IllegalStateException("Shortcut " + it.getEdge() + " " + from + "->" + to
					+ " has a finite weight but no drivable underlying path");
		}
		target.add(node, adj, weight, millis, meters);
	}

	/** Number of nodes (junctions) of the graph. */
	public int nodeCount() {
		return this.nodeCount;
	}

	/** Number of upward edges stored, both directions. */
	public int upwardEdgeCount() {
		return this.upOut.size() + this.upIn.size();
	}

	/**
	 * Time and distance of every shortcut in both directions, from its two skipped edges. A
	 * shortcut A-B with skipped edges e1, e2 runs A -(sk1)- mid -(sk2)- B; which of e1, e2 touches B
	 * is not fixed, so it is found as GraphHopper's own unpacker does. Shortcuts may skip shortcuts
	 * with a higher id (preparation updates shortcuts in place), so the order is a depth-first
	 * post-order with an explicit stack rather than by id.
	 */
	private static final class ShortcutCosts {

		final int[] nodeA;

		final int[] nodeB;

		final int[] sk1;

		final int[] sk2;

		final int[] mid;

		final long[] millisAB;

		final long[] millisBA;

		final double[] meters;

		private final RoutingCHGraph ch;

		private final Graph base;

		private final Weighting weighting;

		private final int baseEdges;

		private ShortcutCosts(RoutingCHGraph ch) {
			this.ch = ch;
			this.base = ch.getBaseGraph();
			this.weighting = ch.getWeighting();
			this.baseEdges = this.base.getEdges();
			int count = ch.getShortcuts();
			this.nodeA = new int[count];
			this.nodeB = new int[count];
			this.sk1 = new int[count];
			this.sk2 = new int[count];
			this.mid = new int[count];
			this.millisAB = new long[count];
			this.millisBA = new long[count];
			this.meters = new double[count];
		}

		static ShortcutCosts compute(RoutingCHGraph ch) {
			ShortcutCosts costs = new ShortcutCosts(ch);
			costs.readStructure();
			costs.sum();
			return costs;
		}

		private void readStructure() {
			for (int sc = 0; sc < this.nodeA.length; sc++) {
				RoutingCHEdgeIteratorState state = this.ch.getEdgeIteratorState(this.baseEdges + sc, Integer.MIN_VALUE);
				int a = state.getBaseNode();
				int b = state.getAdjNode();
				int e1 = state.getSkippedEdge1();
				int e2 = state.getSkippedEdge2();
				RoutingCHEdgeIteratorState toB = this.ch.getEdgeIteratorState(e2, b);
				if (toB == null) {
					int swap = e1;
					e1 = e2;
					e2 = swap;
					toB = this.ch.getEdgeIteratorState(e2, b);
				}
				this.nodeA[sc] = a;
				this.nodeB[sc] = b;
				this.sk1[sc] = e1;
				this.sk2[sc] = e2;
				this.mid[sc] = toB.getBaseNode();
			}
		}

		private void sum() {
			boolean[] done = new boolean[this.nodeA.length];
			int[] stack = new int[64];
			for (int root = 0; root < this.nodeA.length; root++) {
				if (done[root]) {
					continue;
				}
				int top = 0;
				stack[top++] = root;
				while (top > 0) {
					int sc = stack[top - 1];
					if (done[sc]) {
						top--;
						continue;
					}
					int child1 = this.sk1[sc] - this.baseEdges;
					int child2 = this.sk2[sc] - this.baseEdges;
					boolean wait1 = child1 >= 0 && !done[child1];
					boolean wait2 = child2 >= 0 && !done[child2];
					if (top + 2 > stack.length) {
						stack = java.util.Arrays.copyOf(stack, stack.length * 2);
					}
					if (wait1) {
						stack[top++] = child1;
					}
					if (wait2) {
						stack[top++] = child2;
					}
					if (!wait1 && !wait2) {
						combine(sc);
						done[sc] = true;
						top--;
					}
				}
			}
		}

		private void combine(int sc) {
			int a = this.nodeA[sc];
			int b = this.nodeB[sc];
			int m = this.mid[sc];
			this.millisAB[sc] = add(millis(this.sk1[sc], a, m), millis(this.sk2[sc], m, b));
			this.millisBA[sc] = add(millis(this.sk2[sc], b, m), millis(this.sk1[sc], m, a));
			this.meters[sc] = meters(this.sk1[sc], m) + meters(this.sk2[sc], b);
		}

		private static long add(long x, long y) {
			return (x == NO_TIME || y == NO_TIME) ? NO_TIME : x + y;
		}

		private long millis(int chEdge, int from, int to) {
			int sc = chEdge - this.baseEdges;
			if (sc >= 0) {
				return this.nodeA[sc] == from ? this.millisAB[sc] : this.millisBA[sc];
			}
			EdgeIteratorState edge = this.base.getEdgeIteratorState(chEdge, to);
			if (Double.isInfinite(this.weighting.calcEdgeWeight(edge, false))) {
				return NO_TIME;
			}
			return this.weighting.calcEdgeMillis(edge, false);
		}

		private double meters(int chEdge, int adjNode) {
			int sc = chEdge - this.baseEdges;
			if (sc >= 0) {
				return this.meters[sc];
			}
			return this.base.getEdgeIteratorState(chEdge, adjNode).getDistance();
		}

	}

}
