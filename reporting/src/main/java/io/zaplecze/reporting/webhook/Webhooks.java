package io.zaplecze.reporting.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.zaplecze.reporting.ReportingProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbound webhook. {@link #enqueue} stores a delivery in the caller's transaction (an outbox:
 * nothing is sent for a change that rolled back, nothing accepted is lost); the sender POSTs due
 * deliveries, marks a 2xx answer DELIVERED, and otherwise retries after {@code initialBackoff} ×
 * 2^(attempt−1), at most {@code maxBackoff}, until {@code maxAttempts} (then FAILED). Every
 * attempt's status and error stay in the log ({@code GET /api/v1/reporting/webhooks/deliveries}).
 *
 * <p>Signature: header {@code X-Zaplecze-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>" with the shared secret>}; receivers recompute it and reject old timestamps (replays).
 * Header {@code X-Zaplecze-Delivery} carries the delivery id (receivers deduplicate by it).
 */
@Service
public class Webhooks {

	private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final ReportingProperties.Webhook settings;

	private final Clock clock;

	private final HttpClient http;

	Webhooks(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions, ReportingProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = transactions;
		this.settings = properties.webhook();
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build();
		if (this.settings.enabled() && (this.settings.secret() == null || this.settings.secret().length() < 16)) {
			throw new IllegalStateException(
					"zaplecze.reporting.webhook.secret must be set (at least 16 characters) when webhook.url is set");
		}
	}

	/** One attempt log row. */
	public record Delivery(UUID id, String eventType, String url, String status, int attempts, Instant nextAttemptAt,
			@Nullable Integer lastStatus, @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt,
			String payload) {
	}

	/**
	 * Queues an event for the webhook (no-op when no URL is configured); idempotent by {@code dedupKey}.
	 * The body is {@code {"type": eventType, "id": <delivery id>, "occurredAt": …, "data": payload}}.
	 */
	public boolean enqueue(String dedupKey, String eventType, Map<String, Object> payload) {
		if (!this.settings.enabled()) {
			return false;
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		String body = this.json.writeValueAsString(
				Map.of("type", eventType, "id", id.toString(), "occurredAt", now.toString(), "data", payload));
		return this.jdbc.sql("""
				INSERT INTO reporting.webhook_delivery (id, dedup_key, event_type, url, payload, status, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (dedup_key) DO NOTHING""")
			.params(id, dedupKey, eventType, this.settings.url(), body, Timestamp.from(now), Timestamp.from(now))
			.update() == 1;
	}

	/** Sends what is due; returns how many attempts were made. */
	@Scheduled(fixedDelayString = "${zaplecze.reporting.webhook.poll-interval:2s}", initialDelayString = "${zaplecze.reporting.webhook.poll-interval:2s}")
	public int sendDue() {
		if (!this.settings.enabled()) {
			return 0;
		}
		int attempts = 0;
		while (true) {
			Boolean sent = this.transactions.execute(tx -> sendOne());
			if (sent == null || !sent) {
				return attempts;
			}
			attempts++;
		}
	}

	private boolean sendOne() {
		Instant now = this.clock.instant();
		record Due(UUID id, String url, String payload, int attempts) {
		}
		List<Due> due = this.jdbc.sql("""
				SELECT id, url, payload, attempts FROM reporting.webhook_delivery
				WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.param(Timestamp.from(now))
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
		if (due.isEmpty()) {
			return false;
		}
		Due d = due.getFirst();
		int attempt = d.attempts() + 1;
		Integer status = null;
		String error = null;
		try {
			long t = now.getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
				.timeout(this.settings.timeout())
				.header("Content-Type", "application/json")
				.header("X-Zaplecze-Delivery", d.id().toString())
				.header("X-Zaplecze-Signature", "t=" + t + ",v1=" + sign(this.settings.secret(), t, d.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
				.build();
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			status = response.statusCode();
			if (status / 100 != 2) {
				error = "HTTP " + status;
			}
		}
		catch (java.io.IOException ex) {
			error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		if (error == null) {
			this.jdbc.sql("""
					UPDATE reporting.webhook_delivery SET status = 'DELIVERED', attempts = ?, last_status = ?, last_error = NULL,
					  delivered_at = ? WHERE id = ?""").params(attempt, status, Timestamp.from(this.clock.instant()), d.id()).update();
			return true;
		}
		boolean last = attempt >= this.settings.maxAttempts();
		Duration wait = backoff(attempt);
		this.jdbc.sql("""
				UPDATE reporting.webhook_delivery SET status = ?, attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?
				WHERE id = ?""")
			.params(last ? "FAILED" : "PENDING", attempt, status, error, Timestamp.from(now.plus(wait)), d.id())
			.update();
		log.info("Webhook delivery {} attempt {} failed ({}){}", d.id(), attempt, error, last ? ": given up" : "; next in " + wait);
		return true;
	}

	/** The wait after the n-th failed attempt. */
	Duration backoff(int attempt) {
		Duration wait = this.settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
		return (wait.compareTo(this.settings.maxBackoff()) > 0) ? this.settings.maxBackoff() : wait;
	}

	/** Hex HMAC-SHA256 of {@code "<t>.<body>"}. */
	public static String sign(@Nullable String secret, long t, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(String.valueOf(secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The newest deliveries. */
	public List<Delivery> log(int limit, @Nullable String status) {
		return this.jdbc.sql("""
				SELECT id, event_type, url, status, attempts, next_attempt_at, last_status, last_error, created_at, delivered_at, payload
				FROM reporting.webhook_delivery WHERE (CAST(? AS text) IS NULL OR status = ?) ORDER BY created_at DESC LIMIT ?""")
			.params(status, status, Math.max(1, Math.min(limit, 500)))
			.query((rs, n) -> new Delivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(), (Integer) rs.getObject(7), rs.getString(8),
					rs.getTimestamp(9).toInstant(), (rs.getTimestamp(10) != null) ? rs.getTimestamp(10).toInstant() : null,
					rs.getString(11)))
			.list();
	}

}
