package io.zaplecze.simulator;

import java.time.Duration;
import java.util.List;

/**
 * Faults to inject, each counted in the {@link DriveReport} so a test can compare what
 * was sent with what was stored. Random faults are drawn from the run's seed, on a stream
 * of their own: switching a fault on never changes how the vehicles drive.
 *
 * @param gpsNoiseMeters standard deviation of Gaussian noise added to every telemetry fix
 * (north and east), 0 for none; the fix reports this as its accuracy
 * @param gpsJumpRate probability that a fix is a wild jump (a multipath ghost) while
 * claiming normal accuracy
 * @param gpsJumpMeters typical jump distance (each one uniform in 0.5–1.5 × this)
 * @param duplicateRate probability that a message is published twice (same seq, same
 * payload)
 * @param reorderRate probability that a message is published after the next one of the
 * same device
 * @param dropoutsPerHour random connectivity losses per vehicle per simulated hour on the
 * road: the device disconnects, queues its messages and resends them in order when back
 * @param dropoutDuration typical dropout length in simulated time (each one uniform in
 * 0.5–1.5 × this)
 * @param dropouts dropouts at given times
 * @param disconnectsPerHour abrupt broker disconnects per vehicle per simulated hour: the
 * connection is cut without a DISCONNECT, unacknowledged messages are resent after an
 * immediate reconnect
 * @param disconnects broker disconnects at given times
 * @param breakdowns vehicles that break down
 */
public record Faults(double gpsNoiseMeters, double gpsJumpRate, double gpsJumpMeters, double duplicateRate,
		double reorderRate, double dropoutsPerHour, Duration dropoutDuration, List<Outage> dropouts,
		double disconnectsPerHour, List<Outage> disconnects, List<Breakdown> breakdowns) {

	public Faults {
		dropouts = List.copyOf(dropouts);
		disconnects = List.copyOf(disconnects);
		breakdowns = List.copyOf(breakdowns);
		if (gpsNoiseMeters < 0 || gpsJumpMeters < 0 || dropoutsPerHour < 0 || disconnectsPerHour < 0) {
			throw new IllegalArgumentException("fault sizes and rates must be >= 0");
		}
		for (double rate : new double[] { gpsJumpRate, duplicateRate, reorderRate }) {
			if (!(rate >= 0 && rate <= 1)) {
				throw new IllegalArgumentException("fault probabilities must be within [0, 1]: " + rate);
			}
		}
		if (dropoutDuration.isNegative()) {
			throw new IllegalArgumentException("dropoutDuration must not be negative");
		}
	}

	/** No faults: a well-behaved fleet. */
	public static Faults none() {
		return new Faults(0, 0, 500, 0, 0, 0, Duration.ofMinutes(3), List.of(), 0, List.of(), List.of());
	}

	/** Whether any fault is switched on. */
	public boolean any() {
		return this.gpsNoiseMeters > 0 || this.gpsJumpRate > 0 || this.duplicateRate > 0 || this.reorderRate > 0
				|| this.dropoutsPerHour > 0 || !this.dropouts.isEmpty() || this.disconnectsPerHour > 0
				|| !this.disconnects.isEmpty() || !this.breakdowns.isEmpty();
	}

	public Faults withGpsNoise(double meters) {
		return new Faults(meters, this.gpsJumpRate, this.gpsJumpMeters, this.duplicateRate, this.reorderRate,
				this.dropoutsPerHour, this.dropoutDuration, this.dropouts, this.disconnectsPerHour, this.disconnects,
				this.breakdowns);
	}

	public Faults withGpsJumps(double rate, double meters) {
		return new Faults(this.gpsNoiseMeters, rate, meters, this.duplicateRate, this.reorderRate, this.dropoutsPerHour,
				this.dropoutDuration, this.dropouts, this.disconnectsPerHour, this.disconnects, this.breakdowns);
	}

	public Faults withDuplicates(double rate) {
		return new Faults(this.gpsNoiseMeters, this.gpsJumpRate, this.gpsJumpMeters, rate, this.reorderRate,
				this.dropoutsPerHour, this.dropoutDuration, this.dropouts, this.disconnectsPerHour, this.disconnects,
				this.breakdowns);
	}

	public Faults withReordering(double rate) {
		return new Faults(this.gpsNoiseMeters, this.gpsJumpRate, this.gpsJumpMeters, this.duplicateRate, rate,
				this.dropoutsPerHour, this.dropoutDuration, this.dropouts, this.disconnectsPerHour, this.disconnects,
				this.breakdowns);
	}

	public Faults withDropouts(double perHour, Duration typical, List<Outage> scheduled) {
		return new Faults(this.gpsNoiseMeters, this.gpsJumpRate, this.gpsJumpMeters, this.duplicateRate,
				this.reorderRate, perHour, typical, scheduled, this.disconnectsPerHour, this.disconnects,
				this.breakdowns);
	}

	public Faults withDisconnects(double perHour, List<Outage> scheduled) {
		return new Faults(this.gpsNoiseMeters, this.gpsJumpRate, this.gpsJumpMeters, this.duplicateRate,
				this.reorderRate, this.dropoutsPerHour, this.dropoutDuration, this.dropouts, perHour, scheduled,
				this.breakdowns);
	}

	public Faults withBreakdowns(List<Breakdown> breakdowns) {
		return new Faults(this.gpsNoiseMeters, this.gpsJumpRate, this.gpsJumpMeters, this.duplicateRate,
				this.reorderRate, this.dropoutsPerHour, this.dropoutDuration, this.dropouts, this.disconnectsPerHour,
				this.disconnects, breakdowns);
	}

}
