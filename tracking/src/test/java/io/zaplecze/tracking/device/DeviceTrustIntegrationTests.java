package io.zaplecze.tracking.device;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.platform.audit.AuditEntry;
import io.zaplecze.platform.audit.AuditTrail;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.testsupport.RealServices;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.mqtt.MqttTransport;
import io.zaplecze.tracking.plan.KnownVehicles;
import io.zaplecze.tracking.testing.Payloads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Device credentials against the real broker (the project's Mosquitto with dynamic security, or the
 * test container): provisioned through the API, enforced by the broker. Anonymous clients are refused;
 * a device publishes and subscribes only for its own vehicle; revoked and rotated secrets stop working
 * and the connection is cut; the TLS listener takes a device; a payload speaking for another vehicle
 * on the device's own topic is still dead-lettered by the ingest.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@RealServices
@TestPropertySource(properties = { "zaplecze.tracking.ingest.linger=2ms", "zaplecze.tracking.eta.enabled=false",
		"spring.datasource.hikari.maximum-pool-size=4" })
class DeviceTrustIntegrationTests {

	private static final int NOT_AUTHORIZED = 135;

	private static final Principal DISPATCHER = () -> "dispatcher-test";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnownVehicles known;

	@Autowired
	TrackingProperties properties;

	@Autowired
	AuditTrail audit;

	@MockitoBean
	RoadNetworkManagement roads;

	@Autowired
	DeviceService devices;

	/** The broker is shared by test runs: the accounts this test made go again. */
	@AfterEach
	void revokeEveryDevice() {
		this.devices.all().stream().filter(d -> "ACTIVE".equals(d.status()))
			.forEach(d -> this.devices.revoke(d.vehicleId(), "test-cleanup"));
	}

	@Test
	void anAnonymousClientIsRefused() throws Exception {
		MqttAsyncClient client = new MqttAsyncClient(TestServices.mqttBrokerUrl(), "zt-anon-" + suffix(), new MemoryPersistence());
		try {
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setConnectionTimeout(5);
			assertThatThrownBy(() -> client.connect(options).waitForCompletion(10_000)).isInstanceOf(MqttException.class);
			assertThat(client.isConnected()).isFalse();
		}
		finally {
			client.close(true);
		}
	}

	@Test
	void provisioningShowsTheSecretOnceAndStoresOnlyItsHash() throws Exception {
		String vehicle = "VAN-" + suffix();
		Credential issued = provision(vehicle);
		assertThat(issued.secret()).hasSize(48);
		assertThat(this.jdbc.queryForObject("SELECT secret_sha256 FROM tracking.devices WHERE vehicle_id = ?", String.class,
				vehicle)).isEqualTo(DeviceService.sha256(issued.secret())).doesNotContain(issued.secret());
		String listed = this.mvc.perform(get("/api/v1/tracking/devices/{id}", vehicle))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.provisionedBy").value("dispatcher-test"))
			.andReturn().getResponse().getContentAsString();
		assertThat(listed).doesNotContain(issued.secret());
		assertThat(this.audit.find(null, "tracking.device.provisioned", "vehicle:" + vehicle, null, null, 10)).singleElement()
			.satisfies(e -> assertThat(e.details()).containsEntry("username", issued.username()))
			.satisfies(e -> assertThat(e.toString()).doesNotContain(issued.secret()));
		assertThat(this.mvc.perform(get("/api/v1/tracking/devices")).andReturn().getResponse().getContentAsString())
			.contains(vehicle)
			.doesNotContain(issued.secret());
		this.mvc.perform(post("/api/v1/tracking/devices").principal(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"vehicleId\":\"" + vehicle + "\"}")).andExpect(status().isConflict());
		this.mvc.perform(post("/api/v1/tracking/devices").principal(DISPATCHER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"vehicleId\":\"VAN/#\"}")).andExpect(status().isBadRequest());
		this.mvc.perform(post("/api/v1/tracking/devices/{id}/secret", "NOBODY-" + suffix()).principal(DISPATCHER))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDevicePublishesOnlyForItsOwnVehicle() throws Exception {
		String a = "VAN-A-" + suffix();
		String b = "VAN-B-" + suffix();
		Credential deviceA = provision(a);
		provision(b);
		this.known.register(a, "test");
		this.known.register(b, "test");
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		try (Device device = Device.connect(TestServices.mqttBrokerUrl(), deviceA, null)) {
			assertThat(device.publish(Payloads.telemetryTopic(root(), b), Payloads.telemetry(b, 1, at, 52.1, 21.1)))
				.as("the broker refuses a publish for another vehicle").isEqualTo(NOT_AUTHORIZED);
			assertThat(device.publish(Payloads.eventsTopic(root(), b), Payloads.event(b, 2, at, "ARRIVED", UUID.randomUUID(), "")))
				.isEqualTo(NOT_AUTHORIZED);
			assertThat(device.publish(root() + "/vehicles/" + a + "/other", "{}")).isEqualTo(NOT_AUTHORIZED);
			assertThat(device.publish(Payloads.telemetryTopic(root(), a), Payloads.telemetry(a, 3, at, 52.2, 21.2))).isZero();
		}
		// A's own message went after the refused ones over the same connection: once it is stored, they
		// would have been too.
		await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", a) == 1);
		assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", b)).isZero();
		assertThat(count("SELECT count(*) FROM tracking.dead_letters WHERE topic LIKE ?", root() + "/vehicles/" + b + "/%")).isZero();
	}

	@Test
	void aDeviceSubscribesOnlyToItsOwnCommandTopic() throws Exception {
		String a = "VAN-A-" + suffix();
		String b = "VAN-B-" + suffix();
		Credential deviceA = provision(a);
		provision(b);
		try (Device device = Device.connect(TestServices.mqttBrokerUrl(), deviceA, null)) {
			assertThat(device.subscribe("#")).isEqualTo(NOT_AUTHORIZED);
			assertThat(device.subscribe(root() + "/vehicles/+/telemetry")).isEqualTo(NOT_AUTHORIZED);
			assertThat(device.subscribe(Payloads.telemetryTopic(root(), b))).isEqualTo(NOT_AUTHORIZED);
			assertThat(device.subscribe(root() + "/vehicles/" + b + "/commands")).isEqualTo(NOT_AUTHORIZED);
			assertThat(device.subscribe(root() + "/vehicles/" + a + "/commands")).isLessThan(128);
		}
	}

	@Test
	void aDeviceMustUseItsOwnClientId() throws Exception {
		Credential issued = provision("VAN-" + suffix());
		Credential otherId = new Credential(issued.vehicleId(), issued.username(), "zt-thief-" + suffix(), issued.secret());
		assertThatThrownBy(() -> Device.connect(TestServices.mqttBrokerUrl(), otherId, null)).isInstanceOf(MqttException.class);
	}

	@Test
	void aRevokedDeviceIsCutOffWithinSecondsAndRefusedFromThenOn() throws Exception {
		String vehicle = "VAN-" + suffix();
		Credential issued = provision(vehicle);
		try (Device device = Device.connect(TestServices.mqttBrokerUrl(), issued, null)) {
			long start = System.nanoTime();
			this.mvc.perform(delete("/api/v1/tracking/devices/{id}", vehicle).principal(DISPATCHER))
				.andExpect(status().isNoContent());
			assertThat(device.disconnected.await(5, TimeUnit.SECONDS)).as("disconnected within 5 s").isTrue();
			System.out.printf("revoked device disconnected %d ms after the revocation was asked for%n",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		assertThatThrownBy(() -> Device.connect(TestServices.mqttBrokerUrl(), issued, null)).isInstanceOf(MqttException.class);
		this.mvc.perform(get("/api/v1/tracking/devices/{id}", vehicle))
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.revokedBy").value("dispatcher-test"));
		this.mvc.perform(delete("/api/v1/tracking/devices/{id}", vehicle).principal(DISPATCHER)).andExpect(status().isNoContent());
		assertThat(this.audit.find(null, "tracking.device.", "vehicle:" + vehicle, null, null, 10))
			.extracting(AuditEntry::action)
			.containsExactly("tracking.device.revoked", "tracking.device.provisioned");
		// Provisioned again later: a new secret, the revoked one still refused.
		Credential again = provision(vehicle);
		assertThatThrownBy(() -> Device.connect(TestServices.mqttBrokerUrl(), issued, null)).isInstanceOf(MqttException.class);
		Device.connect(TestServices.mqttBrokerUrl(), again, null).close();
	}

	@Test
	void aRotatedSecretWorksAndTheOldOneDoesNot() throws Exception {
		String vehicle = "VAN-" + suffix();
		Credential old = provision(vehicle);
		try (Device device = Device.connect(TestServices.mqttBrokerUrl(), old, null)) {
			String body = this.mvc.perform(post("/api/v1/tracking/devices/{id}/secret", vehicle).principal(DISPATCHER))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "no-store"))
				.andExpect(jsonPath("$.secretVersion").value(2))
				.andReturn().getResponse().getContentAsString();
			Credential rotated = new Credential(vehicle, JsonPath.read(body, "$.username"), JsonPath.read(body, "$.clientId"),
					JsonPath.read(body, "$.secret"));
			assertThat(rotated.secret()).isNotEqualTo(old.secret());
			assertThat(device.disconnected.await(5, TimeUnit.SECONDS)).as("the old session is cut").isTrue();
			assertThatThrownBy(() -> Device.connect(TestServices.mqttBrokerUrl(), old, null)).isInstanceOf(MqttException.class);
			try (Device renewed = Device.connect(TestServices.mqttBrokerUrl(), rotated, null)) {
				assertThat(renewed.publish(Payloads.telemetryTopic(root(), vehicle),
						Payloads.telemetry(vehicle, 1, Instant.now().minusSeconds(5), 52.0, 21.0))).isZero();
			}
		}
	}

	@Test
	void aPayloadSpeakingForAnotherVehicleOnTheDevicesOwnTopicIsDeadLettered() throws Exception {
		String a = "VAN-A-" + suffix();
		Credential deviceA = provision(a);
		this.known.register(a, "test");
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
		try (Device device = Device.connect(TestServices.mqttBrokerUrl(), deviceA, null)) {
			assertThat(device.publish(Payloads.telemetryTopic(root(), a), Payloads.telemetry("VAN-B-" + suffix(), 1, at, 52.0, 21.0)))
				.isZero();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> count(
				"SELECT count(*) FROM tracking.dead_letters WHERE vehicle_id = ? AND reason = 'vehicle-mismatch'", a) == 1);
		assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id LIKE 'VAN-B-%'")).isZero();
	}

	@Test
	void theTlsListenerAcceptsADevice() throws Exception {
		TestServices.Mqtt mqtt = TestServices.mqtt();
		assumeThat(mqtt.tlsUrl()).as("the broker has a TLS listener").isNotEmpty();
		String vehicle = "VAN-" + suffix();
		Credential issued = provision(vehicle);
		this.known.register(vehicle, "test");
		try (Device device = Device.connect(mqtt.tlsUrl(), issued, Path.of(mqtt.caFile()))) {
			assertThat(device.publish(Payloads.telemetryTopic(root(), vehicle),
					Payloads.telemetry(vehicle, 1, Instant.now().minusSeconds(5), 52.0, 21.0))).isZero();
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", vehicle) == 1);
		// Without trusting the demo certificate the handshake fails.
		assertThatThrownBy(() -> Device.connect(mqtt.tlsUrl(), issued, null)).isInstanceOf(MqttException.class);
	}

	@Test
	void theIngestAccountMaySubscribeButNotPublishAsADevice() throws Exception {
		TestServices.Mqtt mqtt = TestServices.mqtt();
		assumeThat(mqtt.ingestUsername()).as("the project's ingest account is known").isNotEmpty();
		Credential ingest = new Credential("-", mqtt.ingestUsername(), "zt-ingest-check-" + suffix(), mqtt.ingestPassword());
		try (Device client = Device.connect(TestServices.mqttBrokerUrl(), ingest, null)) {
			assertThat(client.subscribe("zaplecze/v1/vehicles/+/telemetry")).isLessThan(128);
			assertThat(client.subscribe("#")).isEqualTo(NOT_AUTHORIZED);
			assertThat(client.publish("zaplecze/v1/vehicles/VAN-01/telemetry", "{}")).isEqualTo(NOT_AUTHORIZED);
		}
	}

	private Credential provision(String vehicle) throws Exception {
		String body = this.mvc.perform(post("/api/v1/tracking/devices").principal(DISPATCHER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"vehicleId\":\"" + vehicle + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/tracking/devices/" + vehicle))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.publishTopics[0]").value(Payloads.telemetryTopic(root(), vehicle)))
			.andReturn().getResponse().getContentAsString();
		return new Credential(vehicle, JsonPath.read(body, "$.username"), JsonPath.read(body, "$.clientId"),
				JsonPath.read(body, "$.secret"));
	}

	private String root() {
		return this.properties.mqtt().topicRoot();
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	record Credential(String vehicleId, String username, String clientId, String secret) {
	}

	/** A device's MQTT connection: what its broker answers to each publish and subscription. */
	static final class Device implements AutoCloseable, MqttCallback {

		final CountDownLatch disconnected = new CountDownLatch(1);

		private final MqttAsyncClient client;

		private Device(MqttAsyncClient client) {
			this.client = client;
		}

		static Device connect(String url, Credential credential, Path trust) throws MqttException {
			MqttAsyncClient client = new MqttAsyncClient(url, credential.clientId(), new MemoryPersistence());
			Device device = new Device(client);
			client.setCallback(device);
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(true);
			options.setConnectionTimeout(5);
			options.setAutomaticReconnect(false);
			options.setUserName(credential.username());
			options.setPassword(credential.secret().getBytes(StandardCharsets.UTF_8));
			if (trust != null) {
				options.setSocketFactory(MqttTransport.trusting(trust));
			}
			try {
				client.connect(options).waitForCompletion(10_000);
			}
			catch (MqttException ex) {
				client.close(true);
				throw ex;
			}
			return device;
		}

		/** Publishes at QoS 1 and returns the PUBACK's reason code (0: accepted). */
		int publish(String topic, String payload) throws MqttException {
			MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
			message.setQos(1);
			try {
				IMqttToken token = this.client.publish(topic, message);
				token.waitForCompletion(10_000);
				int[] codes = token.getReasonCodes();
				return (codes != null && codes.length > 0) ? codes[0] : 0;
			}
			catch (MqttException ex) {
				return ex.getReasonCode();
			}
		}

		/** Subscribes at QoS 1 and returns the SUBACK's reason code (below 128: granted). */
		int subscribe(String filter) throws MqttException {
			try {
				IMqttToken token = this.client.subscribe(new MqttSubscription[] { new MqttSubscription(filter, 1) });
				token.waitForCompletion(10_000);
				return token.getReasonCodes()[0];
			}
			catch (MqttException ex) {
				return ex.getReasonCode();
			}
		}

		@Override
		public void close() throws MqttException {
			if (this.client.isConnected()) {
				this.client.disconnect().waitForCompletion(5_000);
			}
			this.client.close(true);
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
			this.disconnected.countDown();
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

	}

}
