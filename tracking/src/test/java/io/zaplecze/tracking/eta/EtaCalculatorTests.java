package io.zaplecze.tracking.eta;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.platform.TimeWindow;

import static org.assertj.core.api.Assertions.assertThat;

class EtaCalculatorTests {

	private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

	private final EtaCalculator calculator = new EtaCalculator(Duration.ofMinutes(5), 0.1);

	@Test
	void addsTravelWaitingAndServiceAlongTheRoute() {
		// Stop 1: 600 s away, window opens at 09:30 → service 09:30-09:35. Stop 2: 300 s later → 09:40.
		EtaCalculator.Stop first = stop(window("09:30", "10:00"), 300);
		EtaCalculator.Stop second = stop(window("09:00", "11:00"), 120);
		List<EtaCalculator.StopEta> etas = this.calculator.estimate(NOW, NOW, List.of(first, second), List.of(600L, 300L));
		assertThat(etas.get(0).eta()).isEqualTo(Instant.parse("2026-11-27T09:10:00Z"));
		assertThat(etas.get(1).eta()).isEqualTo(Instant.parse("2026-11-27T09:40:00Z"));
		assertThat(etas).noneMatch(EtaCalculator.StopEta::late);
	}

	@Test
	void anArrivalAfterEveryWindowClosedIsLate() {
		EtaCalculator.StopEta eta = this.calculator
			.estimate(NOW, NOW, List.of(stop(window("09:00", "09:15"), 60)), List.of(1200L)).get(0);
		assertThat(eta.late()).isTrue();
		assertThat(eta.windowEnd()).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
	}

	@Test
	void aLaterWindowCanStillBeMade() {
		EtaCalculator.Stop twoWindows = new EtaCalculator.Stop(UUID.randomUUID(), UUID.randomUUID(),
				List.of(window("09:00", "09:15"), window("10:00", "11:00")), 60);
		EtaCalculator.StopEta eta = this.calculator.estimate(NOW, NOW, List.of(twoWindows), List.of(1200L)).get(0);
		assertThat(eta.late()).isFalse();
		assertThat(eta.windowEnd()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
	}

	@Test
	void startsAfterTheServiceInProgress() {
		Instant busyUntil = NOW.plusSeconds(240);
		EtaCalculator.StopEta eta = this.calculator
			.estimate(NOW, busyUntil, List.of(stop(window("09:00", "12:00"), 60)), List.of(60L)).get(0);
		assertThat(eta.eta()).isEqualTo(NOW.plusSeconds(300));
	}

	@Test
	void theCustomersWindowWidensWithTimeToGo() {
		// 1 h ahead: ±(5 min + 6 min).
		EtaCalculator.StopEta eta = this.calculator
			.estimate(NOW, NOW, List.of(stop(window("09:00", "12:00"), 60)), List.of(3600L)).get(0);
		assertThat(Duration.between(eta.from(), eta.eta())).isEqualTo(Duration.ofMinutes(11));
		assertThat(Duration.between(eta.eta(), eta.to())).isEqualTo(Duration.ofMinutes(11));
	}

	private static EtaCalculator.Stop stop(TimeWindow window, int serviceSeconds) {
		return new EtaCalculator.Stop(UUID.randomUUID(), UUID.randomUUID(), List.of(window), serviceSeconds);
	}

	private static TimeWindow window(String from, String to) {
		return new TimeWindow(Instant.parse("2026-11-27T" + from + ":00Z"), Instant.parse("2026-11-27T" + to + ":00Z"));
	}

}
