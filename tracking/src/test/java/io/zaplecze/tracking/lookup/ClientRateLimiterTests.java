package io.zaplecze.tracking.lookup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimiterTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void allowsTheBurstThenTheRate() {
		ClientRateLimiter limiter = new ClientRateLimiter(2, 3);
		assertThat(limiter.tryAcquire("a", 0)).isTrue();
		assertThat(limiter.tryAcquire("a", 0)).isTrue();
		assertThat(limiter.tryAcquire("a", 0)).isTrue();
		assertThat(limiter.tryAcquire("a", 0)).isFalse();
		assertThat(limiter.tryAcquire("a", SECOND / 2)).isTrue();
		assertThat(limiter.tryAcquire("a", SECOND / 2)).isFalse();
	}

	@Test
	void clientsHaveTheirOwnBuckets() {
		ClientRateLimiter limiter = new ClientRateLimiter(1, 1);
		assertThat(limiter.tryAcquire("a", 0)).isTrue();
		assertThat(limiter.tryAcquire("a", 0)).isFalse();
		assertThat(limiter.tryAcquire("b", 0)).isTrue();
	}

}
