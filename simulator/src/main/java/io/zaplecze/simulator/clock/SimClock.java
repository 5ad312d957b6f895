package io.zaplecze.simulator.clock;

/**
 * The simulated clock: device times are its times. Times are epoch seconds as
 * {@code double} (millisecond resolution is all devices report).
 */
public interface SimClock {

	/** The current simulated time. */
	double now();

	/**
	 * Waits (in wall time, scaled) until the simulated time has reached {@code simTime}.
	 */
	void sleepUntil(double simTime) throws InterruptedException;

	/**
	 * Simulated seconds per wall second; infinite when the clock does not wait at all.
	 */
	double speed();

	/**
	 * A clock that starts at {@code start} and runs {@code speed} times faster than wall
	 * time, or a virtual clock that never waits when {@code speed} is infinite.
	 */
	static SimClock of(double start, double speed) {
		return Double.isInfinite(speed) ? new VirtualClock(start) : new ScaledClock(start, speed);
	}

}
