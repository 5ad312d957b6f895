package io.zaplecze.routing.solver;

import io.zaplecze.routing.TravelMatrix;

/**
 * Travel time and distance between the problem's locations (indexes into one matrix). Production
 * problems take them from the road-network matrix; the Solomon benchmark uses Euclidean distances
 * because that is how those instances are defined.
 */
public interface TravelCosts {

	/** Seconds (or the instance's time unit) to drive from one location to another. */
	long seconds(int from, int to);

	/** Metres (or the instance's distance unit) from one location to another. */
	long meters(int from, int to);

	/**
	 * Road travel costs from a road-network matrix. Unreachable pairs become prohibitively long
	 * rather than free, so no plan ever uses them without its score saying so.
	 * @param matrix the matrix over all locations of the problem
	 * @return the travel costs
	 */
	static TravelCosts of(TravelMatrix matrix) {
		return new TravelCosts() {

			@Override
			public long seconds(int from, int to) {
				long s = matrix.seconds(from, to);
				return s == TravelMatrix.UNREACHABLE ? UNREACHABLE_PENALTY : s;
			}

			@Override
			public long meters(int from, int to) {
				long m = matrix.meters(from, to);
				return m == TravelMatrix.UNREACHABLE ? UNREACHABLE_PENALTY : m;
			}
		};
	}

	/** What an unreachable pair costs: ten days of driving, which breaks every time window. */
	long UNREACHABLE_PENALTY = 864_000L;

}
