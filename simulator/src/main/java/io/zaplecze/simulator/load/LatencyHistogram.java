package io.zaplecze.simulator.load;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Publish-to-acknowledgement times in log-spaced buckets (about 4 % wide, 1 µs to ~70 s):
 * cheap to record from several threads, precise enough for percentiles.
 */
final class LatencyHistogram {

	private static final double GROWTH = 1.04;

	private static final int BUCKETS = 460;

	private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

	void record(long nanos) {
		double micros = Math.max(1, nanos / 1000.0);
		int bucket = (int) Math.min(BUCKETS - 1, Math.log(micros) / Math.log(GROWTH));
		this.counts.incrementAndGet(bucket);
	}

	/** The value at percentile {@code p} (0–100) in milliseconds, NaN when empty. */
	double percentileMillis(double p) {
		long total = 0;
		for (int i = 0; i < BUCKETS; i++) {
			total += this.counts.get(i);
		}
		if (total == 0) {
			return Double.NaN;
		}
		long rank = (long) Math.ceil(p / 100 * total);
		long seen = 0;
		for (int i = 0; i < BUCKETS; i++) {
			seen += this.counts.get(i);
			if (seen >= rank) {
				return Math.pow(GROWTH, i + 0.5) / 1000;
			}
		}
		return Math.pow(GROWTH, BUCKETS) / 1000;
	}

}
