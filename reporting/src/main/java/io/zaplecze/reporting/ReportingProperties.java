package io.zaplecze.reporting;

import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reporting module ({@code zaplecze.reporting.*}).
 *
 * @param zone the business day of reports and alerts is the date in this zone
 * @param replanLateStops a re-plan is suggested once this many stops of one route are predicted late
 * @param expiryMoveLevel lots whose stock is only on bin levels at or above this one are moved forward
 * before they are sold first (reserve levels); 0 switches the MOVE_FORWARD action off
 * @param webhook the outbound webhook
 */
@ConfigurationProperties("zaplecze.reporting")
public record ReportingProperties(@DefaultValue("Europe/Warsaw") ZoneId zone, @DefaultValue("2") int replanLateStops,
		@DefaultValue("3") int expiryMoveLevel, @DefaultValue Webhook webhook) {

	/**
	 * The front office's webhook: exception events are POSTed as JSON, signed with HMAC-SHA256 over
	 * {@code <timestamp>.<body>} in the header {@code X-Zaplecze-Signature: t=<timestamp>,v1=<hex>}.
	 *
	 * @param url where to POST; empty switches webhooks off (nothing is queued)
	 * @param secret the shared HMAC key (required when {@code url} is set)
	 * @param maxAttempts attempts before a delivery is FAILED
	 * @param initialBackoff wait after the first failure, doubled per attempt
	 * @param maxBackoff the longest wait between attempts
	 * @param timeout connect and read timeout per attempt
	 * @param pollInterval how often due deliveries are sent
	 */
	public record Webhook(@Nullable String url, @Nullable String secret, @DefaultValue("8") int maxAttempts,
			@DefaultValue("5s") Duration initialBackoff, @DefaultValue("10m") Duration maxBackoff,
			@DefaultValue("5s") Duration timeout, @DefaultValue("2s") Duration pollInterval) {

		public boolean enabled() {
			return this.url != null && !this.url.isBlank();
		}

	}

}
