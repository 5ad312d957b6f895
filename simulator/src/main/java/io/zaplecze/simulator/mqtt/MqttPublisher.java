package io.zaplecze.simulator.mqtt;

import java.io.IOException;

/** What the load mode needs of a connection: publish with a context, a window, flush, leave. */
public interface MqttPublisher {

	/** The broker's Receive Maximum from the CONNACK: the in-flight QoS 1 publishes it allows. */
	int receiveMaximum();

	/** Publishes asynchronously; the outcome goes to the connection's ack handler with {@code context}. */
	void publish(String topic, byte[] payload, int qos, Object context) throws Exception;

	/** Sends whatever is buffered (a no-op for connections that send at once). */
	default void flush() throws IOException {
	}

	void disconnect(long timeoutMillis);

}
