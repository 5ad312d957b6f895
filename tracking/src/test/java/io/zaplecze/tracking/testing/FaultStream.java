package io.zaplecze.tracking.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.zaplecze.testsupport.TestServices;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stream of QoS 1 telemetry with a fault in the middle, and the check that every message the
 * broker acknowledged is stored exactly once. Checks read the database directly, not through the
 * application's (possibly just cut) connections.
 */
public final class FaultStream {

	public static final int VEHICLES = 20;

	private final JdbcTemplate direct;

	public FaultStream(TestServices.Database database) {
		this.direct = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
				database.password()));
	}

	/** The database URL through a proxy port on this machine. */
	public static String proxiedUrl(TestServices.Database database, int port) {
		URI target = URI.create(database.jdbcUrl().substring("jdbc:".length()));
		return "jdbc:postgresql://127.0.0.1:" + port + target.getPath() + "?connectTimeout=2&socketTimeout=10";
	}

	/** Points the module at a database (URL given), a broker and a topic root of its own. */
	public static void register(org.springframework.test.context.DynamicPropertyRegistry registry,
			TestServices.Database database, java.util.function.Supplier<Object> jdbcUrl, String brokerUrl, String root) {
		registry.add("spring.datasource.url", jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
		registry.add("zaplecze.tracking.mqtt.broker-url", () -> brokerUrl);
		registry.add("zaplecze.tracking.mqtt.topic-root", () -> root);
		registry.add("zaplecze.tracking.mqtt.client-id", () -> "zt-fault-" + java.util.UUID.randomUUID());
		registry.add("zaplecze.tracking.mqtt.max-reconnect-delay", () -> "1s");
		registry.add("zaplecze.tracking.ingest.accept-unknown-vehicles", () -> "true");
	}

	public static URI target(TestServices.Database database) {
		return URI.create(database.jdbcUrl().substring("jdbc:".length()));
	}

	/**
	 * Publishes {@code total} messages over {@link #VEHICLES} vehicles at a steady pace, runs the fault
	 * after {@code faultAfter} of them, and waits until the broker acknowledged every one.
	 */
	public void stream(String brokerUrl, String root, String run, int total, int faultAfter, Fault fault)
			throws Exception {
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
		AtomicReference<Throwable> faultFailure = new AtomicReference<>();
		Thread faultThread = null;
		try (DevicePublisher device = new DevicePublisher(brokerUrl, "zt-dev-" + run)) {
			for (int i = 0; i < total; i++) {
				String vehicle = run + "-" + (i % VEHICLES);
				long seq = i / VEHICLES + 1;
				device.publish(Payloads.telemetryTopic(root, vehicle),
						Payloads.telemetry(vehicle, seq, start.plusSeconds(seq), 52.0 + seq * 1e-5, 21.0));
				if (i == faultAfter) {
					faultThread = Thread.ofPlatform().start(() -> {
						try {
							fault.run();
						}
						catch (Throwable ex) {
							faultFailure.set(ex);
						}
					});
				}
				if (i % 100 == 0) {
					Thread.sleep(20);
				}
			}
			if (faultThread != null) {
				faultThread.join();
			}
			assertThat(faultFailure.get()).isNull();
			assertThat(device.awaitAcknowledged(Duration.ofSeconds(60))).as("broker acknowledged every message").isTrue();
		}
	}

	/** Every message of the run stored once, and each vehicle's latest position is its last message. */
	public void assertStoredExactlyOnce(String run, int sent) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(
				() -> assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id LIKE ?", run + "-%"))
					.isEqualTo(sent));
		assertThat(count("SELECT count(DISTINCT (vehicle_id, seq)) FROM tracking.positions WHERE vehicle_id LIKE ?",
				run + "-%")).isEqualTo(sent);
		assertThat(count("SELECT count(*) FROM tracking.vehicle_latest WHERE vehicle_id LIKE ? AND seq = ?", run + "-%",
				sent / VEHICLES)).isEqualTo(VEHICLES);
	}

	private long count(String sql, Object... args) {
		Long n = this.direct.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

	/** The fault to inject mid-stream. */
	@FunctionalInterface
	public interface Fault {

		void run() throws Exception;

	}

}
