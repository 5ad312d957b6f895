package io.zaplecze.tracking.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the dispatcher's alert list raises an alert ({@code zaplecze.tracking.alerts.*}).
 *
 * @param silentAfter a vehicle on an unfinished route whose last fix reached this instance longer ago
 * than this (wall clock) is silent
 * @param stationaryAfter a vehicle on an unfinished route that has not moved for this long of its own
 * device time, away from its stops, has probably broken down
 * @param stationaryRadiusMeters "not moved" means every fix of that span within this distance of the
 * last one (GPS jitter)
 */
@ConfigurationProperties("zaplecze.tracking.alerts")
public record AlertProperties(@DefaultValue("5m") Duration silentAfter, @DefaultValue("10m") Duration stationaryAfter,
		@DefaultValue("50") double stationaryRadiusMeters) {

	public AlertProperties {
		if (silentAfter.isNegative() || silentAfter.isZero() || stationaryAfter.isNegative() || stationaryAfter.isZero()) {
			throw new IllegalArgumentException(
					"zaplecze.tracking.alerts.silent-after and stationary-after must be positive durations");
		}
		if (stationaryRadiusMeters <= 0) {
			throw new IllegalArgumentException("zaplecze.tracking.alerts.stationary-radius-meters must be positive");
		}
	}

}
