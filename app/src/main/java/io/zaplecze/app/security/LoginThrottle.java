package io.zaplecze.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed logins per user name and locks a name after
 * {@link LoginProperties#maxFailures()} of them for {@link LoginProperties#lockout()}. In memory, per
 * instance; the table is bounded (stale entries are dropped first) so unknown names cannot fill it.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	static final int MAX_TRACKED = 100_000;

	private final LoginProperties properties;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(LoginProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** How long the name stays locked; zero when it may try. */
	Duration lockedFor(String username) {
		Failures f = this.failures.get(username);
		if (f == null || f.count() < this.properties.maxFailures()) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(this.clock.instant(), f.last().plus(this.properties.lockout()));
		return left.isNegative() ? Duration.ZERO : left;
	}

	void failed(String username) {
		Instant now = this.clock.instant();
		if (this.failures.size() >= MAX_TRACKED) {
			this.failures.entrySet().removeIf(e -> e.getValue().last().plus(this.properties.lockout()).isBefore(now));
		}
		if (this.failures.size() >= MAX_TRACKED && !this.failures.containsKey(username)) {
			return;
		}
		Failures f = this.failures.merge(username, new Failures(1, now), (old, one) -> {
			// A failure after an expired lockout starts a new count.
			boolean expired = old.count() >= this.properties.maxFailures()
					&& old.last().plus(this.properties.lockout()).isBefore(now);
			return new Failures(expired ? 1 : old.count() + 1, now);
		});
		if (f.count() == this.properties.maxFailures()) {
			log.warn("Login as '{}' locked for {} after {} failed attempts", username, this.properties.lockout(),
					f.count());
		}
	}

	void succeeded(String username) {
		this.failures.remove(username);
	}

	private record Failures(int count, Instant last) {
	}

}
