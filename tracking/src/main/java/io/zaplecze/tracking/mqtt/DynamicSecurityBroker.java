package io.zaplecze.tracking.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.paho.mqttv5.client.IMqttToken;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.device.DeviceAccount;
import io.zaplecze.tracking.device.DeviceBroker;
import io.zaplecze.tracking.device.DeviceBrokerUnavailable;
import io.zaplecze.tracking.device.DeviceProperties;

/**
 * Device accounts in Mosquitto's dynamic-security plugin, changed at run time by publishing command
 * lists to {@code $CONTROL/dynamic-security/v1} and reading the answers on {@code .../response} (one
 * Paho connection with the dynamic-security admin account, opened on first use). Each device gets a
 * role of its own with exactly its topics (a per-device role, not a shared role with {@code %u}
 * patterns, which Mosquitto 2.0's plugin does not expand), and a client locked to its client id.
 * Every instance of the application receives every answer on the shared response topic: commands
 * carry a correlation id of their own, answers to other ids are ignored.
 */
public final class DynamicSecurityBroker implements DeviceBroker, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DynamicSecurityBroker.class);

	static final String CONTROL_TOPIC = "$CONTROL/dynamic-security/v1";

	static final String RESPONSE_TOPIC = CONTROL_TOPIC + "/response";

	/** Errors of deletions that mean "already gone": deleting is idempotent. */
	private static final Set<String> GONE = Set.of("Client not found", "Role not found");

	private final JsonMapper json = JsonMapper.builder().build();

	private final TrackingProperties.Mqtt mqtt;

	private final DeviceProperties settings;

	private final Map<String, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

	private @Nullable MqttAsyncClient client;

	public DynamicSecurityBroker(TrackingProperties properties, DeviceProperties settings) {
		this.mqtt = properties.mqtt();
		this.settings = settings;
	}

	@Override
	public boolean configured() {
		return !this.settings.adminUsername().isEmpty();
	}

	@Override
	public void create(DeviceAccount account, String secret) {
		List<Map<String, Object>> commands = new ArrayList<>();
		commands.add(Map.of("command", "deleteClient", "username", account.username()));
		commands.add(Map.of("command", "deleteRole", "rolename", account.username()));
		commands.add(Map.of("command", "createRole", "rolename", account.username(), "textname",
				"device of vehicle " + account.vehicleId()));
		for (String topic : account.publishTopics()) {
			commands.add(acl(account.username(), "publishClientSend", topic));
		}
		commands.add(acl(account.username(), "subscribeLiteral", account.commandTopic()));
		commands.add(Map.of("command", "createClient", "username", account.username(), "password", secret, "clientid",
				account.clientId(), "textname", "device of vehicle " + account.vehicleId(), "roles",
				List.of(Map.of("rolename", account.username()))));
		execute(commands, Set.of("deleteClient", "deleteRole"));
	}

	@Override
	public void changeSecret(DeviceAccount account, String secret) {
		execute(List.of(Map.of("command", "setClientPassword", "username", account.username(), "password", secret)),
				Set.of());
	}

	@Override
	public void delete(DeviceAccount account) {
		execute(List.of(Map.of("command", "deleteClient", "username", account.username()),
				Map.of("command", "deleteRole", "rolename", account.username())), Set.of("deleteClient", "deleteRole"));
	}

	private static Map<String, Object> acl(String role, String type, String topic) {
		return Map.of("command", "addRoleACL", "rolename", role, "acltype", type, "topic", topic, "allow", true);
	}

	/**
	 * Sends the commands as one control message and waits for their answers; any error (except
	 * "not found" of the commands named in {@code idempotent}) fails the whole call.
	 */
	private void execute(List<Map<String, Object>> commands, Set<String> idempotent) {
		if (!configured()) {
			throw new DeviceBrokerUnavailable("No dynamic-security admin account is configured");
		}
		String id = UUID.randomUUID().toString();
		List<Map<String, Object>> tagged = new ArrayList<>();
		for (int i = 0; i < commands.size(); i++) {
			Map<String, Object> command = new java.util.LinkedHashMap<>(commands.get(i));
			command.put("correlationData", id + ":" + i);
			tagged.add(command);
		}
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.waiting.put(id, answer);
		try {
			MqttMessage message = new MqttMessage(this.json.writeValueAsBytes(Map.of("commands", tagged)));
			message.setQos(1);
			connected().publish(CONTROL_TOPIC, message).waitForCompletion(this.settings.controlTimeout().toMillis());
			JsonNode responses = answer.get(this.settings.controlTimeout().toMillis(), TimeUnit.MILLISECONDS);
			List<String> errors = new ArrayList<>();
			for (JsonNode response : responses) {
				String error = response.path("error").asString("");
				if (!error.isEmpty()
						&& !(GONE.contains(error) && idempotent.contains(response.path("command").asString("")))) {
					errors.add(response.path("command").asString("?") + ": " + error);
				}
			}
			if (!errors.isEmpty()) {
				throw new DeviceBrokerUnavailable("The broker refused " + String.join("; ", errors));
			}
		}
		catch (MqttException ex) {
			throw new DeviceBrokerUnavailable("The broker's control topic is unreachable: " + ex.getMessage(), ex);
		}
		catch (TimeoutException ex) {
			throw new DeviceBrokerUnavailable("The broker did not answer within " + this.settings.controlTimeout(), ex);
		}
		catch (ExecutionException ex) {
			throw new DeviceBrokerUnavailable("The broker's answer was unreadable", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeviceBrokerUnavailable("Interrupted while waiting for the broker", ex);
		}
		finally {
			this.waiting.remove(id);
		}
	}

	private synchronized MqttAsyncClient connected() throws MqttException {
		MqttAsyncClient c = this.client;
		if (c != null && c.isConnected()) {
			return c;
		}
		if (c != null) {
			c.close(true);
		}
		c = new MqttAsyncClient(this.mqtt.brokerUrl(), this.mqtt.clientId() + "-devices-" + UUID.randomUUID(),
				new MemoryPersistence());
		c.setCallback(new Callback());
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(true);
		options.setAutomaticReconnect(false);
		options.setConnectionTimeout((int) Math.max(1, this.mqtt.connectTimeout().toSeconds()));
		options.setUserName(this.settings.adminUsername());
		options.setPassword(this.settings.adminPassword().getBytes(StandardCharsets.UTF_8));
		MqttTransport.secure(options, this.mqtt);
		long timeout = this.settings.controlTimeout().toMillis();
		c.connect(options).waitForCompletion(timeout);
		IMqttToken subscribed = c.subscribe(new MqttSubscription[] { new MqttSubscription(RESPONSE_TOPIC, 1) });
		subscribed.waitForCompletion(timeout);
		int[] codes = subscribed.getReasonCodes();
		if (codes == null || codes.length == 0 || codes[0] > 2) {
			c.disconnectForcibly(0, 0, false);
			c.close(true);
			throw new DeviceBrokerUnavailable("The broker refused the dynamic-security response topic to "
					+ this.settings.adminUsername());
		}
		this.client = c;
		return c;
	}

	@Override
	public synchronized void close() {
		MqttAsyncClient c = this.client;
		this.client = null;
		if (c != null) {
			try {
				if (c.isConnected()) {
					c.disconnect(1000).waitForCompletion(Duration.ofSeconds(2).toMillis());
				}
				c.close(true);
			}
			catch (MqttException ex) {
				log.debug("Closing the dynamic-security connection: {}", ex.getMessage());
			}
		}
	}

	private final class Callback implements MqttCallback {

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			if (!RESPONSE_TOPIC.equals(topic)) {
				return;
			}
			JsonNode responses;
			try {
				responses = DynamicSecurityBroker.this.json.readTree(message.getPayload()).path("responses");
			}
			catch (RuntimeException ex) {
				log.warn("Unreadable dynamic-security response: {}", ex.getMessage());
				return;
			}
			if (!responses.isArray() || responses.isEmpty()) {
				return;
			}
			String correlation = responses.get(0).path("correlationData").asString("");
			int colon = correlation.lastIndexOf(':');
			CompletableFuture<JsonNode> future = (colon > 0)
					? DynamicSecurityBroker.this.waiting.get(correlation.substring(0, colon)) : null;
			if (future != null) {
				future.complete(responses);
			}
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
			log.info("Dynamic-security connection closed: {}", response);
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

	}

}
