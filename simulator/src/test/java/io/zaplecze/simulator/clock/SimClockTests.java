package io.zaplecze.simulator.clock;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimClockTests {

	@Test
	void aScaledClockRunsFasterThanTheWall() throws InterruptedException {
		SimClock clock = SimClock.of(1_000_000, 60);
		long wall = System.nanoTime();
		clock.sleepUntil(1_000_000 + 12);
		double waited = (System.nanoTime() - wall) / 1e9;
		assertThat(waited).isCloseTo(0.2, within(0.15));
		assertThat(clock.now()).isGreaterThanOrEqualTo(1_000_012);
		assertThat(clock.speed()).isEqualTo(60);
	}

	@Test
	void aVirtualClockJumpsAndNeverGoesBack() throws InterruptedException {
		SimClock clock = SimClock.of(100, Double.POSITIVE_INFINITY);
		long wall = System.nanoTime();
		clock.sleepUntil(100 + 86_400);
		assertThat((System.nanoTime() - wall) / 1e9).isLessThan(0.05);
		assertThat(clock.now()).isEqualTo(100 + 86_400);
		clock.sleepUntil(50);
		assertThat(clock.now()).isEqualTo(100 + 86_400);
	}

	@Test
	void waitingForThePastReturnsAtOnce() throws InterruptedException {
		SimClock clock = SimClock.of(5_000, 1);
		long wall = System.nanoTime();
		clock.sleepUntil(1_000);
		assertThat((System.nanoTime() - wall) / 1e9).isLessThan(0.05);
	}

}
