package io.zaplecze.simulator;

import java.time.Duration;

/**
 * A scheduled connectivity fault of one vehicle's device (or of every device: {@code *}).
 *
 * @param vehicleId the vehicle, or {@code *} for all
 * @param at when it starts
 * @param duration how long the device stays offline (dropouts); ignored for broker
 * disconnects, after which the device reconnects at once
 */
public record Outage(String vehicleId, When at, Duration duration) {

	/** Whether this outage concerns the given vehicle. */
	public boolean concerns(String vehicle) {
		return "*".equals(this.vehicleId) || this.vehicleId.equals(vehicle);
	}

	/**
	 * Parses {@code VAN-01@09:00} or {@code VAN-01@09:00+5m} (duration defaults to
	 * {@code defaultDuration}).
	 */
	public static Outage parse(String text, Duration defaultDuration) {
		When.Scheduled s = When.Scheduled.parse(text, '+', "an outage is VEHICLE@TIME[+DURATION]");
		return new Outage(s.vehicleId(), s.at(), (s.suffix() != null) ? Durations.parse(s.suffix()) : defaultDuration);
	}

}
