package io.zaplecze.app.scale;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zaplecze.testsupport.TestServices;

/**
 * What the scale-out test and benchmark share: how an instance is configured (the configuration
 * {@code docker-compose.yml} runs), the database copies and faults, and small JDBC helpers.
 */
final class ScaleOutRig {

	/** Vans and orders of the seeded day (CI volume; the benchmark may raise them). */
	static final int VANS = Integer.getInteger("zaplecze.scaleout.vans", 22);

	static final int ORDERS = Integer.getInteger("zaplecze.scaleout.orders", 66);

	/** Publishes per second the simulator offers (virtual clock: the day runs as fast as this allows). */
	static final int RATE = Integer.getInteger("zaplecze.scaleout.rate", 1200);

	/** Ports of this work: 18130-18149 (the broker on the last one). */
	static final int FIRST_PORT = Integer.getInteger("zaplecze.scaleout.first-port", 18131);

	private final String brokerUrl;

	private final Path logs;

	ScaleOutRig(String brokerUrl, Path logs) {
		this.brokerUrl = brokerUrl;
		this.logs = logs;
	}

	static int brokerPort() {
		return Integer.getInteger("zaplecze.scaleout.broker-port", 18149);
	}

	String brokerUrl() {
		return this.brokerUrl;
	}

	static String clientId(String instance) {
		return "s17-" + instance;
	}

	static String topicRoot(String run) {
		return "s17-" + run + "/v1";
	}

	/**
	 * One instance in scale-out mode, configured as {@code docker-compose.yml} configures its app
	 * services (their scale-out environment is passed on as it is: {@link ComposeFile}), with its own
	 * port and client id; the slot's client id is the same for every instance of a run. What the test
	 * shortens (ETA refresh, the planning queue's stale-after) comes on top.
	 */
	AppJvm instance(String name, int index, TestServices.Database db, String run, List<String> extra) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + db.jdbcUrl(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				// The PostgreSQL server is shared with every other test run here: a small pool per instance.
				"--spring.datasource.hikari.maximum-pool-size=6",
				"--zaplecze.tracking.mqtt.broker-url=" + this.brokerUrl, "--zaplecze.tracking.mqtt.client-id=" + clientId(name),
				"--zaplecze.tracking.mqtt.topic-root=" + topicRoot(run), "--zaplecze.tracking.mqtt.session-expiry=10m",
				"--zaplecze.tracking.mqtt.max-reconnect-delay=2s",
				"--zaplecze.tracking.scale.ingest-client-id=s17-ingest-" + run + "-" + Instant.now().getEpochSecond(),
				"--zaplecze.tracking.eta.refresh-interval=3s", "--zaplecze.tracking.ingest.max-future-skew=2d",
				"--zaplecze.routing.planning.stale-after=4s", "--zaplecze.routing.graph-cache-dir=target/graph-cache",
				"--logging.level.root=WARN", "--logging.level.io.zaplecze.tracking.scale=INFO",
				"--logging.level.io.zaplecze.tracking.mqtt=INFO"));
		ingestCredentials().ifPresent(c -> {
			args.add("--zaplecze.tracking.mqtt.username=" + c[0]);
			args.add("--zaplecze.tracking.mqtt.password=" + c[1]);
		});
		args.addAll(extra);
		return new AppJvm(name, FIRST_PORT + index, args, ComposeFile.load().scaleOutEnvironment("app-1"), this.logs);
	}

	/**
	 * Broker credentials, from the test configuration only (none today: the project's broker allows
	 * anonymous clients). Once broker authentication is merged, test-support provides them.
	 */
	static Optional<String[]> ingestCredentials() {
		return credentials("ZAPLECZE_TEST_MQTT_INGEST_USERNAME", "ZAPLECZE_TEST_MQTT_INGEST_PASSWORD");
	}

	static Optional<String[]> deviceCredentials() {
		return credentials("ZAPLECZE_TEST_MQTT_DEVICE_USERNAME", "ZAPLECZE_TEST_MQTT_DEVICE_PASSWORD");
	}

	private static Optional<String[]> credentials(String user, String password) {
		String u = System.getenv(user);
		return (u == null || u.isBlank()) ? Optional.empty()
				: Optional.of(new String[] { u, java.util.Objects.requireNonNullElse(System.getenv(password), "") });
	}

	/**
	 * A copy of a database, taken while it refuses connections for a moment (its instance keeps
	 * running and reconnects): {@code CREATE DATABASE ... TEMPLATE} needs the source idle.
	 */
	static TestServices.Database copy(TestServices.Database source) throws SQLException {
		String name = source.name() + "_m";
		String admin = source.jdbcUrl().substring(0, source.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
		try (Connection c = DriverManager.getConnection(admin, source.username(), source.password());
				Statement st = c.createStatement()) {
			st.execute("ALTER DATABASE " + source.name() + " ALLOW_CONNECTIONS false");
			try {
				SQLException last = null;
				for (int attempt = 0; attempt < 20; attempt++) {
					st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + source.name()
							+ "' AND pid <> pg_backend_pid()");
					try {
						st.execute("CREATE DATABASE " + name + " TEMPLATE " + source.name());
						last = null;
						break;
					}
					catch (SQLException busy) {
						last = busy;
						AppJvm.sleep(200);
					}
				}
				if (last != null) {
					throw last;
				}
			}
			finally {
				st.execute("ALTER DATABASE " + source.name() + " ALLOW_CONNECTIONS true");
			}
		}
		return new TestServices.Database(source.jdbcUrl().substring(0, source.jdbcUrl().lastIndexOf('/') + 1) + name,
				source.username(), source.password(), name);
	}

	/**
	 * "The database restarted", for this run only: every backend of the run's database is terminated
	 * (the shared server keeps running for everybody else); the instances' pools reconnect.
	 */
	static int cutConnections(TestServices.Database db) throws SQLException {
		String admin = db.jdbcUrl().substring(0, db.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
		try (Connection c = DriverManager.getConnection(admin, db.username(), db.password());
				PreparedStatement ps = c.prepareStatement(
						"SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?) t")) {
			ps.setString(1, db.name());
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	static <T> T queryOne(TestServices.Database db, Class<T> type, String sql, Object... args) throws SQLException {
		try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
				PreparedStatement ps = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? rs.getObject(1, type) : null;
			}
		}
	}

	/** First column → second column, ordered by the first. */
	static Map<String, String> rows(TestServices.Database db, String sql) throws SQLException {
		Map<String, String> rows = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT * FROM (" + sql + ") q ORDER BY 1")) {
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getString(2));
			}
		}
		return rows;
	}

}
