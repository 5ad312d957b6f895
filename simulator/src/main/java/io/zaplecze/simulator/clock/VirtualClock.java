package io.zaplecze.simulator.clock;

/**
 * A clock that jumps to whatever time is waited for: the simulation runs as fast as it
 * can publish, and a run is deterministic.
 */
final class VirtualClock implements SimClock {

	private volatile double now;

	VirtualClock(double start) {
		this.now = start;
	}

	@Override
	public double now() {
		return this.now;
	}

	@Override
	public void sleepUntil(double simTime) {
		if (simTime > this.now) {
			this.now = simTime;
		}
	}

	@Override
	public double speed() {
		return Double.POSITIVE_INFINITY;
	}

}
