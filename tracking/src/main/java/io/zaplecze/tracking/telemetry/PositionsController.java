package io.zaplecze.tracking.telemetry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import io.zaplecze.tracking.TrackingFailure;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tracking/vehicles/{vehicleId}/positions?from=&to=&limit=}: a vehicle's stored
 * track in device-time order. Without bounds: the last 24 hours. A window is at most 7 days.
 */
@RestController
@Validated
class PositionsController {

	private static final Duration MAX_WINDOW = Duration.ofDays(7);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PositionsController(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/api/v1/tracking/vehicles/{vehicleId}/positions")
	PositionsResponse positions(@PathVariable String vehicleId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(defaultValue = "10000") @Min(1) @Max(100000) int limit) {
		Instant end = (to != null) ? to : this.clock.instant().plus(Duration.ofDays(1));
		Instant start = (from != null) ? from : end.minus(Duration.ofDays(1));
		if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
			throw new InvalidPositionWindow(start, end);
		}
		List<Position> positions = this.jdbc.query("""
				SELECT seq, device_time, received_at, lat, lon, speed_kmh, heading, accuracy_m FROM tracking.positions
				WHERE vehicle_id = ? AND day BETWEEN ? AND ? AND device_time >= ? AND device_time < ?
				ORDER BY device_time, seq LIMIT ?""",
				(rs, i) -> new Position(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
						rs.getDouble(4), rs.getDouble(5), (Float) rs.getObject(6), (Float) rs.getObject(7),
						(Float) rs.getObject(8)),
				vehicleId, LocalDate.ofInstant(start, ZoneOffset.UTC), LocalDate.ofInstant(end, ZoneOffset.UTC),
				Timestamp.from(start), Timestamp.from(end), limit + 1);
		boolean truncated = positions.size() > limit;
		List<Position> page = truncated ? positions.subList(0, limit) : positions;
		return new PositionsResponse(vehicleId, start, end, page.size(), truncated, page);
	}

	record PositionsResponse(String vehicleId, Instant from, Instant to, int count, boolean truncated,
			List<Position> positions) {
	}

	record Position(long seq, Instant deviceTime, Instant receivedAt, double lat, double lon, @Nullable Float speedKmh,
			@Nullable Float heading, @Nullable Float accuracyM) {
	}

	static final class InvalidPositionWindow extends TrackingFailure {

		InvalidPositionWindow(Instant from, Instant to) {
			super(Kind.INVALID, "from must be before to, at most " + MAX_WINDOW.toDays() + " days apart (was " + from
					+ " .. " + to + ")");
		}

	}

}
