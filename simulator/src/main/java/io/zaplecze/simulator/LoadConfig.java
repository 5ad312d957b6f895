package io.zaplecze.simulator;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A load run: many virtual devices publishing synthetic tracks as fast as allowed.
 *
 * @param brokerUrl MQTT broker, {@code tcp://host:port}
 * @param mqttUsername broker user, or null
 * @param mqttPassword broker password, or null
 * @param topicRoot topics are {@code <topicRoot>/vehicles/{vehicleId}/telemetry}
 * @param clientIdPrefix client ids are {@code <prefix>-<n>-<random>}
 * @param vehiclePrefix virtual vehicle ids are {@code <prefix>00001} …
 * @param devices virtual devices, spread over the connections
 * @param connections MQTT connections, each with its own in-flight window and publishing
 * thread
 * @param rate target publishes per second over all connections (0: as fast as possible)
 * @param duration how long to publish
 * @param messages stop after this many publishes (0: no limit)
 * @param warmup the first part of the run, left out of the steady rate (JIT, connection
 * ramp-up)
 * @param maxInflight cap on each connection's unacknowledged publishes (0: the broker's
 * Receive Maximum)
 * @param qos 1 (the device contract) or 0 (for comparison)
 * @param client which MQTT client publishes: Paho over its plain sockets, Paho over
 * batching sockets (fewer system calls per message), or the project's raw publisher
 * @param centerLat centre of the area the tracks stay in
 * @param centerLon centre of the area
 * @param radiusKm radius of the area
 * @param seed random seed of the tracks
 * @param firstSeq first seq of every device; null: derived from the wall clock
 * @param progressInterval wall time between progress lines (zero: none)
 * @param out where progress and the summary go (null: nowhere)
 */
public record LoadConfig(String brokerUrl, String mqttUsername, String mqttPassword, String topicRoot,
		String clientIdPrefix, String vehiclePrefix, int devices, int connections, double rate, Duration duration,
		long messages, Duration warmup, int maxInflight, int qos, Client client, double centerLat,
		double centerLon, double radiusKm, long seed, Long firstSeq, Duration progressInterval, PrintStream out) {

	public LoadConfig {
		if (devices < 1 || connections < 1 || connections > devices) {
			throw new IllegalArgumentException("need devices >= connections >= 1");
		}
		if (rate < 0 || messages < 0 || maxInflight < 0 || radiusKm <= 0) {
			throw new IllegalArgumentException("rate, messages, maxInflight must be >= 0 and radiusKm > 0");
		}
		if (qos != 0 && qos != 1) {
			throw new IllegalArgumentException("qos must be 0 or 1");
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("duration must be positive");
		}
	}

	/** The defaults of the {@code load} command. */
	public static LoadConfig defaults() {
		return new LoadConfig("tcp://127.0.0.1:1884", null, null, "zaplecze/v1", "zaplecze-load", "LOAD-", 2000, 2, 0,
				Duration.ofSeconds(30), 0, Duration.ofSeconds(3), 0, 1, Client.PAHO_BATCHING, 52.2297, 21.0122, 15, 1, null,
				Duration.ofSeconds(1), null);
	}

	public LoadConfig withBroker(String brokerUrl, String topicRoot) {
		return new LoadConfig(brokerUrl, this.mqttUsername, this.mqttPassword, topicRoot, this.clientIdPrefix,
				this.vehiclePrefix, this.devices, this.connections, this.rate, this.duration, this.messages,
				this.warmup, this.maxInflight, this.qos, this.client, this.centerLat, this.centerLon,
				this.radiusKm, this.seed, this.firstSeq, this.progressInterval, this.out);
	}

	/** The same run logged in as this broker account (the bench account: see the README). */
	public LoadConfig withCredentials(String username, String password) {
		return new LoadConfig(this.brokerUrl, username, password, this.topicRoot, this.clientIdPrefix,
				this.vehiclePrefix, this.devices, this.connections, this.rate, this.duration, this.messages, this.warmup,
				this.maxInflight, this.qos, this.client, this.centerLat, this.centerLon, this.radiusKm, this.seed,
				this.firstSeq, this.progressInterval, this.out);
	}

	public LoadConfig withShape(int devices, int connections, double rate, Duration duration, long messages) {
		return new LoadConfig(this.brokerUrl, this.mqttUsername, this.mqttPassword, this.topicRoot, this.clientIdPrefix,
				this.vehiclePrefix, devices, connections, rate, duration, messages, this.warmup, this.maxInflight,
				this.qos, this.client, this.centerLat, this.centerLon, this.radiusKm, this.seed, this.firstSeq,
				this.progressInterval, this.out);
	}

	public LoadConfig withOutput(PrintStream out, Duration progressInterval) {
		return new LoadConfig(this.brokerUrl, this.mqttUsername, this.mqttPassword, this.topicRoot, this.clientIdPrefix,
				this.vehiclePrefix, this.devices, this.connections, this.rate, this.duration, this.messages,
				this.warmup, this.maxInflight, this.qos, this.client, this.centerLat, this.centerLon,
				this.radiusKm, this.seed, this.firstSeq, progressInterval, out);
	}

	/** The MQTT client of the load mode. */
	public enum Client {

		/** Paho over its own sockets: a system call per packet written, several per packet read. */
		PAHO_PLAIN,

		/** Paho over {@code BatchingSocketFactory}: buffered reads, group-committed writes. */
		PAHO_BATCHING,

		/**
		 * {@code RawPublisher}: CONNECT, PUBLISH and PUBACK only, written straight into a buffer
		 * that goes out once per pacing tick; the cheapest generator when the same machine also
		 * runs the broker and the server under test.
		 */
		RAW

	}

	public LoadConfig withClient(Client client) {
		return new LoadConfig(this.brokerUrl, this.mqttUsername, this.mqttPassword, this.topicRoot, this.clientIdPrefix,
				this.vehiclePrefix, this.devices, this.connections, this.rate, this.duration, this.messages,
				this.warmup, this.maxInflight, this.qos, client, this.centerLat, this.centerLon, this.radiusKm,
				this.seed, this.firstSeq, this.progressInterval, this.out);
	}

	public LoadConfig withWindow(int maxInflight, int qos, Duration warmup) {
		return new LoadConfig(this.brokerUrl, this.mqttUsername, this.mqttPassword, this.topicRoot, this.clientIdPrefix,
				this.vehiclePrefix, this.devices, this.connections, this.rate, this.duration, this.messages, warmup,
				maxInflight, qos, this.client, this.centerLat, this.centerLon, this.radiusKm, this.seed,
				this.firstSeq, this.progressInterval, this.out);
	}

}
