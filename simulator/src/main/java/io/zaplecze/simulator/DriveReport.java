package io.zaplecze.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a driving run did. "Sent" counts distinct messages the broker acknowledged (one
 * per {@code (vehicleId, seq)}): what a deduplicating consumer should store. Publishes,
 * resends and duplicates say how many copies went over the wire.
 *
 * @param planId the plan driven
 * @param planVersion its version
 * @param date its day
 * @param seed the seed (re-run with it to get the same day)
 * @param simulatedStart the simulated clock at the first step
 * @param simulatedEnd the simulated clock at the last step
 * @param wallTime how long the run took
 * @param vehicles vehicles driven
 * @param stops stops on their routes
 * @param delivered stops reported DELIVERED
 * @param failed stops reported FAILED (including breakdowns)
 * @param stopsFailedByBreakdown of those, failed because the vehicle broke down
 * @param stopsLeftOpen stops never reported (silent or stalled vehicles)
 * @param telemetrySent distinct telemetry messages acknowledged
 * @param eventsSent distinct stop events acknowledged, by type
 * @param duplicatesSent deliberate duplicate copies acknowledged (same seq as an earlier
 * message)
 * @param telemetryGenerated telemetry messages generated (equals {@code telemetrySent}
 * when nothing was lost)
 * @param eventsGenerated stop events generated
 * @param unacknowledged distinct messages still unacknowledged when the run ended
 * @param publishes PUBLISH packets attempted (all copies and resends)
 * @param resends publishes of a message sent before (after a lost connection)
 * @param publishFailures publishes that failed
 * @param abandoned messages given up after repeated refusals
 * @param bufferedOffline messages generated while the device was offline and sent later
 * @param reconnects reconnections after the first connection
 * @param noisyFixes fixes with GPS noise
 * @param gpsJumps fixes replaced by a jump
 * @param duplicates duplicate copies generated
 * @param reordered message pairs published in swapped order
 * @param dropouts dropouts
 * @param disconnects abrupt broker disconnects injected
 * @param breakdowns vehicles that broke down
 * @param perVehicle the same per vehicle
 */
public record DriveReport(String planId, int planVersion, LocalDate date, long seed, Instant simulatedStart,
		Instant simulatedEnd, Duration wallTime, int vehicles, int stops, long delivered, long failed,
		long stopsFailedByBreakdown, long stopsLeftOpen, long telemetrySent, Map<StopEventType, Long> eventsSent,
		long duplicatesSent, long telemetryGenerated, long eventsGenerated, long unacknowledged, long publishes,
		long resends, long publishFailures, long abandoned, long bufferedOffline, long reconnects, long noisyFixes,
		long gpsJumps, long duplicates, long reordered, long dropouts, long disconnects, long breakdowns,
		List<VehicleReport> perVehicle) {

	public DriveReport {
		eventsSent = Map.copyOf(eventsSent);
		perVehicle = List.copyOf(perVehicle);
	}

	/** Distinct stop events acknowledged, all types. */
	public long eventsSentTotal() {
		return this.eventsSent.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Distinct stop events of one type acknowledged. */
	public long eventsSent(StopEventType type) {
		return this.eventsSent.getOrDefault(type, 0L);
	}

	/** Distinct messages acknowledged (telemetry + events). */
	public long messagesSent() {
		return this.telemetrySent + eventsSentTotal();
	}

	/** Whether every generated message was acknowledged. */
	public boolean complete() {
		return this.unacknowledged == 0 && this.abandoned == 0;
	}

	/**
	 * One vehicle's day.
	 *
	 * @param vehicleId the vehicle
	 * @param stops its stops
	 * @param delivered DELIVERED reported
	 * @param failed FAILED reported
	 * @param telemetrySent distinct telemetry acknowledged
	 * @param eventsSent distinct events acknowledged
	 * @param firstSeq its first seq
	 * @param lastSeq its last seq generated
	 * @param departed simulated departure from the depot
	 * @param returned simulated return to the depot (planned by the simulation even if it
	 * broke down)
	 * @param unacknowledged still unacknowledged at the end
	 */
	public record VehicleReport(String vehicleId, int stops, long delivered, long failed, long telemetrySent,
			long eventsSent, long firstSeq, long lastSeq, Instant departed, Instant returned, long unacknowledged) {
	}

	/** Several lines for people. */
	public String summary() {
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "Simulated %s (plan %s v%d, seed %d): %d vehicles, %d stops%n", this.date,
				this.planId, this.planVersion, this.seed, this.vehicles, this.stops));
		s.append(String.format(Locale.ROOT, "  simulated %s .. %s in %s wall time%n", this.simulatedStart,
				this.simulatedEnd, Durations.format(this.wallTime)));
		s.append(String.format(Locale.ROOT, "  stops: %d delivered, %d failed (%d by breakdown), %d left open%n",
				this.delivered, this.failed, this.stopsFailedByBreakdown, this.stopsLeftOpen));
		Map<StopEventType, Long> events = new EnumMap<>(StopEventType.class);
		events.putAll(this.eventsSent);
		s.append(String.format(Locale.ROOT, "  sent (acknowledged, distinct): %d telemetry, %d events %s%n",
				this.telemetrySent, eventsSentTotal(), events));
		s.append(String.format(Locale.ROOT,
				"  wire: %d publishes, %d resends, %d duplicate copies acknowledged, %d publish failures, %d abandoned, %d unacknowledged%n",
				this.publishes, this.resends, this.duplicatesSent, this.publishFailures, this.abandoned,
				this.unacknowledged));
		s.append(String.format(Locale.ROOT,
				"  faults: %d noisy fixes, %d GPS jumps, %d duplicates, %d reordered pairs, %d dropouts (%d messages buffered), %d broker disconnects, %d reconnects, %d breakdowns",
				this.noisyFixes, this.gpsJumps, this.duplicates, this.reordered, this.dropouts, this.bufferedOffline,
				this.disconnects, this.reconnects, this.breakdowns));
		return s.toString();
	}

}
