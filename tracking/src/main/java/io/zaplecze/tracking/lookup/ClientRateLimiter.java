package io.zaplecze.tracking.lookup;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token bucket per client: {@code burst} tokens, refilled at {@code ratePerSecond}. Buckets of
 * clients that went quiet are swept out so the map stays bounded under address churn.
 */
final class ClientRateLimiter {

	private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

	private static final int SWEEP_EVERY = 10_000;

	private final double ratePerNano;

	private final double burst;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final AtomicInteger calls = new AtomicInteger();

	ClientRateLimiter(double ratePerSecond, int burst) {
		this.ratePerNano = ratePerSecond / 1e9;
		this.burst = Math.max(1, burst);
	}

	/** Takes a token for the client; false when its bucket is empty. */
	boolean tryAcquire(String client, long nowNanos) {
		if (this.calls.incrementAndGet() % SWEEP_EVERY == 0) {
			sweep(nowNanos);
		}
		Bucket bucket = this.buckets.get(client); // a known client: no allocation, no bin lock
		if (bucket == null) {
			bucket = this.buckets.computeIfAbsent(client, c -> new Bucket(this.burst, nowNanos));
		}
		return bucket.take(nowNanos, this.ratePerNano, this.burst);
	}

	/** Seconds until the client has a token again (at least 1). */
	long retryAfterSeconds() {
		return Math.max(1, (long) Math.ceil(1 / (this.ratePerNano * 1e9)));
	}

	private void sweep(long nowNanos) {
		for (Iterator<Bucket> it = this.buckets.values().iterator(); it.hasNext();) {
			if (nowNanos - it.next().last > IDLE_NANOS) {
				it.remove();
			}
		}
	}

	private static final class Bucket {

		private double tokens;

		private long last;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.last = now;
		}

		synchronized boolean take(long now, double ratePerNano, double burst) {
			this.tokens = Math.min(burst, this.tokens + (now - this.last) * ratePerNano);
			this.last = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

	}

}
