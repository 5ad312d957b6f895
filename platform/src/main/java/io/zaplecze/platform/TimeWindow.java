package io.zaplecze.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * A closed interval {@code [start, end]} in UTC, e.g. a delivery window or a driver break window.
 *
 * <p>The boundary rule of the whole system, decided here once: service may start at any instant from
 * {@code start} up to and including {@code end}. Arriving (starting service) exactly at the end is on
 * time; one second later is late. The planner (which works in epoch seconds, or a benchmark
 * instance's own time unit) uses {@link #onTime(long, long)}, tracking's ETA uses
 * {@link #isLate(Instant)}; both are this rule. It is also the Solomon/Gehring–Homberger convention
 * (a customer's due date is the latest allowed service start).
 *
 * @param start first instant inside the window
 * @param end last instant inside the window (the latest on-time service start); after {@code start}
 */
public record TimeWindow(Instant start, Instant end) {

	public TimeWindow {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A time window must end after it starts: " + start + " .. " + end);
		}
	}

	/** Whether service may start at {@code instant}: inside the window, both ends included. */
	public boolean contains(Instant instant) {
		return !instant.isBefore(this.start) && !isLate(instant);
	}

	/** Whether starting service at {@code serviceStart} is too late for this window (after its end). */
	public boolean isLate(Instant serviceStart) {
		return serviceStart.isAfter(this.end);
	}

	/**
	 * The boundary rule in plain numbers of one time unit: a service start at {@code serviceStart} in a
	 * window ending at {@code end} is on time when it is not after the end.
	 */
	public static boolean onTime(long serviceStart, long end) {
		return serviceStart <= end;
	}

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

}
