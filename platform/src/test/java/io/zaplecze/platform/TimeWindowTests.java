package io.zaplecze.platform;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The window boundary, decided once: starting service exactly at the end is on time. */
class TimeWindowTests {

	private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");

	private static final Instant END = Instant.parse("2026-11-27T10:00:00Z");

	private final TimeWindow window = new TimeWindow(START, END);

	@Test
	void exactlyAtTheEndIsOnTimeOneSecondLaterIsLate() {
		assertThat(this.window.isLate(END)).isFalse();
		assertThat(this.window.contains(END)).isTrue();
		assertThat(this.window.isLate(END.plusSeconds(1))).isTrue();
		assertThat(this.window.contains(END.plusSeconds(1))).isFalse();
		assertThat(TimeWindow.onTime(END.getEpochSecond(), END.getEpochSecond())).isTrue();
		assertThat(TimeWindow.onTime(END.getEpochSecond() + 1, END.getEpochSecond())).isFalse();
	}

	@Test
	void theStartIsInsideBeforeItIsEarlyNotLate() {
		assertThat(this.window.contains(START)).isTrue();
		assertThat(this.window.contains(START.minusSeconds(1))).isFalse();
		assertThat(this.window.isLate(START.minusSeconds(1))).isFalse();
	}

}
