package io.zaplecze.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDayTests {

	@Test
	void waitsUntilWhatArrivesStopsChanging() {
		AtomicInteger reads = new AtomicInteger();
		// Nothing on the first two reads, then one more item per read up to three.
		List<Integer> settled = DemoDay.awaitSettled(() -> {
			int n = Math.max(0, Math.min(3, reads.incrementAndGet() - 2));
			List<Integer> items = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				items.add(i);
			}
			return items;
		}, List::size, Duration.ofSeconds(10), Duration.ofMillis(600));
		assertThat(settled).containsExactly(0, 1, 2);
		assertThat(reads.get()).isGreaterThan(5);
	}

	@Test
	void givesUpWithWhatItHasWhenNothingArrives() {
		List<String> none = DemoDay.awaitSettled(List::of, List::size, Duration.ofMillis(600), Duration.ofMillis(100));
		assertThat(none).isEmpty();
	}

}
