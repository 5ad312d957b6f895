package io.zaplecze.tracking.ingest;

import java.time.Instant;

/**
 * One MQTT message as the broker delivered it, before anything is known about its content.
 *
 * @param topic the topic it was published to
 * @param payload the raw bytes
 * @param receivedAt when this instance received it
 * @param acknowledgement tells the broker it is safely stored; called exactly once, after the commit
 */
public record InboundMessage(String topic, byte[] payload, Instant receivedAt, Acknowledgement acknowledgement) {

	/** The broker acknowledgement of one message (an MQTT PUBACK). */
	@FunctionalInterface
	public interface Acknowledgement {

		/** Sends the acknowledgement; a no-op when the connection it came on is gone (it will be redelivered). */
		void acknowledge();

	}

}
