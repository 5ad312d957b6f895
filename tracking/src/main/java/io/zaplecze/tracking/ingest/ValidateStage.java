package io.zaplecze.tracking.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Admission rules on a decoded message: the payload speaks for the topic's vehicle, coordinates and
 * motion values are in range, the device time is neither beyond the allowed clock skew nor before
 * the retention horizon, and the vehicle belongs to the fleet.
 */
final class ValidateStage implements IngestStage {

	private final Clock clock;

	private final Duration maxFutureSkew;

	private final Duration retention;

	private final FleetMembership fleet;

	private final boolean acceptUnknownVehicles;

	ValidateStage(Clock clock, Duration maxFutureSkew, Duration retention, FleetMembership fleet,
			boolean acceptUnknownVehicles) {
		this.clock = clock;
		this.maxFutureSkew = maxFutureSkew;
		this.retention = retention;
		this.fleet = fleet;
		this.acceptUnknownVehicles = acceptUnknownVehicles;
	}

	@Override
	public StageOutcome apply(Envelope envelope) {
		DeviceMessage message = envelope.message;
		if (message == null) {
			return StageOutcome.deadLetter(DeadLetterReason.MALFORMED, "nothing decoded");
		}
		if (!message.vehicleId().equals(envelope.topic.vehicleId())) {
			return StageOutcome.deadLetter(DeadLetterReason.VEHICLE_MISMATCH,
					"payload " + abbreviate(message.vehicleId()) + ", topic " + envelope.topic.vehicleId());
		}
		if (message.seq() < 0) {
			return StageOutcome.deadLetter(DeadLetterReason.OUT_OF_RANGE, "seq " + message.seq());
		}
		String range = switch (message) {
			case PositionFix fix -> rangeProblem(fix.lat(), fix.lon(), fix.speedKmh(), fix.heading(), fix.accuracyM());
			case StopEvent event -> (event.lat() != null && event.lon() != null)
					? rangeProblem(event.lat(), event.lon(), null, null, null)
					: ((event.lat() == null) != (event.lon() == null)) ? "lat and lon come together" : null;
		};
		if (range != null) {
			return StageOutcome.deadLetter(DeadLetterReason.OUT_OF_RANGE, range);
		}
		Instant now = this.clock.instant();
		if (message.deviceTime().isAfter(now.plus(this.maxFutureSkew))) {
			return StageOutcome.deadLetter(DeadLetterReason.FUTURE_TIMESTAMP,
					"device time " + message.deviceTime() + " is more than " + this.maxFutureSkew + " ahead of " + now);
		}
		if (message.deviceTime().isBefore(now.minus(this.retention))) {
			return StageOutcome.deadLetter(DeadLetterReason.TOO_OLD,
					"device time " + message.deviceTime() + " is older than the retention of " + this.retention);
		}
		if (!this.acceptUnknownVehicles && !this.fleet.isKnown(message.vehicleId())) {
			return StageOutcome.deadLetter(DeadLetterReason.UNKNOWN_VEHICLE,
					"vehicle " + message.vehicleId() + " is in no published plan and not registered");
		}
		return StageOutcome.CONTINUE;
	}

	static @Nullable String rangeProblem(double lat, double lon, @Nullable Float speedKmh, @Nullable Float heading,
			@Nullable Float accuracyM) {
		if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
			return "position " + lat + ", " + lon + " is outside WGS 84";
		}
		if (speedKmh != null && !(speedKmh >= 0 && speedKmh <= 400)) {
			return "speed " + speedKmh + " km/h";
		}
		if (heading != null && !(heading >= 0 && heading <= 360)) {
			return "heading " + heading;
		}
		if (accuracyM != null && !(accuracyM >= 0 && accuracyM <= 100_000)) {
			return "accuracy " + accuracyM + " m";
		}
		return null;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 64) ? text : text.substring(0, 64) + "…";
	}

}
