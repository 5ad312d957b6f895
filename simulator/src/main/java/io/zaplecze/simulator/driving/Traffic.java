package io.zaplecze.simulator.driving;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

import io.zaplecze.simulator.Variation;

/**
 * One vehicle's traffic: the factor by which driving takes longer than at the road
 * network's speeds, constant within each local clock hour.
 */
final class Traffic {

	private final double vehicleFactor;

	private final double hourlyJitter;

	private final double rushHour;

	private final long hourSeed;

	private final ZoneId zone;

	Traffic(Variation variation, SplittableRandom random, ZoneId zone) {
		this.vehicleFactor = 1 + variation.vehicleSpread() * (2 * random.nextDouble() - 1);
		this.hourlyJitter = variation.hourlyJitter();
		this.rushHour = variation.rushHour();
		this.hourSeed = random.nextLong();
		this.zone = zone;
	}

	/** The multiplier of driving time at simulated time {@code t}. */
	double factor(double t) {
		long localSeconds = (long) Math.floor(t) + offsetSeconds(t);
		long hourIndex = Math.floorDiv(localSeconds, 3600);
		int hourOfDay = (int) Math.floorMod(hourIndex, 24);
		double jitter = 0;
		if (this.hourlyJitter > 0) {
			jitter = this.hourlyJitter
					* (2 * new SplittableRandom(this.hourSeed ^ (hourIndex * 0x9E3779B97F4A7C15L)).nextDouble() - 1);
		}
		return this.vehicleFactor * (1 + this.rushHour * rushShare(hourOfDay)) * (1 + jitter);
	}

	/** The next local hour boundary after {@code t}, where the factor may change. */
	double nextChange(double t) {
		long offset = offsetSeconds(t);
		double local = t + offset;
		return (Math.floor(local / 3600) + 1) * 3600 - offset;
	}

	/** How much of the rush-hour surcharge applies in each local hour. */
	static double rushShare(int hourOfDay) {
		return switch (hourOfDay) {
			case 7, 8, 16, 17 -> 1.0;
			case 6, 9, 15, 18 -> 0.5;
			case 11, 12, 13 -> 0.25;
			default -> 0.0;
		};
	}

	private long offsetSeconds(double t) {
		return this.zone.getRules().getOffset(Instant.ofEpochSecond((long) Math.floor(t))).getTotalSeconds();
	}

}
