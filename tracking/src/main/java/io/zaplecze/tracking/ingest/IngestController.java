package io.zaplecze.tracking.ingest;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ingest counters and the dead-letter table, for dispatchers and operators. */
@RestController
@Validated
class IngestController {

	private final IngestPipeline pipeline;

	private final JdbcTemplate jdbc;

	IngestController(IngestPipeline pipeline, JdbcTemplate jdbc) {
		this.pipeline = pipeline;
		this.jdbc = jdbc;
	}

	/** {@code {"received","stored","duplicates","deadLettered",...}} since this instance started. */
	@GetMapping("/api/v1/tracking/ingest/stats")
	IngestStats stats() {
		return this.pipeline.stats();
	}

	/** The latest dead letters, newest first; payloads base64 (as kept: capped). */
	@GetMapping("/api/v1/tracking/ingest/dead-letters")
	List<DeadLetterResponse> deadLetters(@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int limit,
			@RequestParam(required = false) @Nullable String reason) {
		return this.jdbc.query("""
				SELECT id, received_at, topic, vehicle_id, reason, detail, payload, payload_size FROM tracking.dead_letters
				WHERE (?::text IS NULL OR reason = ?) ORDER BY id DESC LIMIT ?""",
				(rs, i) -> new DeadLetterResponse(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), Base64.getEncoder().encodeToString(rs.getBytes(7)),
						rs.getInt(8)),
				reason, reason, limit);
	}

	record DeadLetterResponse(long id, Instant receivedAt, String topic, @Nullable String vehicleId, String reason,
			@Nullable String detail, String payloadBase64, int payloadSize) {
	}

}
