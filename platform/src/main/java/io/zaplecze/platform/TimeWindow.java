package io.zaplecze.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open interval {@code [start, end)} in UTC, e.g. a delivery window or a driver break window.
 *
 * @param start first instant inside the window
 * @param end first instant after the window; after {@code start}
 */
public record TimeWindow(Instant start, Instant end) {

	public TimeWindow {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A time window must end after it starts: " + start + " .. " + end);
		}
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(this.start) && instant.isBefore(this.end);
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

}
