package io.zaplecze.routing.roadnetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import org.jspecify.annotations.Nullable;

import io.zaplecze.routing.matrix.MatrixPoints;

/**
 * Enters snapped points into the matrix as phantom nodes. GraphHopper's {@link QueryGraph} splits
 * each road a point lies on into virtual pieces exactly as a point-to-point query does (same
 * partial distances, same speeds and access per direction); this class walks those pieces from
 * each point to the junctions at both ends of its road, which gives the point's forward and
 * backward entries into the contracted graph, and notes other points met on the way (several
 * points on one road reach each other directly). A piece that the profile may not drive in a
 * direction (one-way) ends the walk in that direction.
 */
final class PhantomNodes {

	private PhantomNodes() {
	}

	/**
	 * @param graph the base graph
	 * @param weighting the profile's weighting (the one its CH was prepared with)
	 * @param snaps fresh snaps of the points, in order; QueryGraph rewrites them
	 * @return the points' entries
	 */
	static MatrixPoints of(BaseGraph graph, Weighting weighting, List<Snap> snaps) {
		QueryGraph queryGraph = QueryGraph.create(graph, snaps);
		Weighting queryWeighting = queryGraph.wrapWeighting(weighting);
		int realNodes = graph.getNodes();
		Map<Integer, List<Integer>> pointsAtNode = new HashMap<>();
		for (int i = 0; i < snaps.size(); i++) {
			pointsAtNode.computeIfAbsent(snaps.get(i).getClosestNode(), n -> new ArrayList<>(1)).add(i);
		}
		MatrixPoints.Builder points = MatrixPoints.builder(snaps.size());
		Walker walker = new Walker(queryGraph.createEdgeExplorer(), queryWeighting, realNodes, pointsAtNode, points);
		for (int i = 0; i < snaps.size(); i++) {
			int node = snaps.get(i).getClosestNode();
			if (node < realNodes) {
				points.forward(i, node, 0, 0, 0);
				points.backward(i, node, 0, 0, 0);
			}
			else {
				walker.walk(i, node, true);
				walker.walk(i, node, false);
			}
		}
		for (List<Integer> together : pointsAtNode.values()) {
			for (int from : together) {
				for (int to : together) {
					if (from != to) {
						points.direct(from, to, 0, 0, 0);
					}
				}
			}
		}
		return points.build();
	}

	/** Follows the chain of virtual pieces from a point's virtual node to the real junctions. */
	private static final class Walker {

		private final EdgeExplorer explorer;

		private final Weighting weighting;

		private final int realNodes;

		private final Map<Integer, List<Integer>> pointsAtNode;

		private final MatrixPoints.Builder points;

		Walker(EdgeExplorer explorer, Weighting weighting, int realNodes, Map<Integer, List<Integer>> pointsAtNode,
				MatrixPoints.Builder points) {
			this.explorer = explorer;
			this.weighting = weighting;
			this.realNodes = realNodes;
			this.pointsAtNode = pointsAtNode;
			this.points = points;
		}

		/**
		 * Walks both ways along the road from the point. Forward: cost of driving from the point
		 * outwards; backward: cost of driving inwards to the point.
		 */
		void walk(int point, int start, boolean forward) {
			List<Integer> pieces = new ArrayList<>(2);
			EdgeIterator it = this.explorer.setBaseNode(start);
			while (it.next()) {
				pieces.add(it.getEdge());
			}
			for (int piece : pieces) {
				walkFrom(point, start, piece, forward);
			}
		}

		private void walkFrom(int point, int start, int firstPiece, boolean forward) {
			double weight = 0;
			long millis = 0;
			double meters = 0;
			int current = start;
			int pieceId = firstPiece;
			while (true) {
				EdgeIterator piece = pieceAt(current, pieceId, -1);
				if (piece == null) {
					return;
				}
				// Driving outwards is the piece as iterated (current -> adjacent); inwards is its reverse.
				double w = this.weighting.calcEdgeWeight(piece, !forward);
				if (Double.isInfinite(w)) {
					return;
				}
				weight += w;
				millis += this.weighting.calcEdgeMillis(piece, !forward);
				meters += piece.getDistance();
				int reached = piece.getAdjNode();
				if (reached < this.realNodes) {
					if (forward) {
						this.points.forward(point, reached, weight, millis, meters);
					}
					else {
						this.points.backward(point, reached, weight, millis, meters);
					}
					return;
				}
				if (forward) {
					for (int other : this.pointsAtNode.getOrDefault(reached, List.of())) {
						this.points.direct(point, other, weight, millis, meters);
					}
				}
				EdgeIterator onward = pieceAt(reached, -1, pieceId);
				if (onward == null) {
					return;
				}
				current = reached;
				pieceId = onward.getEdge();
			}
		}

		/** The piece at {@code node} with id {@code id} (or, for -1, any other than {@code notId}). */
		private @Nullable EdgeIterator pieceAt(int node, int id, int notId) {
			EdgeIterator it = this.explorer.setBaseNode(node);
			while (it.next()) {
				if ((id >= 0) ? it.getEdge() == id : it.getEdge() != notId) {
					return it;
				}
			}
			return null;
		}

	}

}
