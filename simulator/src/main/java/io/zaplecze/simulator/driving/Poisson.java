package io.zaplecze.simulator.driving;

import java.util.SplittableRandom;

/**
 * How many random incidents (slow-downs, dropouts) happen in a span, given their mean
 * number.
 */
public final class Poisson {

	private Poisson() {
	}

	/**
	 * A Poisson-distributed count with the given mean (Knuth's product method; means here
	 * are small).
	 */
	public static int draw(double mean, SplittableRandom random) {
		if (mean <= 0) {
			return 0;
		}
		double limit = Math.exp(-Math.min(mean, 500));
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			count++;
			product *= random.nextDouble();
		}
		return count;
	}

}
