package io.zaplecze.tracking.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.ingest.InboundMessage;
import io.zaplecze.tracking.ingest.IngestPipeline;

import org.springframework.context.SmartLifecycle;

/**
 * The MQTT side of the ingest (Paho MQTT v5, kept in this one adapter). Opens
 * {@code connections} persistent sessions ({@code <clientId>-<i>}, clean start false, session
 * expiry &gt; 0) that all join the shared subscriptions
 * {@code $share/<group>/<root>/vehicles/+/telemetry} and {@code .../events} at QoS 1, and hands every
 * message to the {@link IngestPipeline}.
 *
 * <p>Paho traps avoided deliberately: messages are routed from the global {@link MqttCallback}
 * (per-subscription listeners never match {@code $share/...} filters); acknowledgements are manual
 * and sent only when the pipeline has committed the message; an acknowledgement is sent only on the
 * connection the message came on (after a reconnect the broker redelivers, and a stale packet id
 * could otherwise acknowledge a different message of a fresh session). Subscriptions are renewed on
 * every (re)connect, in case the broker lost the session.
 */
public final class MqttIngestClient implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MqttIngestClient.class);

	private final TrackingProperties.Mqtt settings;

	private final IngestPipeline pipeline;

	private final Clock clock;

	private final Counter connectionLosses;

	private final Counter staleAcks;

	private final List<Connection> connections = new ArrayList<>();

	private @Nullable ScheduledExecutorService connector;

	private volatile boolean running;

	/** False once the scale-out lease decides when this client runs (see {@link #startOnlyWhenOwned()}). */
	private volatile boolean autoStartup = true;

	public MqttIngestClient(TrackingProperties properties, IngestPipeline pipeline, Clock clock, MeterRegistry meters) {
		this.settings = properties.mqtt();
		this.pipeline = pipeline;
		this.clock = clock;
		this.connectionLosses = meters.counter("zaplecze.tracking.mqtt.connection.losses");
		this.staleAcks = meters.counter("zaplecze.tracking.mqtt.stale.acks");
	}

	/**
	 * Scale-out mode: the client is started by whoever holds the ingest slot's lease
	 * ({@link #startAs(String)}), not by the application's start-up, and it uses one connection with
	 * plain subscriptions (a persistent session the broker restores after a restart).
	 */
	public void startOnlyWhenOwned() {
		this.autoStartup = false;
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	@Override
	public synchronized void start() {
		startAs(this.settings.clientId());
	}

	/** Starts with the given client id (connection <i>i</i> is {@code <clientId>-<i>}). */
	public synchronized void startAs(String clientId) {
		if (this.running) {
			return;
		}
		this.running = true;
		this.pipeline.start();
		this.connector = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("mqtt-connect").factory());
		this.connections.clear();
		int count = this.autoStartup ? this.settings.effectiveConnections() : 1;
		for (int i = 1; i <= count; i++) {
			Connection connection = new Connection(clientId + "-" + i);
			this.connections.add(connection);
			this.connector.execute(connection::connect);
		}
		awaitFirstSubscriptions();
	}

	/**
	 * Holds the start-up until every connection has subscribed (bounded by the connect timeout), so an
	 * instance that reports itself started is already receiving: on a first start the broker has no
	 * session for it yet and drops what devices publish before the subscription exists. A broker that
	 * is down does not stop the start-up; the connections keep retrying in the background.
	 */
	private void awaitFirstSubscriptions() {
		java.time.Duration wait = this.settings.connectTimeout().plusSeconds(2);
		long deadline = System.nanoTime() + wait.toNanos();
		try {
			for (Connection connection : this.connections) {
				long left = deadline - System.nanoTime();
				if (left <= 0 || !connection.firstSubscription.await(left, TimeUnit.NANOSECONDS)) {
					log.warn("MQTT ingest not subscribed within {}; starting anyway, it keeps retrying", wait);
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Closes the sessions politely (they stay on the broker: messages keep queueing for this instance). */
	@Override
	public synchronized void stop() {
		shutdown(true);
	}

	/**
	 * Stops as a crash would: connections dropped without DISCONNECT, queued messages forgotten
	 * unacknowledged. The broker keeps the sessions and redelivers on {@link #start()}.
	 */
	public synchronized void halt() {
		shutdown(false);
	}

	private void shutdown(boolean polite) {
		if (!this.running) {
			return;
		}
		this.running = false;
		if (this.connector != null) {
			this.connector.shutdownNow();
		}
		for (Connection connection : this.connections) {
			connection.close(polite);
		}
		this.pipeline.halt();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the database and the live state are ready, before the web server takes requests. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1000;
	}

	/** Whether every ingest connection is up and subscribed, that is receiving its share of the devices. */
	public boolean subscribed() {
		return !this.connections.isEmpty() && this.connections.stream().allMatch(Connection::subscribed);
	}

	private String[] filters() {
		String prefix = (this.settings.shared() && this.autoStartup ? "$share/" + this.settings.shareGroup() + "/" : "")
				+ this.settings.topicRoot();
		return new String[] { prefix + "/vehicles/+/telemetry", prefix + "/vehicles/+/events" };
	}

	/** One persistent session. */
	private final class Connection implements MqttCallback {

		private final String clientId;

		private final AtomicLong generation = new AtomicLong();

		private final CountDownLatch firstSubscription = new CountDownLatch(1);

		private volatile boolean subscribed;

		private @Nullable MqttAsyncClient client;

		Connection(String clientId) {
			this.clientId = clientId;
		}

		boolean subscribed() {
			MqttAsyncClient c = this.client;
			return this.subscribed && c != null && c.isConnected();
		}

		void connect() {
			if (!MqttIngestClient.this.running) {
				return;
			}
			try {
				if (this.client == null) {
					MqttAsyncClient created = new MqttAsyncClient(MqttIngestClient.this.settings.brokerUrl(), this.clientId,
							new MemoryPersistence());
					created.setManualAcks(true);
					created.setCallback(this);
					this.client = created;
				}
				this.client.connect(options()).waitForCompletion(
						MqttIngestClient.this.settings.connectTimeout().toMillis() + 1000);
			}
			catch (MqttException ex) {
				log.warn("MQTT ingest connection {} to {} failed ({}); retrying", this.clientId,
						MqttIngestClient.this.settings.brokerUrl(), ex.getMessage());
				ScheduledExecutorService c = MqttIngestClient.this.connector;
				if (MqttIngestClient.this.running && c != null && !c.isShutdown()) {
					c.schedule(this::connect, 2, TimeUnit.SECONDS);
				}
			}
		}

		private MqttConnectionOptions options() {
			TrackingProperties.Mqtt s = MqttIngestClient.this.settings;
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(false);
			MqttTransport.ingest(options, s);
			options.setSessionExpiryInterval(Math.max(1, s.sessionExpiry().toSeconds()));
			options.setReceiveMaximum(Math.max(1, Math.min(65535, s.receiveMaximum())));
			options.setAutomaticReconnect(true);
			options.setAutomaticReconnectDelay(1, (int) Math.max(1, s.maxReconnectDelay().toSeconds()));
			options.setKeepAliveInterval((int) Math.max(1, s.keepAlive().toSeconds()));
			options.setConnectionTimeout((int) Math.max(1, s.connectTimeout().toSeconds()));
			if (!s.username().isEmpty()) {
				options.setUserName(s.username());
				options.setPassword(s.password().getBytes(StandardCharsets.UTF_8));
			}
			return options;
		}

		void close(boolean polite) {
			MqttAsyncClient c = this.client;
			this.client = null;
			this.subscribed = false;
			this.generation.incrementAndGet();
			if (c == null) {
				return;
			}
			try {
				if (polite && c.isConnected()) {
					c.disconnect(2000).waitForCompletion(3000);
				}
				else {
					c.disconnectForcibly(0, 0, false);
				}
			}
			catch (MqttException ex) {
				log.debug("Closing MQTT connection {}: {}", this.clientId, ex.getMessage());
			}
			try {
				c.close(true);
			}
			catch (MqttException ex) {
				log.debug("Closing MQTT client {}: {}", this.clientId, ex.getMessage());
			}
		}

		@Override
		public void connectComplete(boolean reconnect, String serverURI) {
			// The generation moved on when the old connection went (disconnected/close), not here: a message
			// of the new connection may be delivered before this callback runs.
			log.info("MQTT ingest connection {} {} to {}", this.clientId, reconnect ? "reconnected" : "connected",
					serverURI);
			subscribe();
		}

		private void subscribe() {
			MqttAsyncClient c = this.client;
			if (c == null) {
				return;
			}
			String[] filters = filters();
			MqttSubscription[] subscriptions = { new MqttSubscription(filters[0], 1), new MqttSubscription(filters[1], 1) };
			try {
				c.subscribe(subscriptions, null, new MqttActionListener() {
					@Override
					public void onSuccess(IMqttToken token) {
						Connection.this.subscribed = true;
						Connection.this.firstSubscription.countDown();
						log.info("MQTT ingest connection {} subscribed to {}", Connection.this.clientId,
								String.join(", ", filters));
					}

					@Override
					public void onFailure(IMqttToken token, Throwable failure) {
						log.warn("MQTT subscription of {} failed; retrying", Connection.this.clientId, failure);
						retrySubscribe();
					}
				}, new MqttProperties());
			}
			catch (MqttException ex) {
				log.warn("MQTT subscription of {} failed; retrying", this.clientId, ex);
				retrySubscribe();
			}
		}

		private void retrySubscribe() {
			ScheduledExecutorService c = MqttIngestClient.this.connector;
			if (MqttIngestClient.this.running && c != null && !c.isShutdown()) {
				c.schedule(this::subscribe, 1, TimeUnit.SECONDS);
			}
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) throws Exception {
			MqttAsyncClient c = this.client;
			if (c == null) {
				return;
			}
			long arrivedIn = this.generation.get();
			int id = message.getId();
			int qos = message.getQos();
			InboundMessage inbound = new InboundMessage(topic, message.getPayload(), MqttIngestClient.this.clock.instant(),
					() -> acknowledge(c, arrivedIn, id, qos));
			MqttIngestClient.this.pipeline.submit(inbound);
		}

		private void acknowledge(MqttAsyncClient c, long arrivedIn, int id, int qos) {
			if (qos == 0) {
				return;
			}
			if (this.generation.get() != arrivedIn || this.client != c) {
				MqttIngestClient.this.staleAcks.increment();
				return;
			}
			try {
				c.messageArrivedComplete(id, qos);
			}
			catch (MqttException ex) {
				// The connection went away: the broker redelivers the message, deduplication absorbs it.
				MqttIngestClient.this.staleAcks.increment();
			}
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
			this.generation.incrementAndGet();
			this.subscribed = false;
			if (MqttIngestClient.this.running) {
				MqttIngestClient.this.connectionLosses.increment();
				log.warn("MQTT ingest connection {} lost: {}", this.clientId, response);
			}
		}

		@Override
		public void mqttErrorOccurred(MqttException exception) {
			log.warn("MQTT ingest connection {} error", this.clientId, exception);
		}

		@Override
		public void deliveryComplete(IMqttToken token) {
		}

		@Override
		public void authPacketArrived(int reasonCode, MqttProperties properties) {
		}

	}

}
