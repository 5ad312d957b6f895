package io.zaplecze.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The real PostgreSQL/PostGIS server and MQTT broker that tests run against: containers where a
 * Docker engine exists, the machine's own services otherwise (settings from {@code ZAPLECZE_TEST_*}
 * environment variables, localhost defaults). Never an in-memory substitute.
 *
 * <p>The broker refuses anonymous clients (dynamic security): tests log in with the accounts
 * {@code scripts/services.sh} generated (its {@code var/mosquitto/credentials.env}, found from the
 * working directory upwards or named by {@code ZAPLECZE_TEST_MQTT_CREDENTIALS}), or with
 * {@code ZAPLECZE_TEST_MQTT_URL}, {@code _USERNAME}, {@code _PASSWORD}, {@code _ADMIN_USERNAME},
 * {@code _ADMIN_PASSWORD}, {@code _TLS_URL}, {@code _CA_FILE}; see {@link #mqtt()}.
 *
 * <p>Every caller of {@link #freshDatabase()} gets a new, empty database with PostGIS installed, so
 * test runs (and test runs of several modules at once) never see each other's data. Databases are
 * dropped when the JVM exits; leftovers of killed runs older than six hours are dropped on the next
 * run.
 */
public final class TestServices {

	private static final String PREFIX = "zt_";

	private static final Duration STALE_AFTER = Duration.ofHours(6);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static Server server;

	private static Mqtt mqtt;

	private static Boolean docker;

	private TestServices() {
	}

	/** Connection settings of one test database. */
	public record Database(String jdbcUrl, String username, String password, String name) {
	}

	private record Server(String host, int port, String username, String password) {

		String url(String database) {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
		}

	}

	/** Whether tests are running against containers (true) or the local services (false). */
	public static synchronized boolean dockerAvailable() {
		// Probed once per JVM: a failed probe is slow and logs a page of errors each time.
		if (docker == null) {
			try {
				docker = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				docker = false;
			}
		}
		return docker;
	}

	/** A new empty database with PostGIS, dropped when the JVM exits. */
	public static synchronized Database freshDatabase() {
		Server s = server();
		String name = PREFIX + Instant.now().getEpochSecond() + "_" + ProcessHandle.current().pid() + "_"
				+ uniqueSuffix();
		try (Connection admin = DriverManager.getConnection(s.url("postgres"), s.username(), s.password());
				Statement st = admin.createStatement()) {
			dropStale(st);
			st.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create a test database on " + s.url("postgres")
					+ ". Is PostgreSQL running? (./zaplecze services)", ex);
		}
		try (Connection db = DriverManager.getConnection(s.url(name), s.username(), s.password());
				Statement st = db.createStatement()) {
			st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot install PostGIS in the test database; install the package "
					+ "postgresql-15-postgis-3 (./zaplecze services does it)", ex);
		}
		return new Database(s.url(name), s.username(), s.password(), name);
	}

	/** The MQTT broker's URL, e.g. {@code tcp://127.0.0.1:1884}. */
	public static String mqttBrokerUrl() {
		return mqtt().url();
	}

	/**
	 * The broker tests run against and the accounts they log in with.
	 *
	 * @param url plain MQTT URL
	 * @param username the test account (may publish and subscribe for any vehicle under any topic
	 * root: what tests and benchmarks that play many devices need)
	 * @param password its password
	 * @param adminUsername the dynamic-security admin (provisions devices through
	 * {@code $CONTROL/dynamic-security/v1})
	 * @param adminPassword its password
	 * @param tlsUrl the TLS listener's URL, empty if there is none
	 * @param caFile PEM certificate(s) the TLS listener is trusted by, empty if there is none
	 * @param ingestUsername the production ingest account (topic root {@code zaplecze/v1}), empty if unknown
	 * @param ingestPassword its password
	 */
	public record Mqtt(String url, String username, String password, String adminUsername, String adminPassword,
			String tlsUrl, String caFile, String ingestUsername, String ingestPassword) {

		/** Paho connection options logged in as the test account. */
		public org.eclipse.paho.mqttv5.client.MqttConnectionOptions options() {
			org.eclipse.paho.mqttv5.client.MqttConnectionOptions options = new org.eclipse.paho.mqttv5.client.MqttConnectionOptions();
			options.setUserName(this.username);
			options.setPassword(this.password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return options;
		}

	}

	/** The broker and its accounts (see the class comment for where they come from). */
	public static synchronized Mqtt mqtt() {
		if (mqtt == null) {
			mqtt = (dockerAvailable() && System.getenv("ZAPLECZE_TEST_MQTT_URL") == null) ? MosquittoContainer.start()
					: localMqtt();
		}
		return mqtt;
	}

	private static Mqtt localMqtt() {
		Properties file = new Properties();
		Path credentials = credentialsFile();
		if (credentials != null) {
			try (Reader reader = Files.newBufferedReader(credentials)) {
				file.load(reader);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read the broker's credentials " + credentials
						+ " (written by ./zaplecze services; tests read it as its owner)", ex);
			}
		}
		String url = env("ZAPLECZE_TEST_MQTT_URL", file.getProperty("ZAPLECZE_TRACKING_MQTT_BROKER_URL", ""));
		String username = env("ZAPLECZE_TEST_MQTT_USERNAME", file.getProperty("ZAPLECZE_MQTT_BENCH_USERNAME", ""));
		if (url.isEmpty() || username.isEmpty()) {
			throw new IllegalStateException("No MQTT broker for the tests: the project's broker refuses anonymous "
					+ "clients and " + ((credentials == null) ? "no var/mosquitto/credentials.env was found"
							: credentials + " has no test account")
					+ ". Run 'ZAPLECZE_MQTT_BENCH_ACCOUNT=1 ./zaplecze services' (./zaplecze test does it), or set "
					+ "ZAPLECZE_TEST_MQTT_URL, ZAPLECZE_TEST_MQTT_USERNAME and ZAPLECZE_TEST_MQTT_PASSWORD");
		}
		return new Mqtt(url, username, env("ZAPLECZE_TEST_MQTT_PASSWORD", file.getProperty("ZAPLECZE_MQTT_BENCH_PASSWORD", "")),
				env("ZAPLECZE_TEST_MQTT_ADMIN_USERNAME", file.getProperty("ZAPLECZE_TRACKING_DEVICES_ADMIN_USERNAME", "")),
				env("ZAPLECZE_TEST_MQTT_ADMIN_PASSWORD", file.getProperty("ZAPLECZE_TRACKING_DEVICES_ADMIN_PASSWORD", "")),
				env("ZAPLECZE_TEST_MQTT_TLS_URL", file.getProperty("ZAPLECZE_MQTT_TLS_URL", "")),
				env("ZAPLECZE_TEST_MQTT_CA_FILE", file.getProperty("ZAPLECZE_TRACKING_MQTT_TRUST_CERTIFICATES", "")),
				file.getProperty("ZAPLECZE_TRACKING_MQTT_USERNAME", ""), file.getProperty("ZAPLECZE_TRACKING_MQTT_PASSWORD", ""));
	}

	private static Path credentialsFile() {
		String named = System.getenv("ZAPLECZE_TEST_MQTT_CREDENTIALS");
		if (named != null && !named.isBlank()) {
			return Path.of(named.trim());
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("var/mosquitto/credentials.env");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("test-support"))) {
				return null;
			}
		}
		return null;
	}

	private static Server server() {
		if (server == null) {
			if (dockerAvailable()) {
				PostgreSQLContainer postgres = new PostgreSQLContainer(
						DockerImageName.parse("postgis/postgis:16-3.4").asCompatibleSubstituteFor("postgres"));
				postgres.start();
				server = new Server(postgres.getHost(), postgres.getMappedPort(5432), postgres.getUsername(),
						postgres.getPassword());
			}
			else {
				server = new Server(env("ZAPLECZE_TEST_PG_HOST", "127.0.0.1"),
						Integer.parseInt(env("ZAPLECZE_TEST_PG_PORT", "5432")), env("ZAPLECZE_TEST_PG_USER", "postgres"),
						env("ZAPLECZE_TEST_PG_PASSWORD", ""));
			}
		}
		return server;
	}

	private static void dropStale(Statement st) throws SQLException {
		long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
		List<String> stale = new ArrayList<>();
		try (ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'zt\\_%'")) {
			while (rs.next()) {
				String name = rs.getString(1);
				String[] parts = name.split("_");
				if (parts.length == 4 && isNumber(parts[1]) && isNumber(parts[2])
						&& (Long.parseLong(parts[1]) < cutoff || !processAlive(Long.parseLong(parts[2])))) {
					stale.add(name);
				}
			}
		}
		for (String name : stale) {
			st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
	}

	private static boolean processAlive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	/** A short random token for names that must not collide between concurrent test runs. */
	public static String uniqueSuffix() {
		return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT);
	}

}
