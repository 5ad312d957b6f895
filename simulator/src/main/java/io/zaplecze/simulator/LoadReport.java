package io.zaplecze.simulator;

import java.util.List;
import java.util.Locale;

/**
 * What a load run achieved.
 *
 * @param devices virtual devices
 * @param connections MQTT connections
 * @param receiveMaximum the broker's Receive Maximum per connection (from the CONNACKs)
 * @param window unacknowledged publishes allowed per connection
 * @param qos the QoS published with
 * @param sent publishes handed to the client
 * @param acked publishes the broker acknowledged (QoS 0: written)
 * @param failed publishes that failed
 * @param seconds from the first publish to the last acknowledgement
 * @param rate acknowledged publishes per second over the whole run
 * @param steadyRate acknowledged publishes per second after the warm-up
 * @param payloadBytes average payload size
 * @param latencyP50Millis median publish-to-acknowledgement time
 * @param latencyP99Millis 99th percentile of it
 * @param perConnectionAcked acknowledged publishes per connection
 */
public record LoadReport(int devices, int connections, List<Integer> receiveMaximum, int window, int qos, long sent,
		long acked, long failed, double seconds, double rate, double steadyRate, double payloadBytes,
		double latencyP50Millis, double latencyP99Millis, List<Long> perConnectionAcked) {

	public LoadReport {
		receiveMaximum = List.copyOf(receiveMaximum);
		perConnectionAcked = List.copyOf(perConnectionAcked);
	}

	/** Several lines for people. */
	public String summary() {
		return String.format(Locale.ROOT,
				"Load: %d devices over %d connection(s), QoS %d, broker Receive Maximum %s, window %d per connection%n"
						+ "  sent %,d  acked %,d  failed %,d  in %.1f s%n"
						+ "  achieved %,.0f msg/s overall, %,.0f msg/s after warm-up; payload %.0f bytes; ack latency p50 %.1f ms, p99 %.1f ms%n"
						+ "  per connection acked: %s",
				this.devices, this.connections, this.qos, this.receiveMaximum, this.window, this.sent, this.acked,
				this.failed, this.seconds, this.rate, this.steadyRate, this.payloadBytes, this.latencyP50Millis,
				this.latencyP99Millis, this.perConnectionAcked);
	}

}
