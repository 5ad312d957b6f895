package io.zaplecze.simulator;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import io.zaplecze.simulator.plan.PublishedPlan;

/**
 * What a driving run does: which plan, which broker, how fast, how realistically, which
 * faults. Build one with {@link #builder()}; every field has a default.
 *
 * @param plan a plan given directly (tests), or null
 * @param planFile a plan JSON file, or null
 * @param api the application's base URL, used when neither a plan nor a file is given
 * @param username HTTP Basic user for the API
 * @param password HTTP Basic password
 * @param bearerToken a bearer token instead of Basic (JWT mode), or null
 * @param date the day whose published plan is fetched; null: today in {@code zone}
 * @param waitForPlan how long to retry while the day's plan is not published yet or the
 * API is down
 * @param planRetryInterval pause between those retries
 * @param brokerUrl MQTT broker, {@code tcp://host:port}
 * @param mqttUsername broker user, or null for anonymous
 * @param mqttPassword broker password, or null
 * @param topicRoot topics are {@code <topicRoot>/vehicles/{vehicleId}/telemetry|events}
 * @param clientIdPrefix MQTT client ids are {@code <prefix>-<vehicleId>-<random>}
 * @param maxInflight cap on each device's unacknowledged messages, below the broker's
 * Receive Maximum (0: the broker's)
 * @param speed simulated seconds per wall second (1 real time, 30 the demo); infinite: as
 * fast as the broker takes it
 * @param start when the simulated clock starts: {@code plan} (one minute before the first
 * departure), {@code now}, a clock time on the plan's day ({@code 07:30}) or an ISO
 * instant
 * @param telemetryInterval simulated time between telemetry fixes
 * @param vehicles only these vehicles (empty: all)
 * @param seed the random seed: the same seed and plan give the same day
 * @param firstSeq each device's first {@code seq}; null: derived from the wall clock
 * (seconds × 10⁶), so a re-run never reuses the dedup keys of an earlier one
 * @param zone the zone whose clock drives traffic hours, local times in faults, and the
 * default date
 * @param variation traffic, service and failure variation
 * @param faults faults to inject
 * @param maxRate the most publishes per wall second over all devices (0: no limit); keeps
 * a fast run from flooding a consumer
 * @param drainTimeout after the last step, how long to wait for outstanding
 * acknowledgements
 * @param progressInterval wall time between progress lines (zero: none)
 * @param out where progress and the summary go (null: nowhere)
 * @param provisionDevices each device gets its own broker account, provisioned through the API
 * ({@code POST /api/v1/tracking/devices}, which needs a DISPATCHER or ADMIN login) as a real device
 * would have one; the shared {@code mqttUsername} is then not used
 * @param deviceCredentials a properties file with each vehicle's own account
 * ({@code <vehicleId>.username/.clientId/.secret}), or null
 * @param trustCertificates for {@code ssl://} brokers: a PEM file of the certificates to trust, or
 * null for the JVM's trust store
 */
public record DriveConfig(PublishedPlan plan, Path planFile, URI api, String username, String password,
		String bearerToken, LocalDate date, Duration waitForPlan, Duration planRetryInterval, String brokerUrl,
		String mqttUsername, String mqttPassword, String topicRoot, String clientIdPrefix, int maxInflight,
		double speed, String start, Duration telemetryInterval, Set<String> vehicles, long seed, Long firstSeq,
		ZoneId zone, Variation variation, Faults faults, double maxRate, Duration drainTimeout,
		Duration progressInterval, PrintStream out, boolean provisionDevices, Path deviceCredentials,
		String trustCertificates) {

	public DriveConfig {
		vehicles = Set.copyOf(vehicles);
		if (!(speed > 0)) {
			throw new IllegalArgumentException("speed must be positive (or infinite for as fast as possible)");
		}
		if (telemetryInterval.isNegative() || telemetryInterval.isZero()) {
			throw new IllegalArgumentException("the telemetry interval must be positive");
		}
		if (maxRate < 0 || maxInflight < 0) {
			throw new IllegalArgumentException("maxRate and maxInflight must be >= 0");
		}
		if (topicRoot.isEmpty() || topicRoot.endsWith("/") || topicRoot.contains("+") || topicRoot.contains("#")) {
			throw new IllegalArgumentException("invalid topic root: '" + topicRoot + "'");
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a {@link DriveConfig}; starts from the defaults of the {@code drive}
	 * command.
	 */
	public static final class Builder {

		private PublishedPlan plan;

		private Path planFile;

		private URI api = URI.create("http://127.0.0.1:8080");

		private String username = "dispatcher";

		private String password = "dispatcher";

		private String bearerToken;

		private LocalDate date;

		private Duration waitForPlan = Duration.ZERO;

		private Duration planRetryInterval = Duration.ofSeconds(5);

		private String brokerUrl = "tcp://127.0.0.1:1884";

		private String mqttUsername;

		private String mqttPassword;

		private boolean provisionDevices;

		private Path deviceCredentials;

		private String trustCertificates;

		private String topicRoot = "zaplecze/v1";

		private String clientIdPrefix = "zaplecze-sim";

		private int maxInflight;

		private double speed = 1;

		private String start = "plan";

		private Duration telemetryInterval = Duration.ofSeconds(5);

		private Set<String> vehicles = Set.of();

		private long seed = 1;

		private Long firstSeq;

		private ZoneId zone = ZoneId.of("Europe/Warsaw");

		private Variation variation = Variation.realistic();

		private Faults faults = Faults.none();

		private double maxRate;

		private Duration drainTimeout = Duration.ofSeconds(30);

		private Duration progressInterval = Duration.ZERO;

		private PrintStream out;

		public Builder plan(PublishedPlan plan) {
			this.plan = plan;
			return this;
		}

		public Builder planFile(Path file) {
			this.planFile = file;
			return this;
		}

		/** Fetch the plan from this API with HTTP Basic credentials. */
		public Builder api(URI api, String username, String password) {
			this.api = api;
			this.username = username;
			this.password = password;
			return this;
		}

		public Builder bearerToken(String token) {
			this.bearerToken = token;
			return this;
		}

		public Builder date(LocalDate date) {
			this.date = date;
			return this;
		}

		public Builder waitForPlan(Duration waitFor, Duration retryInterval) {
			this.waitForPlan = waitFor;
			this.planRetryInterval = retryInterval;
			return this;
		}

		public Builder broker(String brokerUrl) {
			this.brokerUrl = brokerUrl;
			return this;
		}

		/** Each device provisions its own broker account through the API (needs a DISPATCHER or ADMIN login). */
		public Builder provisionDevices(boolean provision) {
			this.provisionDevices = provision;
			return this;
		}

		/** Each device's own broker account from a properties file. */
		public Builder deviceCredentials(Path file) {
			this.deviceCredentials = file;
			return this;
		}

		/** The PEM certificates an {@code ssl://} broker is trusted by. */
		public Builder trustCertificates(String pem) {
			this.trustCertificates = pem;
			return this;
		}

		public Builder brokerCredentials(String username, String password) {
			this.mqttUsername = username;
			this.mqttPassword = password;
			return this;
		}

		public Builder topicRoot(String topicRoot) {
			this.topicRoot = topicRoot;
			return this;
		}

		public Builder clientIdPrefix(String prefix) {
			this.clientIdPrefix = prefix;
			return this;
		}

		public Builder maxInflight(int maxInflight) {
			this.maxInflight = maxInflight;
			return this;
		}

		/** Simulated seconds per wall second. */
		public Builder speed(double speed) {
			this.speed = speed;
			return this;
		}

		/**
		 * No waiting at all: the simulated clock jumps to each next step (tests,
		 * end-to-end checks).
		 */
		public Builder asFastAsPossible() {
			this.speed = Double.POSITIVE_INFINITY;
			return this;
		}

		public Builder start(String start) {
			this.start = start;
			return this;
		}

		public Builder telemetryInterval(Duration interval) {
			this.telemetryInterval = interval;
			return this;
		}

		public Builder vehicles(Set<String> vehicles) {
			this.vehicles = vehicles;
			return this;
		}

		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		public Builder firstSeq(Long firstSeq) {
			this.firstSeq = firstSeq;
			return this;
		}

		public Builder zone(ZoneId zone) {
			this.zone = zone;
			return this;
		}

		public Builder variation(Variation variation) {
			this.variation = variation;
			return this;
		}

		public Builder faults(Faults faults) {
			this.faults = faults;
			return this;
		}

		public Builder maxRate(double messagesPerSecond) {
			this.maxRate = messagesPerSecond;
			return this;
		}

		public Builder drainTimeout(Duration timeout) {
			this.drainTimeout = timeout;
			return this;
		}

		/**
		 * Progress lines every {@code interval} (zero: none) and the summary to
		 * {@code out}.
		 */
		public Builder output(PrintStream out, Duration interval) {
			this.out = out;
			this.progressInterval = interval;
			return this;
		}

		public DriveConfig build() {
			return new DriveConfig(this.plan, this.planFile, this.api, this.username, this.password, this.bearerToken,
					this.date, this.waitForPlan, this.planRetryInterval, this.brokerUrl, this.mqttUsername,
					this.mqttPassword, this.topicRoot, this.clientIdPrefix, this.maxInflight, this.speed, this.start,
					this.telemetryInterval, this.vehicles, this.seed, this.firstSeq, this.zone, this.variation,
					this.faults, this.maxRate, this.drainTimeout, this.progressInterval, this.out, this.provisionDevices,
					this.deviceCredentials, this.trustCertificates);
		}

	}

}
