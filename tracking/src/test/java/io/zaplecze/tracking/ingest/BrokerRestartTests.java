package io.zaplecze.tracking.ingest;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.mqtt.MqttIngestClient;
import io.zaplecze.tracking.testing.FaultStream;
import io.zaplecze.tracking.testing.PrivateMosquitto;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A broker restart (a polite one: Mosquitto saves its persistence file) in the middle of a stream
 * loses nothing and stores nothing twice: devices resend what was not acknowledged, the ingest
 * reconnects to its persistent session. Runs the single-instance mode ({@code shared=false}):
 * Mosquitto 2.0 restores a persistent session's plain subscriptions after a restart but not its
 * shared ones, so with shared subscriptions whatever devices publish before the ingest re-subscribes
 * is dropped by the broker (see the module README).
 */
@ApplicationModuleTest(extraIncludes = "platform")
class BrokerRestartTests {

	private static PrivateMosquitto broker;

	private static FaultStream faults;

	@Autowired
	TrackingProperties properties;

	@Autowired
	MqttIngestClient ingest;

	@MockitoBean
	RoadNetworkManagement roads;

	@DynamicPropertySource
	static void privateServices(DynamicPropertyRegistry registry) throws Exception {
		assumeTrue(PrivateMosquitto.available(), "needs /usr/sbin/mosquitto (Debian package mosquitto)");
		broker = PrivateMosquitto.start();
		TestServices.Database db = TestServices.freshDatabase();
		faults = new FaultStream(db);
		FaultStream.register(registry, db, db::jdbcUrl, broker.url(), "zb/v1");
		registry.add("zaplecze.tracking.mqtt.shared", () -> "false");
	}

	@AfterAll
	static void stopBroker() throws Exception {
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void brokerRestartedDuringAStream() throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(this.ingest::subscribed);
		String run = "b" + UUID.randomUUID().toString().substring(0, 6);
		faults.stream(broker.url(), this.properties.mqtt().topicRoot(), run, 3000, 1500,
				() -> broker.restart(Duration.ofSeconds(1)));
		faults.assertStoredExactlyOnce(run, 3000);
	}

}
