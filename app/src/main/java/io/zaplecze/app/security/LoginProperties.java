package io.zaplecze.app.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling of {@code basic} mode, under {@code zaplecze.security.login}: after
 * {@code maxFailures} wrong passwords in a row for one user name, every login as that user (right
 * password included) is refused with 429 for {@code lockout}; a successful login resets the count.
 * Counted per application instance.
 *
 * @param maxFailures consecutive failures that lock a user name (at least 1)
 * @param lockout how long a locked user name stays locked
 */
@ConfigurationProperties("zaplecze.security.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration lockout) {

	public LoginProperties {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("zaplecze.security.login.max-failures must be at least 1");
		}
		if (lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("zaplecze.security.login.lockout must be positive");
		}
	}

}
