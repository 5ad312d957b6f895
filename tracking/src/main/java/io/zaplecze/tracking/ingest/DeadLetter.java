package io.zaplecze.tracking.ingest;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message set aside: the reason and the raw bytes (capped), so it can be inspected and replayed.
 *
 * @param receivedAt when it arrived
 * @param topic its topic
 * @param vehicleId the vehicle the topic names, if it names one
 * @param reason why it was set aside
 * @param detail what exactly was wrong
 * @param payload the first bytes of the payload
 * @param payloadSize the full payload size in bytes
 */
public record DeadLetter(Instant receivedAt, String topic, @Nullable String vehicleId, DeadLetterReason reason,
		@Nullable String detail, byte[] payload, int payloadSize) {

	public DeadLetter {
		// PostgreSQL text cannot hold NUL; a hostile topic or detail must not make the dead letter unstorable.
		topic = clean(topic);
		vehicleId = (vehicleId != null) ? clean(vehicleId) : null;
		detail = (detail != null) ? clean(detail) : null;
	}

	private static String clean(String text) {
		return (text.indexOf('\0') < 0) ? text : text.replace('\0', '\uFFFD');
	}

}
