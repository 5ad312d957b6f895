package io.zaplecze.tracking.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drops redeliveries of messages already stored, by the business key {@code (vehicleId, seq)}: Paho
 * never reports the DUP flag, and the broker redelivers whatever was not acknowledged. A message is
 * remembered only after its batch committed, so a redelivery of a message still on its way is not
 * dropped here; the database's unique key settles that case. The window per vehicle is bounded:
 * older sequence numbers fall through to the database check.
 */
final class DeduplicateStage implements IngestStage {

	static final int WINDOW = 1024;

	private static final int MAX_VEHICLES = 200_000;

	private final Map<String, SeqWindow> windows = new ConcurrentHashMap<>();

	@Override
	public StageOutcome apply(Envelope envelope) {
		DeviceMessage message = envelope.message;
		if (message == null) {
			return StageOutcome.CONTINUE;
		}
		SeqWindow window = this.windows.get(message.vehicleId());
		return (window != null && window.contains(message.seq())) ? StageOutcome.duplicate() : StageOutcome.CONTINUE;
	}

	/** Remembers a stored message; called by the vehicle's own worker after the commit. */
	void stored(String vehicleId, long seq) {
		if (this.windows.size() > MAX_VEHICLES) {
			// Only an optimisation: forgetting everything costs database conflict checks, never correctness.
			this.windows.clear();
		}
		this.windows.computeIfAbsent(vehicleId, id -> new SeqWindow()).add(seq);
	}

	/** The last {@link #WINDOW} sequence numbers below the highest seen, as a ring of bits. */
	static final class SeqWindow {

		private final long[] bits = new long[WINDOW / 64];

		private long max = -1;

		synchronized boolean contains(long seq) {
			if (seq > this.max || seq <= this.max - WINDOW) {
				return false;
			}
			int slot = (int) (seq % WINDOW);
			return (this.bits[slot >>> 6] & (1L << slot)) != 0;
		}

		synchronized void add(long seq) {
			if (seq > this.max) {
				long clearFrom = Math.max(this.max + 1, seq - WINDOW + 1);
				for (long s = clearFrom; s < seq; s++) {
					int slot = (int) (s % WINDOW);
					this.bits[slot >>> 6] &= ~(1L << slot);
				}
				this.max = seq;
			}
			else if (seq <= this.max - WINDOW) {
				return;
			}
			int slot = (int) (seq % WINDOW);
			this.bits[slot >>> 6] |= 1L << slot;
		}

	}

}
