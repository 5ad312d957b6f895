package io.zaplecze.routing.solver;

/**
 * Tuning of the ruin-and-recreate search; the defaults were chosen on the Solomon instances (routing
 * README, "Each change measured" and the annealing table). Set through
 * {@code zaplecze.routing.planning.search.*}.
 *
 * @param startTemperature annealing temperature at the start, × the first plan's mean arc cost
 * @param endTemperature annealing temperature at the end of the limit, × the same
 * @param blinkRate share of insertion positions skipped at random in a recreate
 * @param maxStringLength longest string of consecutive stops one ruin removes from a route
 * @param averageRemoved stops one ruin removes on average
 * @param syncsPerRun how often in a run the threads offer their best plan and adopt a better shared one
 */
public record SearchTuning(double startTemperature, double endTemperature, double blinkRate, int maxStringLength,
		double averageRemoved, int syncsPerRun) {

	/** The measured defaults. */
	public static final SearchTuning DEFAULTS = new SearchTuning(3.0, 0.03, 0.01, 10, 10, 12);

	public SearchTuning {
		if (!(startTemperature > 0) || !(endTemperature > 0) || endTemperature > startTemperature) {
			throw new IllegalArgumentException("Annealing temperatures must be positive and fall: " + startTemperature
					+ " → " + endTemperature);
		}
		if (blinkRate < 0 || blinkRate >= 1 || maxStringLength < 1 || averageRemoved < 1 || syncsPerRun < 1) {
			throw new IllegalArgumentException("blink-rate must be within [0, 1); max-string-length, average-removed and "
					+ "syncs-per-run at least 1");
		}
	}

}
