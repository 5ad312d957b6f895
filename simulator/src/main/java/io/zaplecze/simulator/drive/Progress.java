package io.zaplecze.simulator.drive;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.zaplecze.simulator.StopEventType;
import io.zaplecze.simulator.clock.SimClock;

/** The one-line progress report of a driving run. */
final class Progress {

	private final List<DriveRunner.Vehicle> fleet;

	private final SimClock clock;

	private final ZoneId zone;

	private final long wallStart = System.nanoTime();

	private final int stops;

	Progress(List<DriveRunner.Vehicle> fleet, SimClock clock, ZoneId zone) {
		this.fleet = fleet;
		this.clock = clock;
		this.zone = zone;
		this.stops = fleet.stream().mapToInt(v -> v.route.stops().size()).sum();
	}

	String line() {
		int onRoad = 0;
		int done = 0;
		long delivered = 0;
		long failed = 0;
		long telemetry = 0;
		long events = 0;
		long pending = 0;
		int offline = 0;
		for (DriveRunner.Vehicle v : this.fleet) {
			if (v.started && !v.finished) {
				onRoad++;
			}
			done += (int) v.counters.stopsDone.get();
			delivered += v.counters.eventsGenerated.get(StopEventType.DELIVERED.ordinal());
			failed += v.counters.eventsGenerated.get(StopEventType.FAILED.ordinal());
			telemetry += v.counters.telemetryAcked.get();
			events += v.counters.acked() - v.counters.telemetryAcked.get();
			pending += v.connection.pending();
			if (!v.connection.online()) {
				offline++;
			}
		}
		long wallSeconds = (System.nanoTime() - this.wallStart) / 1_000_000_000L;
		return String.format(Locale.ROOT,
				"[sim %s | wall %dm%02ds] on the road %d/%d | stops %d/%d (%d delivered, %d failed) | sent %,d telemetry + %,d events | queued %,d | offline %d",
				DriveRunner.local(this.clock.now(), this.zone), wallSeconds / 60, wallSeconds % 60, onRoad,
				this.fleet.size(), done, this.stops, delivered, failed, telemetry, events, pending, offline);
	}

}
