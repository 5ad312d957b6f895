package io.zaplecze.tracking.mqtt;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.plan.KnownVehicles;
import io.zaplecze.tracking.testing.DevicePublisher;
import io.zaplecze.tracking.testing.Payloads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The ingest over the broker's TLS listener, trusting the demo certificate from its PEM file
 * ({@code zaplecze.tracking.mqtt.trust-certificates}): what a device publishes reaches the store.
 */
@ApplicationModuleTest(extraIncludes = "platform")
class TlsIngestIntegrationTests {

	private static final String ROOT = "zt-tls-" + TestServices.uniqueSuffix() + "/v1";

	@Autowired
	KnownVehicles known;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MqttIngestClient ingest;

	@MockitoBean
	RoadNetworkManagement roads;

	@BeforeAll
	static void tlsListener() {
		assumeThat(TestServices.mqtt().tlsUrl()).as("the broker has a TLS listener").isNotEmpty();
	}

	@DynamicPropertySource
	static void overTls(DynamicPropertyRegistry registry) {
		TestServices.Mqtt mqtt = TestServices.mqtt();
		TestServices.Database db = TestServices.freshDatabase();
		registry.add("spring.datasource.url", db::jdbcUrl);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
		registry.add("zaplecze.tracking.mqtt.broker-url", mqtt::tlsUrl);
		registry.add("zaplecze.tracking.mqtt.trust-certificates", mqtt::caFile);
		registry.add("zaplecze.tracking.mqtt.username", mqtt::username);
		registry.add("zaplecze.tracking.mqtt.password", mqtt::password);
		registry.add("zaplecze.tracking.mqtt.topic-root", () -> ROOT);
		registry.add("zaplecze.tracking.mqtt.share-group", () -> "zt-tls-" + TestServices.uniqueSuffix());
		registry.add("zaplecze.tracking.mqtt.client-id", () -> "zt-tls-" + TestServices.uniqueSuffix());
		registry.add("zaplecze.tracking.mqtt.session-expiry", () -> "10m");
		registry.add("zaplecze.tracking.eta.enabled", () -> "false");
	}

	@Test
	void theIngestReceivesOverTls() throws Exception {
		assertThat(this.ingest.subscribed()).as("subscribed over %s", TestServices.mqtt().tlsUrl()).isTrue();
		String vehicle = "VAN-" + UUID.randomUUID().toString().substring(0, 8);
		this.known.register(vehicle, "test");
		try (DevicePublisher device = new DevicePublisher(TestServices.mqttBrokerUrl(), "zt-tls-dev-" + vehicle,
				TestServices.mqtt().username(), TestServices.mqtt().password())) {
			device.publish(Payloads.telemetryTopic(ROOT, vehicle),
					Payloads.telemetry(vehicle, 1, Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(10), 52.2, 21.0));
			assertThat(device.awaitAcknowledged(Duration.ofSeconds(20))).isTrue();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc
			.queryForObject("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", Long.class, vehicle) == 1);
	}

}
