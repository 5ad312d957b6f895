package io.zaplecze.tracking.ingest;

/**
 * Ingest counters since this instance started.
 *
 * @param received messages delivered by the broker
 * @param stored messages stored for the first time (positions and events)
 * @param duplicates messages already stored before (dropped, acknowledged)
 * @param deadLettered messages set aside with a reason
 * @param acknowledged acknowledgements sent
 * @param queued messages waiting in the pipeline now
 */
public record IngestStats(long received, long stored, long duplicates, long deadLettered, long acknowledged,
		long queued) {
}
