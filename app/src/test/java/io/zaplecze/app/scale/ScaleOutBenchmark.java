package io.zaplecze.app.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import io.zaplecze.simulator.LoadConfig;
import io.zaplecze.simulator.LoadReport;
import io.zaplecze.simulator.Simulation;
import io.zaplecze.testsupport.TestServices;

/**
 * Scale-out figures (a program, not a test): failover time over several SIGKILLs of the ingest
 * owner under a steady load (nothing lost), and the ingest with two instances against one at the
 * same offered load, with CPU per stored message (instances, Mosquitto, this database's PostgreSQL
 * backends), read from {@code /proc}.
 *
 * <pre>
 * ./mvnw -B -o -pl app -am test-compile -q
 * java -cp "$(cat app/target/scale-out-classpath.txt)" io.zaplecze.app.scale.ScaleOutBenchmark --kills 5 --rate 2000
 * </pre>
 * (the class path file is written by {@code ./mvnw -pl app dependency:build-classpath
 * -Dmdep.outputFile=target/scale-out-classpath.txt} plus {@code app/target/test-classes:app/target/classes}).
 */
public final class ScaleOutBenchmark {

	private ScaleOutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int kills = intArg(args, "--kills", 5);
		int rate = intArg(args, "--rate", 2000);
		int devices = intArg(args, "--devices", 2000);
		int seconds = intArg(args, "--seconds", 30);
		int runs = intArg(args, "--runs", 2);
		Path work = Path.of("target", "scale-out-bench").toAbsolutePath();
		Files.createDirectories(work);
		try (OwnMosquitto broker = OwnMosquitto.start(work.resolve("mosquitto-" + System.currentTimeMillis()),
				ScaleOutRig.brokerPort() - 1)) {
			ScaleOutRig rig = new ScaleOutRig(broker.url(), work);
			if (kills > 0) {
				failover(rig, broker, kills, rate, devices);
			}
			if (runs > 0) {
				ingest(rig, broker, runs, rate, devices, seconds);
			}
		}
	}

	private static List<String> benchArgs() {
		return List.of("--spring.profiles.active=test", "--zaplecze.tracking.ingest.accept-unknown-vehicles=true",
				"--zaplecze.tracking.eta.enabled=false");
	}

	private static void failover(ScaleOutRig rig, OwnMosquitto broker, int kills, int rate, int devices) throws Exception {
		TestServices.Database db = TestServices.freshDatabase();
		// Three instances, so a killed one can restart in the background while two others remain.
		List<AppJvm> all = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			all.add(rig.instance(String.valueOf((char) ('a' + i)), 5 + i, db, "bench-failover", benchArgs()).start());
		}
		List<AppJvm> both = all;
		try {
			for (AppJvm i : all) {
				i.awaitUp(Duration.ofMinutes(12));
			}
			Duration length = Duration.ofSeconds(kills * 45L + 30);
			CompletableFuture<LoadReport> load = CompletableFuture.supplyAsync(
					() -> Simulation.load(loadConfig(broker.url(), "bench-failover", devices, rate, length)));
			List<Long> failovers = new ArrayList<>();
			List<CompletableFuture<Void>> restarts = new ArrayList<>();
			for (int k = 1; k <= kills; k++) {
				AppJvm.sleep(8_000);
				String owner = ScaleOutRig.queryOne(db, String.class,
						"SELECT owner FROM tracking.ingest_leases WHERE expires_at > clock_timestamp()");
				AppJvm victim = all.stream().filter(i -> owner != null && owner.startsWith(ScaleOutRig.clientId(i.name()) + "@"))
					.findFirst().orElseThrow();
				// Another instance must be up (not still restarting) to take over.
				while (all.stream().filter(i -> i != victim).noneMatch(ScaleOutBenchmark::up)) {
					AppJvm.sleep(500);
				}
				Instant killedAt = Instant.now();
				victim.kill();
				long millis = -1;
				long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (System.nanoTime() < deadline) {
					Timestamp first = ScaleOutRig.queryOne(db, Timestamp.class,
							"SELECT min(received_at) FROM tracking.positions WHERE received_at > ?", Timestamp.from(killedAt));
					if (first != null) {
						millis = Duration.between(killedAt, first.toInstant()).toMillis();
						break;
					}
					AppJvm.sleep(20);
				}
				failovers.add(millis);
				System.out.printf(Locale.ROOT, "kill %d: SIGKILL of %s -> processed again after %d ms%n", k, victim.name(), millis);
				victim.start();
				restarts.add(CompletableFuture.runAsync(() -> {
					try {
						victim.awaitUp(Duration.ofMinutes(12));
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}));
			}
			LoadReport report = load.get();
			long expected = report.acked();
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			long stored = 0;
			while (System.nanoTime() < deadline && (stored = positions(db)) < expected) {
				AppJvm.sleep(500);
			}
			List<Long> sorted = failovers.stream().sorted().toList();
			System.out.printf(Locale.ROOT, "failover over %d kills: median %d ms, max %d ms; acknowledged %d, stored %d, lost %d%n",
					kills, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), expected, stored, expected - stored);
		}
		finally {
			for (AppJvm i : both) {
				i.kill();
			}
		}
	}

	private static void ingest(ScaleOutRig rig, OwnMosquitto broker, int runs, int rate, int devices, int seconds)
			throws Exception {
		long mosquittoPid = pidOf("mosquitto", broker.url());
		for (int r = 1; r <= runs; r++) {
			final int run = r;
			for (final int n : new int[] { 1, 2 }) {
				TestServices.Database db = TestServices.freshDatabase();
				List<AppJvm> instances = new ArrayList<>();
				for (int i = 0; i < n; i++) {
					instances.add(rig.instance("i" + i, 7 + i, db, "bench-" + n + "-" + run, benchArgs()).start());
				}
				for (AppJvm i : instances) {
					i.awaitUp(Duration.ofMinutes(12));
				}
				Duration warmup = Duration.ofSeconds(10);
				CompletableFuture<LoadReport> load = CompletableFuture.supplyAsync(() -> Simulation
					.load(loadConfig(broker.url(), "bench-" + n + "-" + run, devices, rate, warmup.plusSeconds(seconds))));
				AppJvm.sleep(warmup.toMillis());
				long storedBefore = positions(db);
				double cpuBefore = cpu(instances, mosquittoPid, db);
				long t0 = System.nanoTime();
				AppJvm.sleep(seconds * 1000L);
				long storedAfter = positions(db);
				double cpuAfter = cpu(instances, mosquittoPid, db);
				double elapsed = (System.nanoTime() - t0) / 1e9;
				LoadReport report = load.get();
				long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
				while (System.nanoTime() < deadline && positions(db) < report.acked()) {
					AppJvm.sleep(500);
				}
				long stored = storedAfter - storedBefore;
				System.out.printf(Locale.ROOT,
						"run %d, %d instance(s): offered %d/s, stored %.0f/s, CPU %.1f us per stored message (instances + "
								+ "Mosquitto + PostgreSQL backends), %.2f cores; acknowledged %d, stored %d, lost %d; load avg %s%n",
						run, n, rate, stored / elapsed, (cpuAfter - cpuBefore) * 1e6 / Math.max(1, stored),
						(cpuAfter - cpuBefore) / elapsed, report.acked(), positions(db), report.acked() - positions(db),
						Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
				for (AppJvm i : instances) {
					i.stop();
				}
			}
		}
	}

	private static boolean up(AppJvm instance) {
		try {
			return instance.alive() && instance.status("/actuator/health") == 200;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static LoadConfig loadConfig(String broker, String run, int devices, int rate, Duration length) {
		String[] credentials = ScaleOutRig.deviceCredentials().orElse(new String[] { null, null });
		return new LoadConfig(broker, credentials[0], credentials[1], ScaleOutRig.topicRoot(run), "s17-load-" + run,
				"LOAD-" + run.hashCode() % 1000 + "-", devices, 2, rate, length, 0, Duration.ofSeconds(3), 0, 1,
				LoadConfig.Client.RAW, 52.2297, 21.0122, 15, 1, null, Duration.ZERO, null);
	}

	private static long positions(TestServices.Database db) throws SQLException {
		return ScaleOutRig.queryOne(db, Long.class, "SELECT count(*) FROM tracking.positions");
	}

	/** CPU seconds so far of the instances, the broker and the database's backends. */
	private static double cpu(List<AppJvm> instances, long mosquittoPid, TestServices.Database db) throws Exception {
		double total = 0;
		for (AppJvm i : instances) {
			total += cpuOf(i.pid());
		}
		total += cpuOf(mosquittoPid);
		for (String pid : ScaleOutRig.rows(db, "SELECT pid::text, pid::text FROM pg_stat_activity WHERE datname = current_database()")
			.keySet()) {
			total += cpuOf(Long.parseLong(pid));
		}
		return total;
	}

	private static double cpuOf(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

	private static long pidOf(String name, String url) {
		String port = url.substring(url.lastIndexOf(':') + 1);
		return ProcessHandle.allProcesses()
			.filter(p -> p.info().command().orElse("").endsWith(name)
					&& p.info().arguments().map(a -> String.join(" ", a)).orElse("").contains("mosquitto-"))
			.filter(p -> p.info().arguments().map(a -> String.join(" ", a)).orElse("").contains("bench"))
			.mapToLong(ProcessHandle::pid)
			.findFirst()
			.orElse(-1);
	}

	private static int intArg(String[] args, String name, int fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return Integer.parseInt(args[i + 1]);
			}
		}
		return fallback;
	}

}
