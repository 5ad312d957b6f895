package io.zaplecze.app.scale;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.simulator.DriveConfig;
import io.zaplecze.simulator.DriveReport;
import io.zaplecze.simulator.Faults;
import io.zaplecze.simulator.Simulation;
import io.zaplecze.testsupport.TestServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out for real (issue 17): application instances as separate JVMs on one PostgreSQL database
 * and one broker (a Mosquitto of this test's own, configured from the project's file). A seeded
 * demo day (more than 20 vans, high speed, duplicates and reordering) is driven twice over MQTT:
 * once into a single instance, once into two instances in scale-out mode while the ingest owner is
 * killed with SIGKILL, the broker is restarted, the killed instance is started again and every
 * database connection of the run is cut. Both runs start from the same database (a template copy
 * taken after the demo was seeded), so their outcomes must be equal: every message stored exactly
 * once, every stop's arrival, departure and outcome, every shipment's status and timeline. The
 * survivor's live feed must carry every vehicle, ETAs keep coming (gaps measured), both instances
 * answer the same, and a planning job whose instance is killed is finished by the other.
 */
class ScaleOutTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

	private static final Duration ETA_REFRESH = Duration.ofSeconds(3);

	private static final Path WORK = Path.of("target", "scale-out").toAbsolutePath();

	private static OwnMosquitto broker;

	private static final List<AppJvm> instances = new ArrayList<>();

	private static final List<String> summary = new ArrayList<>();

	@BeforeAll
	static void broker() throws IOException {
		// Three application JVMs and a broker of its own: minutes of wall time. It runs when asked for
		// (ZAPLECZE_SCALE_OUT_TESTS=1 or -Dzaplecze.scale-out-tests=true; tracking/README.md "Several
		// instances"), not in every build, until it has passed within the CI budget.
		Assumptions.assumeTrue("1".equals(System.getenv("ZAPLECZE_SCALE_OUT_TESTS"))
				|| Boolean.getBoolean("zaplecze.scale-out-tests"), "scale-out test not asked for (ZAPLECZE_SCALE_OUT_TESTS=1)");
		Assumptions.assumeTrue(OwnMosquitto.available(), "no /usr/sbin/mosquitto (./zaplecze services installs it)");
		Files.createDirectories(WORK);
		broker = OwnMosquitto.start(WORK.resolve("mosquitto-" + System.currentTimeMillis()), ScaleOutRig.brokerPort());
	}

	@AfterAll
	static void cleanUp() throws Exception {
		for (AppJvm instance : instances) {
			instance.kill();
		}
		if (broker != null) {
			broker.close();
		}
		if (!summary.isEmpty()) {
			Files.createDirectories(WORK);
			Files.write(WORK.resolve("summary.txt"), summary);
		}
	}

	@Test
	void twoInstancesThroughKillBrokerAndDatabaseFaultsEndAsOneInstanceDoes() throws Exception {
		long started = System.nanoTime();
		LocalDate day = LocalDate.now(ZONE);
		TestServices.Database base = TestServices.freshDatabase();
		ScaleOutRig rig = new ScaleOutRig(broker.url(), WORK);

		// 1. The seeded day, in a single instance (which stays for the single-instance run).
		AppJvm single = rig.instance("single", 0, base, "single", List.of("--spring.profiles.active=demo,test",
				"--zaplecze.warehouse.demo.orders=" + ScaleOutRig.ORDERS, "--zaplecze.warehouse.demo.history-orders=100",
				"--zaplecze.routing.planning.demo.vans=" + ScaleOutRig.VANS,
				"--zaplecze.routing.planning.demo.refrigerated-vans=" + ScaleOutRig.VANS,
				"--zaplecze.routing.planning.demo.time-limit=5s", "--zaplecze.routing.planning.balance-weight=1000"));
		instances.add(single.start());
		single.awaitUp(Duration.ofMinutes(15));
		awaitSeeded(single, day);
		spreadOverEveryVan(single, day);
		awaitQuiet(single, day);
		note("seeded (single instance up, plan over every van published) after %d s", seconds(started));
		assertThat(routeVehicles(base)).as("vehicles with a route").hasSizeGreaterThanOrEqualTo(20);

		// 2. Copy the seeded database for the multi-instance run, then start its two instances.
		TestServices.Database multi = ScaleOutRig.copy(base);
		AppJvm a = rig.instance("a", 1, multi, "multi", List.of("--spring.profiles.active=test"));
		AppJvm b = rig.instance("b", 2, multi, "multi", List.of("--spring.profiles.active=test"));
		instances.add(a.start());
		AppJvm.sleep(3000);
		instances.add(b.start());

		// 3. The single-instance run.
		DriveReport alone = drive(rig, single, day, "single");
		awaitStored(base, alone.messagesSent(), Duration.ofSeconds(120));
		awaitQuiet(single, day);
		Outcome expected = Outcome.of(base);
		note("single instance: %d messages, %d vehicles, %d stops driven, after %d s", alone.messagesSent(),
				alone.vehicles(), alone.stops(), seconds(started));
		single.stop();
		instances.remove(single);
		assertThat(alone.complete()).isTrue();
		assertThat(alone.vehicles()).isGreaterThanOrEqualTo(20);
		assertThat(expected.positions + expected.events).isEqualTo(alone.messagesSent());

		// 4. The multi-instance run, with faults.
		a.awaitUp(Duration.ofMinutes(15));
		b.awaitUp(Duration.ofMinutes(15));
		String firstOwner = leaseOwner(multi);
		AppJvm owner = firstOwner.startsWith(ScaleOutRig.clientId("a")) ? a : b;
		AppJvm survivor = (owner == a) ? b : a;
		note("multi: %s owns the ingest, %s follows, after %d s", owner.name(), survivor.name(), seconds(started));
		FeedRecorder survivorFeed = new FeedRecorder(survivor);
		AppJvm.sleep(1000);
		CompletableFuture<DriveReport> driving = CompletableFuture.supplyAsync(() -> drive(rig, survivor, day, "multi"));
		long total = alone.messagesSent();

		awaitProgress(multi, total * 3 / 10, driving);
		Instant killedAt = Instant.now();
		owner.kill();
		Duration failover = awaitProcessedAfter(multi, killedAt, Duration.ofSeconds(30));
		String newOwner = leaseOwner(multi);
		note("SIGKILL of %s at %d of %d messages: processed again by %s after %d ms", owner.name(), stored(multi), total,
				survivor.name(), failover.toMillis());
		assertThat(newOwner).startsWith(ScaleOutRig.clientId(survivor.name()));

		awaitProgress(multi, total * 55 / 100, driving);
		Instant brokerDownAt = Instant.now();
		broker.restart(Duration.ofSeconds(1));
		note("broker restarted at %d of %d messages", stored(multi), total);
		owner.start();

		awaitProgress(multi, total * 75 / 100, driving);
		Instant dbCutAt = Instant.now();
		int cut = ScaleOutRig.cutConnections(multi);
		note("database: %d connections of the run terminated at %d of %d messages", cut, stored(multi), total);

		DriveReport report = driving.get();
		assertThat(report.complete()).as("every publish acknowledged").isTrue();
		assertThat(report.messagesSent()).isEqualTo(total);
		awaitStored(multi, total, Duration.ofSeconds(120));
		owner.awaitUp(Duration.ofMinutes(15));
		awaitQuiet(survivor, day);
		Instant driveEnded = Instant.now();

		// 5. Same outcome as the single instance.
		Outcome actual = Outcome.of(multi);
		assertThat(actual.positions).as("positions stored once each").isEqualTo(expected.positions);
		assertThat(actual.events).as("device events stored once each").isEqualTo(expected.events);
		assertThat(actual.deadLetters).isZero();
		assertThat(actual.stops).as("every stop's arrival, departure and outcome").isEqualTo(expected.stops);
		assertThat(actual.shipments).as("every shipment's final status").isEqualTo(expected.shipments);
		assertThat(actual.timelines).as("every shipment's timeline").isEqualTo(expected.timelines);
		long arrived = expected.stops.values().stream().filter(s -> s.contains("arrived=2")).count();
		note("outcome equal: %d positions, %d events, %d stops (%d arrived), %d timelines", actual.positions, actual.events,
				actual.stops.size(), arrived, actual.timelines.size());

		// 6. The survivor's feed carried every vehicle; ETAs kept coming (apart from the fault windows).
		Set<String> vehicles = routeVehicles(multi);
		List<FeedRecorder.Event> feed = survivorFeed.events();
		Set<String> seen = feed.stream().filter(e -> e.type().equals("position")).map(FeedRecorder.Event::vehicleId)
			.collect(Collectors.toSet());
		assertThat(seen).as("vehicles on the survivor's feed").containsAll(vehicles);
		Gaps gaps = etaGaps(feed, killedAt.toEpochMilli(), failover.toMillis(),
				List.of(brokerDownAt.toEpochMilli(), dbCutAt.toEpochMilli()), driveEnded.toEpochMilli());
		note("ETA gaps per vehicle on the survivor's feed: longest %d ms outside the fault windows, %d ms across the "
				+ "failover, %d ms across the broker restart and the database cut (refresh interval %d ms)",
				gaps.steady, gaps.failover, gaps.otherFaults, ETA_REFRESH.toMillis());
		assertThat(gaps.steady).as("longest ETA gap outside the fault windows").isLessThanOrEqualTo(2 * ETA_REFRESH.toMillis());

		// 7. Both instances answer the same.
		assertThat(a.get("/api/v1/tracking/shipments?date=" + day)).isEqualTo(b.get("/api/v1/tracking/shipments?date=" + day));
		for (String code : trackingCodes(multi, 5)) {
			assertThat(a.get("/api/v1/track/" + code)).as("lookup %s", code).isEqualTo(b.get("/api/v1/track/" + code));
		}
		AppJvm.sleep(1500);
		assertThat(vehicleIds(a.get("/api/v1/tracking/vehicles"))).containsAll(vehicles)
			.isEqualTo(vehicleIds(b.get("/api/v1/tracking/vehicles")));

		// 8. A planning job whose instance dies is taken over and finishes.
		String job = a.post("/api/v1/routing/plans/jobs", "{\"date\":\"" + day + "\",\"timeLimitSeconds\":6}");
		String jobId = field(job, "jobId");
		long claimer = awaitClaimer(multi, jobId, 0, Duration.ofSeconds(60));
		AppJvm dying = (claimer == a.pid()) ? a : b;
		AppJvm other = (dying == a) ? b : a;
		dying.kill();
		long finisher = awaitClaimer(multi, jobId, claimer, Duration.ofSeconds(60));
		assertThat(finisher).as("the job's new claimer").isEqualTo(other.pid());
		String status = awaitJobDone(other, jobId, Duration.ofSeconds(90));
		assertThat(status).isEqualTo("SOLVED");
		note("planning job claimed by %s (killed), taken over and solved by %s", dying.name(), other.name());
		note("test took %d s", seconds(started));
		survivorFeed.close();
	}

	// --- the run -------------------------------------------------------------------------------------

	private static DriveReport drive(ScaleOutRig rig, AppJvm api, LocalDate day, String run) {
		DriveConfig.Builder config = DriveConfig.builder()
			.api(URI.create("http://127.0.0.1:" + api.port()), "driver", "test-secret")
			.date(day)
			.broker(rig.brokerUrl())
			.topicRoot(ScaleOutRig.topicRoot(run))
			.clientIdPrefix("s17-sim-" + run)
			.asFastAsPossible()
			.maxRate(ScaleOutRig.RATE)
			.telemetryInterval(Duration.ofSeconds(15))
			.drainTimeout(Duration.ofSeconds(90))
			.faults(Faults.none().withDuplicates(0.02).withReordering(0.02))
			.seed(17);
		ScaleOutRig.deviceCredentials().ifPresent(c -> config.brokerCredentials(c[0], c[1]));
		return Simulation.run(config.build());
	}

	private static void awaitSeeded(AppJvm instance, LocalDate day) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
		while (System.nanoTime() < deadline) {
			if (instance.status("/api/v1/routing/plans/published?date=" + day) == 200) {
				String shipments = instance.get("/api/v1/tracking/shipments?date=" + day);
				Map<String, Long> byStatus = statuses(shipments);
				long planned = byStatus.entrySet().stream().filter(e -> !e.getKey().equals("ALLOCATED") && !e.getKey().equals("CREATED"))
					.mapToLong(Map.Entry::getValue).sum();
				if (planned > 0 && byStatus.getOrDefault("LOADED", 0L) == planned) {
					return;
				}
			}
			AppJvm.sleep(1000);
		}
		throw new IllegalStateException("the demo day was not seeded and loaded in time");
	}

	/**
	 * The demo's planner fills few vans (fixed costs, reloading trips): the shipments are pinned round
	 * robin to every van of the fleet, the day planned again (pins are hard) and the plan published.
	 */
	private static void spreadOverEveryVan(AppJvm instance, LocalDate day) throws Exception {
		String planId = field(instance.get("/api/v1/routing/plans/published?date=" + day), "planId");
		Matcher ids = Pattern.compile("\"shipmentId\"\\s*:\\s*\"([0-9a-f-]{36})\"")
			.matcher(instance.get("/api/v1/tracking/shipments?date=" + day));
		int n = 0;
		while (ids.find()) {
			String van = String.format(java.util.Locale.ROOT, "VAN-%02d", n++ % ScaleOutRig.VANS + 1);
			instance.post("/api/v1/routing/plans/" + planId + "/pins",
					"{\"shipmentId\":\"" + ids.group(1) + "\",\"vehicleId\":\"" + van + "\"}");
		}
		String jobId = field(instance.post("/api/v1/routing/plans/jobs", "{\"date\":\"" + day + "\",\"timeLimitSeconds\":3}"),
				"jobId");
		assertThat(awaitJobDone(instance, jobId, Duration.ofMinutes(3))).isEqualTo("SOLVED");
		String job = instance.get("/api/v1/routing/plans/jobs/" + jobId);
		Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(job);
		assertThat(version.find()).isTrue();
		instance.post("/api/v1/routing/plans/" + field(job, "planId") + "/versions/" + version.group(1) + "/publish?force=true", "");
	}

	/** Waits until the shipment list stops changing (the last ETA refreshes and geofence departures). */
	private static void awaitQuiet(AppJvm instance, LocalDate day) throws Exception {
		String before = "";
		int unchanged = 0;
		for (int i = 0; i < 90 && unchanged < 3; i++) {
			String now = instance.get("/api/v1/tracking/shipments?date=" + day);
			unchanged = now.equals(before) ? unchanged + 1 : 0;
			before = now;
			AppJvm.sleep(2000);
		}
	}

	private static void awaitProgress(TestServices.Database db, long atLeast, CompletableFuture<DriveReport> driving)
			throws SQLException {
		while (stored(db) < atLeast && !driving.isDone()) {
			AppJvm.sleep(100);
		}
	}

	private static void awaitStored(TestServices.Database db, long expected, Duration timeout) throws SQLException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (stored(db) < expected && System.nanoTime() < deadline) {
			AppJvm.sleep(250);
		}
		assertThat(stored(db)).as("messages stored").isEqualTo(expected);
	}

	/** From a SIGKILL to the first message stored after it (by the instance that took over). */
	private static Duration awaitProcessedAfter(TestServices.Database db, Instant killedAt, Duration timeout)
			throws SQLException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Timestamp first = ScaleOutRig.queryOne(db, Timestamp.class,
					"SELECT min(received_at) FROM tracking.positions WHERE received_at > ?", Timestamp.from(killedAt));
			if (first != null) {
				return Duration.between(killedAt, first.toInstant());
			}
			AppJvm.sleep(50);
		}
		throw new AssertionError("nothing processed within " + timeout + " of the owner's SIGKILL");
	}

	static long stored(TestServices.Database db) throws SQLException {
		return ScaleOutRig.queryOne(db, Long.class,
				"SELECT (SELECT count(*) FROM tracking.positions) + (SELECT count(*) FROM tracking.device_events)");
	}

	private static String leaseOwner(TestServices.Database db) throws SQLException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			String owner = ScaleOutRig.queryOne(db, String.class,
					"SELECT owner FROM tracking.ingest_leases WHERE expires_at > clock_timestamp()");
			if (owner != null) {
				return owner;
			}
			AppJvm.sleep(100);
		}
		throw new AssertionError("no instance holds the ingest lease");
	}

	private static long awaitClaimer(TestServices.Database db, String jobId, long other, Duration timeout)
			throws SQLException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			String claimedBy = ScaleOutRig.queryOne(db, String.class,
					"SELECT claimed_by FROM routing.planning_job WHERE id = ?::uuid AND status = 'SOLVING'", jobId);
			if (claimedBy == null) {
				claimedBy = ScaleOutRig.queryOne(db, String.class,
						"SELECT claimed_by FROM routing.planning_job WHERE id = ?::uuid AND status = 'SOLVED'", jobId);
			}
			if (claimedBy != null) {
				long pid = Long.parseLong(claimedBy.substring(0, claimedBy.indexOf('@')));
				if (pid != other) {
					return pid;
				}
			}
			AppJvm.sleep(100);
		}
		throw new AssertionError("planning job " + jobId + " not claimed (again) within " + timeout);
	}

	private static String awaitJobDone(AppJvm instance, String jobId, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		String status = "";
		while (System.nanoTime() < deadline) {
			status = field(instance.get("/api/v1/routing/plans/jobs/" + jobId), "status");
			if (status.equals("SOLVED") || status.equals("FAILED")) {
				return status;
			}
			AppJvm.sleep(500);
		}
		return status;
	}

	// --- what the runs are compared on ------------------------------------------------------------

	/**
	 * What a run ends with, from its database. The time of ARRIVING is left out: it is when the route
	 * first moved on to the shipment's stop, by the device's event or by a geofence, whichever the ingest
	 * processed first, and that follows batch boundaries (a batch's events are applied before its
	 * fixes), which differ from run to run even without any fault. Every other step's time is compared.
	 */
	record Outcome(long positions, long events, long deadLetters, Map<String, String> stops, Map<String, String> shipments,
			Map<String, String> timelines) {

		static Outcome of(TestServices.Database db) throws SQLException {
			return new Outcome(ScaleOutRig.queryOne(db, Long.class, "SELECT count(*) FROM tracking.positions"),
					ScaleOutRig.queryOne(db, Long.class, "SELECT count(*) FROM tracking.device_events"),
					ScaleOutRig.queryOne(db, Long.class, "SELECT count(*) FROM tracking.dead_letters"),
					ScaleOutRig.rows(db, """
							SELECT stop_id::text, 'arrived=' || num_nonnulls(arrived_at, arrived_source) || ' ' || coalesce(arrived_at::text, '-')
							  || ' ' || coalesce(arrived_source, '-') || ' departed=' || coalesce(departed_at::text, '-') || ' '
							  || coalesce(departed_source, '-') || ' outcome=' || coalesce(outcome, '-') || ' ' || coalesce(outcome_at::text, '-')
							FROM tracking.stops"""),
					ScaleOutRig.rows(db, "SELECT shipment_id::text, status || ' ' || status_at::text FROM tracking.shipments"),
					ScaleOutRig.rows(db, """
							SELECT shipment_id::text, string_agg(status || '@'
							  || CASE WHEN status = 'ARRIVING' THEN 'its stop next' ELSE at::text END || '/' || source, ', ' ORDER BY status)
							FROM tracking.shipment_timeline GROUP BY shipment_id"""));
		}

	}

	private static Set<String> routeVehicles(TestServices.Database db) throws SQLException {
		return new HashSet<>(ScaleOutRig.rows(db, """
				SELECT DISTINCT r.vehicle_id, r.vehicle_id FROM tracking.routes r
				WHERE NOT r.superseded AND EXISTS (SELECT 1 FROM tracking.stops s WHERE s.route_id = r.route_id)""").keySet());
	}

	private static List<String> trackingCodes(TestServices.Database db, int n) throws SQLException {
		return new ArrayList<>(ScaleOutRig.rows(db,
				"SELECT tracking_code, tracking_code FROM tracking.shipments WHERE vehicle_id IS NOT NULL ORDER BY tracking_code LIMIT " + n)
			.keySet());
	}

	record Gaps(long steady, long failover, long otherFaults) {
	}

	/**
	 * The longest time a vehicle went without an {@code eta} event, between its first and last one:
	 * outside the fault windows, across the failover (from the kill to the first message processed
	 * after it plus two refresh intervals), and across the other faults.
	 */
	static Gaps etaGaps(List<FeedRecorder.Event> feed, long killedAt, long failoverMillis, List<Long> faults, long end) {
		long window = 2 * ETA_REFRESH.toMillis();
		Map<String, List<Long>> byVehicle = new TreeMap<>();
		for (FeedRecorder.Event e : feed) {
			if (e.type().equals("eta") && e.atMillis() <= end) {
				byVehicle.computeIfAbsent(e.vehicleId(), k -> new ArrayList<>()).add(e.atMillis());
			}
		}
		long steady = 0;
		long failover = 0;
		long other = 0;
		for (List<Long> times : byVehicle.values()) {
			times.sort(Comparator.naturalOrder());
			for (int i = 1; i < times.size(); i++) {
				long from = times.get(i - 1);
				long to = times.get(i);
				long gap = to - from;
				if (from <= killedAt + failoverMillis + window && to >= killedAt) {
					failover = Math.max(failover, gap);
				}
				else if (faults.stream().anyMatch(f -> from <= f + 3 * window && to >= f)) {
					other = Math.max(other, gap);
				}
				else {
					steady = Math.max(steady, gap);
				}
			}
		}
		return new Gaps(steady, failover, other);
	}

	private static Map<String, Long> statuses(String shipmentsJson) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Matcher m = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"").matcher(shipmentsJson);
		while (m.find()) {
			counts.merge(m.group(1), 1L, Long::sum);
		}
		return counts;
	}

	private static Set<String> vehicleIds(String json) {
		Set<String> ids = new HashSet<>();
		Matcher m = Pattern.compile("\"vehicleId\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException(name + " not in " + json);
		}
		return m.group(1);
	}

	private static long seconds(long since) {
		return Duration.ofNanos(System.nanoTime() - since).toSeconds();
	}

	private static void note(String format, Object... args) {
		String line = String.format(java.util.Locale.ROOT, format, args);
		System.out.println("[scale-out] " + line);
		summary.add(line);
	}

	static Connection connect(TestServices.Database db) throws SQLException {
		return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
	}

	static void execute(TestServices.Database db, String sql) throws SQLException {
		try (Connection c = connect(db); Statement st = c.createStatement()) {
			st.execute(sql);
		}
	}

	static List<String> column(ResultSet rs) throws SQLException {
		List<String> values = new ArrayList<>();
		while (rs.next()) {
			values.add(rs.getString(1));
		}
		return values;
	}

}
