package io.zaplecze.routing.solver;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Part of the ruin-and-recreate search: every visit's other visits ordered by road distance (there and
 * back), the neighbour lists that make a ruin spatially local (the nearby restriction the community
 * edition lacks), and the nearest ones marked for {@link NearbyNeighborhood}.
 */
final class Neighbours {

	private Neighbours() {
	}

	/** For each visit, every visit (itself first) ordered by road distance there and back. */
	static int[][] of(Vehicle[] vehicles, Visit[] visits) {
		int n = visits.length;
		TravelCosts tc = vehicles.length > 0 ? vehicles[0].travel() : null;
		int[][] result = new int[n][];
		Integer[] order = new Integer[n];
		long[] d = new long[n];
		for (int i = 0; i < n; i++) {
			int li = visits[i].getLocation();
			for (int j = 0; j < n; j++) {
				order[j] = j;
				int lj = visits[j].getLocation();
				d[j] = i == j ? -1 : tc == null ? 0 : tc.meters(li, lj) + tc.meters(lj, li);
			}
			Arrays.sort(order, (a, b) -> Long.compare(d[a], d[b]));
			result[i] = new int[n];
			for (int j = 0; j < n; j++) {
				result[i][j] = order[j];
			}
		}
		return result;
	}

	/** Marks on each visit its {@code k} nearest visits by road, for {@link NearbyNeighborhood}. */
	static void markNearby(Visit[] visits, int[][] neighbours, int k) {
		for (int i = 0; i < visits.length; i++) {
			BitSet near = new BitSet(visits.length);
			for (int j = 0; j < visits.length && near.cardinality() < k; j++) {
				if (neighbours[i][j] != i) {
					near.set(neighbours[i][j]);
				}
			}
			visits[i].nearby = near;
		}
	}

}
