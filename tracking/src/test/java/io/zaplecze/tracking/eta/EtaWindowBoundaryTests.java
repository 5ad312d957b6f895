package io.zaplecze.tracking.eta;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.platform.TimeWindow;

import static org.assertj.core.api.Assertions.assertThat;

/** ETA lateness follows {@link TimeWindow}'s boundary rule: arriving exactly at the window's end is on time. */
class EtaWindowBoundaryTests {

	private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

	private final EtaCalculator calculator = new EtaCalculator(Duration.ofMinutes(5), 0.1);

	private final TimeWindow window = new TimeWindow(NOW, NOW.plusSeconds(1200));

	@Test
	void arrivingExactlyAtTheEndIsNotLate() {
		assertThat(eta(1200).late()).isFalse();
		assertThat(eta(1200).windowEnd()).isEqualTo(this.window.end());
	}

	@Test
	void oneSecondAfterTheEndIsLate() {
		assertThat(eta(1201).late()).isTrue();
	}

	private EtaCalculator.StopEta eta(long legSeconds) {
		EtaCalculator.Stop stop = new EtaCalculator.Stop(UUID.randomUUID(), UUID.randomUUID(), List.of(this.window), 60);
		return this.calculator.estimate(NOW, NOW, List.of(stop), List.of(legSeconds)).get(0);
	}

}
