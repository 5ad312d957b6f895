package io.zaplecze.tracking.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import io.zaplecze.mqtt.BatchingSocketFactory;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * A fast, reliable QoS 1 publisher for tests and benchmarks (one MQTT connection). In-flight messages
 * are bounded by the broker's receive maximum from the CONNACK (Mosquitto refuses more). Every message
 * handed to {@link #publish} is kept until the broker acknowledges it; when the connection is lost
 * (broker restart) a new one is opened and whatever was unacknowledged is sent again. So each message
 * is eventually "sent", possibly more than once: the at-least-once a device gives, which the server
 * must turn into exactly-once storage. Reconnection is done here rather than by Paho, whose resend of
 * its own in-flight store on top of ours would exceed the receive maximum.
 */
public final class DevicePublisher implements AutoCloseable, MqttCallback {

	private final String brokerUrl;

	private final String clientId;

	private final String username;

	private final String password;

	private final Semaphore inFlight;

	private final int receiveMaximum;

	private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

	private final AtomicLong keys = new AtomicLong();

	private final AtomicLong acknowledged = new AtomicLong();

	private final AtomicLong resent = new AtomicLong();

	private final AtomicLong generation = new AtomicLong();

	private volatile MqttAsyncClient client;

	private volatile boolean closed;

	/** An anonymous publisher (the tests' private brokers). */
	public DevicePublisher(String brokerUrl, String clientId) throws MqttException {
		this(brokerUrl, clientId, null, null);
	}

	/** A publisher logged in with a broker account (the project's broker refuses anonymous clients). */
	public DevicePublisher(String brokerUrl, String clientId, String username, String password) throws MqttException {
		this.brokerUrl = brokerUrl;
		this.clientId = clientId;
		this.username = username;
		this.password = password;
		this.client = connect();
		this.receiveMaximum = this.connectedMaximum;
		this.inFlight = new Semaphore(this.receiveMaximum);
	}

	private volatile int connectedMaximum = 65535;

	private MqttAsyncClient connect() throws MqttException {
		MqttAsyncClient c = new MqttAsyncClient(this.brokerUrl, this.clientId, new MemoryPersistence());
		c.setCallback(this);
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(true);
		options.setSocketFactory(new BatchingSocketFactory());
		options.setAutomaticReconnect(false);
		options.setConnectionTimeout(5);
		if (this.username != null) {
			options.setUserName(this.username);
			options.setPassword(this.password.getBytes(StandardCharsets.UTF_8));
		}
		IMqttToken token = c.connect(options);
		token.waitForCompletion(10_000);
		Integer max = (token.getResponseProperties() != null) ? token.getResponseProperties().getReceiveMaximum() : null;
		this.connectedMaximum = (max != null && max > 0) ? Math.min(max, 65535) : 65535;
		this.generation.incrementAndGet();
		return c;
	}

	public int receiveMaximum() {
		return this.receiveMaximum;
	}

	public void publish(String topic, String payload) throws InterruptedException {
		publish(topic, payload.getBytes(StandardCharsets.UTF_8), null);
	}

	/**
	 * Publishes at QoS 1; returns once the message is in flight (waits while the window is full).
	 * {@code onAck} hears the nanoTime of the broker's acknowledgement.
	 */
	public void publish(String topic, byte[] payload, LongConsumer onAck) throws InterruptedException {
		if (!this.inFlight.tryAcquire(120, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Nothing acknowledged for two minutes; " + this.pending.size() + " in flight");
		}
		Pending p = new Pending(this.keys.incrementAndGet(), topic, payload, onAck);
		this.pending.put(p.key, p);
		send(p);
	}

	private void send(Pending p) {
		MqttAsyncClient c = this.client;
		p.sentIn = this.generation.get();
		MqttMessage message = new MqttMessage(p.payload);
		message.setQos(1);
		try {
			c.publish(p.topic, message, null, new MqttActionListener() {
				@Override
				public void onSuccess(IMqttToken token) {
					if (DevicePublisher.this.pending.remove(p.key) != null) {
						DevicePublisher.this.acknowledged.incrementAndGet();
						DevicePublisher.this.inFlight.release();
						if (p.onAck != null) {
							p.onAck.accept(System.nanoTime());
						}
					}
				}

				@Override
				public void onFailure(IMqttToken token, Throwable failure) {
					retryLater(p);
				}
			});
		}
		catch (MqttException ex) {
			retryLater(p);
		}
	}

	private void retryLater(Pending p) {
		long sentIn = p.sentIn;
		Thread.ofVirtual().start(() -> {
			sleep(200);
			// A send of an older connection is resent by the reconnect, not here.
			if (!this.closed && this.pending.containsKey(p.key) && p.sentIn == sentIn
					&& sentIn == this.generation.get() && this.client.isConnected()) {
				this.resent.incrementAndGet();
				send(p);
			}
		});
	}

	@Override
	public void disconnected(MqttDisconnectResponse response) {
		reconnect();
	}

	@Override
	public void mqttErrorOccurred(MqttException exception) {
	}

	private synchronized void reconnect() {
		while (!this.closed) {
			try {
				MqttAsyncClient old = this.client;
				try {
					old.close(true);
				}
				catch (MqttException ignored) {
					// Already dead.
				}
				this.client = connect();
				for (Pending p : this.pending.values()) {
					this.resent.incrementAndGet();
					send(p);
				}
				return;
			}
			catch (MqttException ex) {
				sleep(500);
			}
		}
	}

	/** Waits until every message handed in was acknowledged by the broker. */
	public boolean awaitAcknowledged(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!this.pending.isEmpty()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			TimeUnit.MILLISECONDS.sleep(20);
		}
		return true;
	}

	public long acknowledged() {
		return this.acknowledged.get();
	}

	public long resent() {
		return this.resent.get();
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			if (this.client.isConnected()) {
				this.client.disconnect(1000).waitForCompletion(2000);
			}
			this.client.close(true);
		}
		catch (MqttException ignored) {
			// Closing anyway.
		}
	}

	@Override
	public void messageArrived(String topic, MqttMessage message) {
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

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class Pending {

		final long key;

		final String topic;

		final byte[] payload;

		final LongConsumer onAck;

		volatile long sentIn;

		Pending(long key, String topic, byte[] payload, LongConsumer onAck) {
			this.key = key;
			this.topic = topic;
			this.payload = payload;
			this.onAck = onAck;
		}

	}

}
