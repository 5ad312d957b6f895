package io.zaplecze.simulator.device;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import io.zaplecze.simulator.StopEventType;

/**
 * What one simulated device did: what it generated, which faults it injected, and what
 * the broker acknowledged. Thread-safe; read while the run goes on for progress lines.
 */
public final class DeviceCounters {

	/** Telemetry fixes generated (distinct seqs). */
	public final AtomicLong telemetryGenerated = new AtomicLong();

	/** Stop events generated, by {@link StopEventType} ordinal. */
	public final AtomicLongArray eventsGenerated = new AtomicLongArray(StopEventType.values().length);

	/** Distinct telemetry messages the broker acknowledged. */
	public final AtomicLong telemetryAcked = new AtomicLong();

	/** Distinct stop events the broker acknowledged, by {@link StopEventType} ordinal. */
	public final AtomicLongArray eventsAcked = new AtomicLongArray(StopEventType.values().length);

	/** Deliberate duplicate copies the broker acknowledged. */
	public final AtomicLong duplicatesAcked = new AtomicLong();

	/** PUBLISH attempts, including duplicates and resends. */
	public final AtomicLong publishes = new AtomicLong();

	/**
	 * Publishes of a message that had been published before (after a lost connection).
	 */
	public final AtomicLong resends = new AtomicLong();

	/** Messages generated while the device was offline, queued and sent on reconnect. */
	public final AtomicLong bufferedOffline = new AtomicLong();

	/** Publishes that failed (connection lost before the acknowledgement, or refused). */
	public final AtomicLong publishFailures = new AtomicLong();

	/** Messages given up after repeated refusals while connected (never acknowledged). */
	public final AtomicLong abandoned = new AtomicLong();

	/** Successful connections after the first one. */
	public final AtomicLong reconnects = new AtomicLong();

	/** Fixes with Gaussian GPS noise added. */
	public final AtomicLong noisyFixes = new AtomicLong();

	/** Fixes replaced by a wild jump. */
	public final AtomicLong gpsJumps = new AtomicLong();

	/** Duplicate copies generated. */
	public final AtomicLong duplicates = new AtomicLong();

	/** Pairs of messages published in swapped order. */
	public final AtomicLong reordered = new AtomicLong();

	/** Dropouts (device offline periods) started. */
	public final AtomicLong dropouts = new AtomicLong();

	/** Abrupt broker disconnects injected. */
	public final AtomicLong disconnects = new AtomicLong();

	/** Breakdowns that happened. */
	public final AtomicLong breakdowns = new AtomicLong();

	/** Stops reported FAILED because the vehicle broke down. */
	public final AtomicLong stopsFailedByBreakdown = new AtomicLong();

	/** Stops never reported because the vehicle broke down (silent or stalled device). */
	public final AtomicLong stopsLeftOpen = new AtomicLong();

	/** Stops whose outcome (DELIVERED or FAILED) has been generated. */
	public final AtomicLong stopsDone = new AtomicLong();

	/** Adds these counts to {@code total} (fleet totals). */
	public void addTo(DeviceCounters total) {
		for (int i = 0; i < this.eventsGenerated.length(); i++) {
			total.eventsGenerated.addAndGet(i, this.eventsGenerated.get(i));
			total.eventsAcked.addAndGet(i, this.eventsAcked.get(i));
		}
		AtomicLong[] mine = scalars();
		AtomicLong[] theirs = total.scalars();
		for (int i = 0; i < mine.length; i++) {
			theirs[i].addAndGet(mine[i].get());
		}
	}

	private AtomicLong[] scalars() {
		return new AtomicLong[] { this.telemetryGenerated, this.telemetryAcked, this.duplicatesAcked, this.publishes,
				this.resends, this.bufferedOffline, this.publishFailures, this.abandoned, this.reconnects,
				this.noisyFixes, this.gpsJumps, this.duplicates, this.reordered, this.dropouts, this.disconnects,
				this.breakdowns, this.stopsFailedByBreakdown, this.stopsLeftOpen, this.stopsDone };
	}

	/** Distinct messages (telemetry + events) the broker acknowledged. */
	public long acked() {
		long total = this.telemetryAcked.get();
		for (int i = 0; i < this.eventsAcked.length(); i++) {
			total += this.eventsAcked.get(i);
		}
		return total;
	}

	/** Distinct messages generated. */
	public long generated() {
		long total = this.telemetryGenerated.get();
		for (int i = 0; i < this.eventsGenerated.length(); i++) {
			total += this.eventsGenerated.get(i);
		}
		return total;
	}

}
