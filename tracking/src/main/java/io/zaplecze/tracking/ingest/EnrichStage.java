package io.zaplecze.tracking.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Completes a position: headings normalised to [0, 360), and a missing speed derived from the
 * vehicle's previous fix (distance over device time), as a dispatcher expects to see one.
 */
final class EnrichStage implements IngestStage {

	private static final int MAX_VEHICLES = 200_000;

	private final Map<String, PositionFix> previous = new ConcurrentHashMap<>();

	@Override
	public StageOutcome apply(Envelope envelope) {
		if (!(envelope.message instanceof PositionFix fix)) {
			return StageOutcome.CONTINUE;
		}
		Float heading = fix.heading();
		if (heading != null && heading >= 360f) {
			heading = 0f;
		}
		Float speed = fix.speedKmh();
		PositionFix before = this.previous.get(fix.vehicleId());
		if (speed == null && before != null && fix.deviceTime().isAfter(before.deviceTime())) {
			double seconds = (fix.deviceTime().toEpochMilli() - before.deviceTime().toEpochMilli()) / 1000.0;
			double meters = before.position().haversineMeters(fix.position());
			speed = (float) Math.min(400, meters / seconds * 3.6);
		}
		PositionFix enriched = (heading == fix.heading() && speed == fix.speedKmh()) ? fix
				: new PositionFix(fix.vehicleId(), fix.seq(), fix.deviceTime(), fix.lat(), fix.lon(), speed, heading,
						fix.accuracyM(), fix.receivedAt());
		envelope.message = enriched;
		if (before == null || enriched.seq() > before.seq()) {
			if (this.previous.size() > MAX_VEHICLES) {
				this.previous.clear();
			}
			this.previous.put(enriched.vehicleId(), enriched);
		}
		return StageOutcome.CONTINUE;
	}

}
