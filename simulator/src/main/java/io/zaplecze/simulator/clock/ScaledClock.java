package io.zaplecze.simulator.clock;

import java.util.concurrent.locks.LockSupport;

/**
 * Simulated time = start + wall time elapsed × speed (×1 is real time, ×30 runs a day in
 * under an hour).
 */
final class ScaledClock implements SimClock {

	private final double start;

	private final double speed;

	private final long startNanos;

	ScaledClock(double start, double speed) {
		if (!(speed > 0)) {
			throw new IllegalArgumentException("speed must be positive: " + speed);
		}
		this.start = start;
		this.speed = speed;
		this.startNanos = System.nanoTime();
	}

	@Override
	public double now() {
		return this.start + (System.nanoTime() - this.startNanos) / 1e9 * this.speed;
	}

	@Override
	public void sleepUntil(double simTime) throws InterruptedException {
		long wakeAt = this.startNanos + (long) ((simTime - this.start) / this.speed * 1e9);
		long left;
		while ((left = wakeAt - System.nanoTime()) > 0) {
			LockSupport.parkNanos(left);
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
	}

	@Override
	public double speed() {
		return this.speed;
	}

}
