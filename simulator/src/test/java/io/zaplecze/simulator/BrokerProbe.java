package io.zaplecze.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import io.zaplecze.testsupport.TestServices;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscribes to a unique topic root on the real broker and records everything the
 * simulator publishes there, in arrival order (global callback: Paho's per-subscription
 * listeners are unsafe).
 */
public final class BrokerProbe implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String root = "zt-sim-" + TestServices.uniqueSuffix() + "/v1";

	private final MqttAsyncClient client;

	private final ConcurrentLinkedQueue<Raw> received = new ConcurrentLinkedQueue<>();

	private final AtomicLong count = new AtomicLong();

	/**
	 * One message as it arrived.
	 *
	 * @param vehicleId from the topic
	 * @param telemetry whether it came on the telemetry topic
	 * @param json the payload
	 * @param arrivedNanos {@link System#nanoTime()} on arrival
	 */
	public record Received(String vehicleId, boolean telemetry, JsonNode json, long arrivedNanos) {

		public long seq() {
			return this.json.get("seq").asLong();
		}

		public String type() {
			return this.telemetry ? "TELEMETRY" : this.json.get("type").asString();
		}

	}

	public BrokerProbe() throws MqttException {
		this.client = new MqttAsyncClient(TestServices.mqttBrokerUrl(), "zt-probe-" + TestServices.uniqueSuffix(),
				new MemoryPersistence());
		this.client.setCallback(new MqttCallback() {

			@Override
			public void messageArrived(String topic, MqttMessage message) {
				// as little as possible here: a subscriber that falls behind loses
				// messages on the
				// machine's broker (it queues 1,000 at most)
				BrokerProbe.this.received.add(new Raw(topic, message.getPayload(), System.nanoTime()));
				BrokerProbe.this.count.incrementAndGet();
			}

			@Override
			public void disconnected(MqttDisconnectResponse response) {
			}

			@Override
			public void mqttErrorOccurred(MqttException exception) {
			}

			@Override
			public void deliveryComplete(IMqttToken token) {
			}

			@Override
			public void connectComplete(boolean reconnect, String serverURI) {
			}

			@Override
			public void authPacketArrived(int reasonCode, MqttProperties properties) {
			}

		});
		MqttConnectionOptions options = TestServices.mqtt().options();
		options.setCleanStart(true);
		this.client.connect(options).waitForCompletion(10_000);
		this.client
			.subscribe(new String[] { this.root + "/vehicles/+/telemetry", this.root + "/vehicles/+/events" },
					new int[] { 1, 1 })
			.waitForCompletion(10_000);
	}

	/** The unique topic root to publish under. */
	public String root() {
		return this.root;
	}

	public long count() {
		return this.count.get();
	}

	/**
	 * Waits until at least {@code expected} messages arrived, then a little longer for
	 * strays.
	 */
	public List<Received> await(long expected, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.count.get() < expected && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		long settled = this.count.get();
		Thread.sleep(300);
		while (this.count.get() != settled) {
			settled = this.count.get();
			Thread.sleep(300);
		}
		List<Received> parsed = new ArrayList<>();
		for (Raw raw : this.received) {
			String[] parts = raw.topic().split("/");
			parsed.add(new Received(parts[parts.length - 2], raw.topic().endsWith("/telemetry"),
					JSON.readTree(raw.payload()), raw.arrivedNanos()));
		}
		return parsed;
	}

	private record Raw(String topic, byte[] payload, long arrivedNanos) {
	}

	@Override
	public void close() throws MqttException {
		this.client.disconnect().waitForCompletion(5_000);
		this.client.close();
	}

}
