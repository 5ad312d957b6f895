package io.zaplecze.tracking.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.mqtt.MqttIngestClient;
import io.zaplecze.tracking.testing.FaultStream;
import io.zaplecze.tracking.testing.PrivateMosquitto;
import io.zaplecze.tracking.testing.TcpProxy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Nothing sent with QoS 1 is lost or stored twice when the app's side breaks mid-stream, with the
 * contract's shared subscriptions over two connections: the ingest dies and comes back (its
 * persistent sessions are redelivered what was queued and unacknowledged), the database is away
 * for a few seconds. Runs against a private Mosquitto (the project's broker settings) and a TCP
 * proxy in front of PostgreSQL, so the machine's shared services are never disturbed.
 */
@ApplicationModuleTest(extraIncludes = "platform")
class IngestFaultTests {

	private static PrivateMosquitto broker;

	private static TcpProxy proxy;

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
		URI target = FaultStream.target(db);
		proxy = new TcpProxy(target.getHost(), target.getPort());
		faults = new FaultStream(db);
		FaultStream.register(registry, db, () -> FaultStream.proxiedUrl(db, proxy.port()), broker.url(), "zf/v1");
		registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
		registry.add("zaplecze.tracking.ingest.store-retry-max-backoff", () -> "500ms");
		// several connections and workers: acknowledgements out of arrival order, across connections
		registry.add("zaplecze.tracking.mqtt.connections", () -> "2");
		registry.add("zaplecze.tracking.ingest.workers", () -> "2");
	}

	@AfterAll
	static void stopServices() throws Exception {
		if (broker != null) {
			broker.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@BeforeEach
	void ingestRunning() {
		this.ingest.start();
		await().atMost(Duration.ofSeconds(20)).until(this.ingest::subscribed);
	}

	@Test
	void ingestStoppedAbruptlyAndRestarted() throws Exception {
		String run = "i" + suffix();
		faults.stream(broker.url(), root(), run, 3000, 1000, () -> {
			this.ingest.halt();
			Thread.sleep(1500);
			this.ingest.start();
		});
		faults.assertStoredExactlyOnce(run, 3000);
	}

	@Test
	void databaseUnavailableForAFewSeconds() throws Exception {
		String run = "d" + suffix();
		faults.stream(broker.url(), root(), run, 3000, 1000, () -> {
			proxy.cut();
			Thread.sleep(3000);
			proxy.restore();
		});
		faults.assertStoredExactlyOnce(run, 3000);
	}

	private String root() {
		return this.properties.mqtt().topicRoot();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
