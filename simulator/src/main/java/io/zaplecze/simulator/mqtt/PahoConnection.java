package io.zaplecze.simulator.mqtt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.zaplecze.mqtt.BatchingSocketFactory;
import io.zaplecze.mqtt.PemTrust;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttConnAck;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * One MQTT 5 connection of a publishing device (the only class that touches Paho). One
 * instance is one network connection: after it is lost, make a new one. QoS 1 publishes
 * are asynchronous; the caller must keep at most {@link #receiveMaximum()} of them
 * unacknowledged (the broker's CONNACK value), or Paho refuses them with 32202.
 */
public final class PahoConnection implements MqttPublisher {

	/**
	 * Receives the outcome of each publish, with the context given to {@link #publish}.
	 */
	public interface AckHandler {

		void acked(Object context);

		void failed(Object context, Throwable cause);

	}

	/**
	 * Told when the connection is lost (not after {@link #kill()} or
	 * {@link #disconnect()}).
	 */
	public interface LossHandler {

		void lost(PahoConnection connection, Throwable cause);

	}

	/**
	 * Where and as whom to connect.
	 *
	 * @param brokerUrl {@code tcp://host:port}
	 * @param username user name, or null for anonymous
	 * @param password password, or null
	 */
	/**
	 * @param trustCertificates for {@code ssl://} URLs: a PEM file of the certificate(s) to trust (the
	 * demo broker's self-signed one); null: the JVM's trust store
	 */
	public record Broker(String brokerUrl, String username, String password, String trustCertificates) {

		public Broker(String brokerUrl, String username, String password) {
			this(brokerUrl, username, password, null);
		}

		/** The same broker, logged in as another account. */
		public Broker as(String username, String password) {
			return new Broker(this.brokerUrl, username, password, this.trustCertificates);
		}

	}

	/** How the connection's socket moves bytes. */
	public enum Transport {

		/**
		 * Paho's own socket: a system call per packet written and several per packet
		 * read.
		 */
		PLAIN,

		/**
		 * Buffered reads and group-committed writes ({@link BatchingSocketFactory}): for
		 * bulk publishing.
		 */
		BATCHING

	}

	/**
	 * Paho logs every cut connection as SEVERE with a stack trace through
	 * java.util.logging; the simulator cuts connections on purpose and reports errors
	 * itself. Held here so the setting is not garbage-collected with the logger.
	 */
	private static final Logger PAHO_LOG = Logger.getLogger("org.eclipse.paho.mqttv5.client");

	static {
		PAHO_LOG.setLevel(Level.OFF);
	}

	/** When the broker sends no Receive Maximum, MQTT 5 says it is 65,535. */
	private static final int PROTOCOL_RECEIVE_MAXIMUM = 65_535;

	private final MqttAsyncClient client;

	private final AckHandler acks;

	private volatile boolean closing;

	private volatile int receiveMaximum;

	private final MqttActionListener publishListener = new MqttActionListener() {

		@Override
		public void onSuccess(IMqttToken token) {
			PahoConnection.this.acks.acked(token.getUserContext());
		}

		@Override
		public void onFailure(IMqttToken token, Throwable cause) {
			PahoConnection.this.acks.failed(token.getUserContext(), cause);
		}

	};

	private PahoConnection(MqttAsyncClient client, AckHandler acks) {
		this.client = client;
		this.acks = acks;
	}

	/**
	 * Starts connecting (clean start, no session: devices only publish).
	 * @return completes with the connection once the broker has accepted it
	 */
	public static CompletableFuture<PahoConnection> connect(Broker broker, String clientId, AckHandler acks,
			LossHandler loss) {
		return connect(broker, clientId, Transport.PLAIN, acks, loss);
	}

	/**
	 * Starts connecting over the given transport (plain TCP only; TLS URLs ignore it).
	 * @return completes with the connection once the broker has accepted it
	 */
	public static CompletableFuture<PahoConnection> connect(Broker broker, String clientId, Transport transport,
			AckHandler acks, LossHandler loss) {
		CompletableFuture<PahoConnection> result = new CompletableFuture<>();
		try {
			MqttAsyncClient client = new MqttAsyncClient(broker.brokerUrl(), clientId, new MemoryPersistence());
			PahoConnection connection = new PahoConnection(client, acks);
			client.setCallback(new MqttCallback() {

				@Override
				public void disconnected(MqttDisconnectResponse response) {
					if (!connection.closing) {
						loss.lost(connection,
								(response.getException() != null) ? response.getException() : new IllegalStateException(
										"disconnected by the broker: " + response.getReasonString()));
					}
				}

				@Override
				public void mqttErrorOccurred(MqttException exception) {
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

			});
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(true);
			options.setSessionExpiryInterval(0L);
			options.setAutomaticReconnect(false);
			options.setKeepAliveInterval(30);
			options.setConnectionTimeout(10);
			if (transport == Transport.BATCHING && broker.brokerUrl().startsWith("tcp://")) {
				options.setSocketFactory(new BatchingSocketFactory());
			}
			if (broker.brokerUrl().startsWith("ssl://") && broker.trustCertificates() != null
					&& !broker.trustCertificates().isBlank()) {
				options.setSocketFactory(PemTrust.socketFactory(java.nio.file.Path.of(broker.trustCertificates())));
			}
			if (broker.username() != null && !broker.username().isBlank()) {
				options.setUserName(broker.username());
				if (broker.password() != null) {
					options.setPassword(broker.password().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				}
			}
			client.connect(options, null, new MqttActionListener() {

				@Override
				public void onSuccess(IMqttToken token) {
					Integer max = (token.getResponse() instanceof MqttConnAck ack && ack.getProperties() != null)
							? ack.getProperties().getReceiveMaximum() : null;
					connection.receiveMaximum = (max != null && max > 0) ? max : PROTOCOL_RECEIVE_MAXIMUM;
					result.complete(connection);
				}

				@Override
				public void onFailure(IMqttToken token, Throwable cause) {
					connection.closeQuietly();
					result.completeExceptionally(cause);
				}

			});
		}
		catch (MqttException | IllegalArgumentException ex) {
			result.completeExceptionally(ex);
		}
		return result;
	}

	/** Connects and waits; for callers that cannot go on without the connection. */
	public static PahoConnection connectAndWait(Broker broker, String clientId, Transport transport, AckHandler acks,
			LossHandler loss, long timeoutSeconds) throws Exception {
		try {
			return connect(broker, clientId, transport, acks, loss).get(timeoutSeconds, TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/**
	 * The broker's Receive Maximum from the CONNACK: the in-flight QoS 1/2 publishes it
	 * allows.
	 */
	@Override
	public int receiveMaximum() {
		return this.receiveMaximum;
	}

	/**
	 * Publishes asynchronously; the outcome goes to the {@link AckHandler} with
	 * {@code context}.
	 * @throws MqttException when Paho refuses at once (not connected, in-flight window
	 * full)
	 */
	@Override
	public void publish(String topic, byte[] payload, int qos, Object context) throws MqttException {
		this.client.publish(topic, payload, qos, false, context, this.publishListener);
	}

	public boolean isConnected() {
		return this.client.isConnected();
	}

	/** Cuts the network connection without a DISCONNECT packet, as a lost link does. */
	public void kill() {
		this.closing = true;
		try {
			this.client.disconnectForcibly(0, 1000, false);
		}
		catch (MqttException ex) {
			// already down
		}
		closeQuietly();
	}

	/**
	 * Disconnects cleanly, waiting up to {@code timeoutMillis} for in-flight messages.
	 */
	@Override
	public void disconnect(long timeoutMillis) {
		this.closing = true;
		try {
			if (this.client.isConnected()) {
				this.client.disconnect(timeoutMillis).waitForCompletion(timeoutMillis + 1000);
			}
		}
		catch (MqttException ex) {
			// going away anyway
		}
		closeQuietly();
	}

	private void closeQuietly() {
		this.closing = true;
		try {
			this.client.close(true);
		}
		catch (MqttException ex) {
			// nothing left to release
		}
	}

}
