package io.zaplecze.routing.solver;

import java.util.SplittableRandom;

/**
 * Part of the ruin-and-recreate search: the acceptance of a ruined and recreated plan. Less hard
 * violation is always taken and more never; at equal hard violation, simulated annealing on the cost
 * (unassigned priority first, then the soft cost) with a temperature falling geometrically from
 * {@link SearchTuning#startTemperature()} to {@link SearchTuning#endTemperature()} (× the first plan's
 * mean arc cost) over the time limit.
 */
final class Annealing {

	private final double start;

	private final double end;

	Annealing(SearchTuning tuning, double meanArcCost) {
		this.start = tuning.startTemperature() * meanArcCost;
		this.end = tuning.endTemperature() * meanArcCost;
	}

	/** The temperature at {@code progress} (0 at the start of the limit, 1 at its end). */
	double temperature(double progress) {
		return this.start * Math.pow(this.end / this.start, Math.min(1, progress));
	}

	/** Whether the new plan replaces the current one. */
	static boolean accepts(long newHard, long newCost, long currentHard, long currentCost, double temperature,
			SplittableRandom random) {
		if (newHard != currentHard) {
			return newHard < currentHard;
		}
		return newCost < currentCost - temperature * Math.log(random.nextDouble());
	}

}
