package io.zaplecze.tracking.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.bench.lookup.LookupLoadClient;
import io.zaplecze.tracking.shipment.ShipmentStatus;
import io.zaplecze.tracking.shipment.ShipmentTimeline;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public tracking lookup benchmark: the module serves {@code GET /api/v1/track/{code}} on loopback
 * and a separate load-generator JVM ({@link LookupLoadClient}: keep-alive HTTP/1.1 connections on one
 * NIO selector thread, closed loop) asks for random codes of seeded shipments as fast as they are
 * answered, so the server's CPU and the generator's are measured apart (and the rest of the machine,
 * from {@code /proc/stat}). Baselines in the same command, runs alternating: {@code mvc} the same
 * server through the dispatcher (the path before the fast-path filter), {@code db} a second server
 * with the answer cache off. Medians over {@code --runs} and the ratios are printed. The per-address
 * limit is raised (every request comes from 127.0.0.1); virtual threads and no open-in-view, as the
 * application runs ({@code --virtual-threads false}, {@code --prop.<key> <value>} to experiment).
 * Closed loop by default (capacity); {@code --rate R} offers R requests/s open loop instead (latency at
 * that load, counted from when each request was due).
 *
 * <pre>
 * ./mvnw -B -q -pl tracking test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.zaplecze.tracking.bench.TrackingLookupBenchmark \
 *   -Dexec.args="--shipments 2000 --concurrency 32 --seconds 30 --runs 3"
 * </pre>
 */
public final class TrackingLookupBenchmark {

	private TrackingLookupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> a = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int shipments = Integer.parseInt(a.getOrDefault("shipments", "2000"));
		int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "32"));
		int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
		int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
		int runs = Integer.parseInt(a.getOrDefault("runs", "3"));
		// --rate R: open loop at R requests/s (latency at that load); default closed loop (capacity)
		String rate = a.getOrDefault("rate", "0");
		String cacheTtl = a.getOrDefault("cache-ttl", "5s");
		// baselines in the same command: "mvc" = the same server through the dispatcher (a query string
		// makes the fast-path filter step aside), "db" = a second server with the answer cache off
		List<String> baselines = List.of(a.getOrDefault("baselines", "mvc,db").split(",")).stream()
			.filter(b -> !b.isBlank() && !b.equals("none"))
			.toList();
		String virtual = a.getOrDefault("virtual-threads", "true");

		TestServices.Database db = TestServices.freshDatabase();
		// --prop.<key> <value>: any further Spring property for both servers (for experiments)
		Map<String, Object> extra = new HashMap<>();
		a.forEach((k, v) -> {
			if (k.startsWith("prop.")) {
				extra.put(k.substring(5), v);
			}
		});
		Map<String, Target> targets = new LinkedHashMap<>();
		Server main = Server.start(db, cacheTtl, virtual, extra);
		targets.put("fast path", new Target(main, ""));
		for (String b : baselines) {
			switch (b) {
				case "mvc" -> targets.put("via MVC", new Target(main, "?via=mvc"));
				case "db" -> targets.put("no cache", new Target(Server.start(db, "0s", virtual, extra), ""));
				default -> throw new IllegalArgumentException("baseline " + b + ": mvc or db");
			}
		}
		Path codes = Files.createTempFile("lookup-codes", ".txt");
		codes.toFile().deleteOnExit();
		Files.write(codes, seed(main.context, shipments));
		System.out.printf(Locale.ROOT,
				"shipments=%d connections=%d rate=%s, %d runs of %d s (+%d s warm-up) each; cache-ttl=%s, baselines %s, virtual threads %s %s%n",
				shipments, concurrency, rate.equals("0") ? "closed loop" : rate + "/s open loop", runs, seconds, warmup, cacheTtl, baselines, virtual, extra);

		Map<String, List<Run>> results = new LinkedHashMap<>();
		for (int r = 1; r <= runs; r++) {
			for (Map.Entry<String, Target> t : targets.entrySet()) {
				Run run = measure(t.getValue().server.port, concurrency, warmup, seconds, codes, t.getValue().suffix, rate);
				results.computeIfAbsent(t.getKey(), k -> new ArrayList<>()).add(run);
				System.out.printf(Locale.ROOT, "run %d %-9s (ttl %s): %s%n", r, t.getKey(), t.getValue().server.cacheTtl, run);
			}
		}
		System.out.println("== tracking lookup benchmark: medians over " + runs + " runs ==");
		for (Map.Entry<String, List<Run>> e : results.entrySet()) {
			System.out.printf(Locale.ROOT, "%-9s (ttl %s): %s%n", e.getKey(), targets.get(e.getKey()).server.cacheTtl,
					Run.median(e.getValue()));
		}
		Run fast = Run.median(results.get("fast path"));
		for (String b : results.keySet()) {
			if (!b.equals("fast path")) {
				Run base = Run.median(results.get(b));
				System.out.printf(Locale.ROOT, "fast path vs %s: %.2f× the requests/s, %.2f× the server CPU per request%n", b,
						fast.perSecond / base.perSecond, fast.serverCpu / base.serverCpu);
			}
		}
		for (Target t : targets.values()) {
			t.server.context.close();
		}
		System.exit(0);
	}

	/** One measured window: the generator runs as a child JVM; CPU is read around its window. */
	private static Run measure(int port, int connections, int warmup, int seconds, Path codes, String suffix,
			String rate) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// exec:java loads this class in an isolated class loader: the generator is found through its
		// own code source (target/test-classes), it needs nothing but the JDK.
		String classes = new File(LookupLoadClient.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.getPath();
		Process child = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xms64m", "-Xmx256m", "-cp", classes,
				LookupLoadClient.class.getName(), "127.0.0.1", Integer.toString(port), Integer.toString(connections),
				Integer.toString(warmup), Integer.toString(seconds), codes.toString(), suffix, rate)
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		Cpu from = null;
		String result = null;
		for (String line; (line = out.readLine()) != null;) {
			if (line.equals("MEASURING")) {
				from = Cpu.snapshot(child);
			}
			else if (line.startsWith("RESULT ")) {
				result = line;
				break;
			}
		}
		Cpu to = Cpu.snapshot(child);
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		if (!child.waitFor(30, TimeUnit.SECONDS)) {
			child.destroyForcibly().waitFor();
		}
		if (from == null || result == null) {
			throw new IllegalStateException("the load generator ended without a result (exit " + child.exitValue() + ")");
		}
		Map<String, Long> f = new HashMap<>();
		for (String kv : result.substring(7).split(" ")) {
			String[] p = kv.split("=");
			f.put(p[0], Long.parseLong(p[1]));
		}
		long n = Math.max(1, f.get("count"));
		double wall = (to.wallNanos - from.wallNanos) / 1e9;
		return new Run(f.get("count") / (double) seconds, f.get("p50us") / 1e3, f.get("p90us") / 1e3, f.get("p99us") / 1e3,
				f.get("p999us") / 1e3,
				f.get("maxus") / 1e3, f.get("non200"), f.get("reconnects"), (to.server - from.server) / 1e3 / n,
				(to.generator - from.generator) / 1e3 / n, (to.postgres - from.postgres) / 1e3 / n,
				(to.machine - from.machine) / 1e3 / n,
				(to.machine - from.machine) / 1e9 / wall, load);
	}

	/** This JVM's CPU time (also used by {@code IngestBenchmark}). */
	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static List<String> seed(ConfigurableApplicationContext context, int shipments) {
		ShipmentTimeline timeline = context.getBean(ShipmentTimeline.class);
		TransactionTemplate tx = context.getBean(TransactionTemplate.class);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Instant now = Instant.now();
		tx.executeWithoutResult(status -> {
			for (int i = 0; i < shipments; i++) {
				UUID id = UUID.randomUUID();
				timeline.ensure(id, new ShipmentTimeline.Facts("ORD-" + i, "Customer " + i, new GeoPoint(52.2, 21.0), today));
				timeline.record(id, ShipmentStatus.ALLOCATED, now.minusSeconds(3600), "warehouse", null);
				timeline.record(id, ShipmentStatus.PLANNED, now.minusSeconds(1800), "routing", null);
				timeline.record(id, ShipmentStatus.OUT_FOR_DELIVERY, now.minusSeconds(600), "tracking", null);
			}
		});
		return context.getBean(JdbcTemplate.class).queryForList("SELECT tracking_code FROM tracking.shipments", String.class);
	}

	private record Target(Server server, String suffix) {
	}

	private record Server(ConfigurableApplicationContext context, int port, String cacheTtl) {

		static Server start(TestServices.Database db, String cacheTtl, String virtualThreads, Map<String, Object> extra) {
			Map<String, Object> props = BenchApplication.properties(db);
			props.put("zaplecze.tracking.mqtt.enabled", "false");
			props.put("zaplecze.tracking.lookup.requests-per-second", "1000000000");
			props.put("zaplecze.tracking.lookup.burst", "1000000000");
			props.put("zaplecze.tracking.lookup.cache-ttl", cacheTtl);
			props.put("spring.threads.virtual.enabled", virtualThreads);
			props.put("spring.jpa.open-in-view", "false"); // as the application runs
			props.putAll(extra);
			ConfigurableApplicationContext context = BenchApplication.start(props);
			return new Server(context, Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), cacheTtl);
		}

	}

	/**
	 * CPU nanoseconds so far: this JVM (the servers), the generator, PostgreSQL's processes and the
	 * whole machine (busy time); what is left is everyone else (on a shared machine, other benchmarks).
	 */
	private record Cpu(long server, long generator, long postgres, long machine, long wallNanos) {

		static Cpu snapshot(Process generator) {
			MachineCpu machine = MachineCpu.snapshot(generator.pid(), null);
			return new Cpu(cpuNanos(), machine.nanos(MachineCpu.GENERATOR), machine.nanos(MachineCpu.POSTGRES),
					machine.machineBusyNanos(), System.nanoTime());
		}

	}

	/** One window's figures; CPU in microseconds per answered request. */
	private record Run(double perSecond, double p50, double p90, double p99, double p999, double max, long non200, long reconnects,
			double serverCpu, double generatorCpu, double postgresCpu, double machineCpu, double busyCores,
			double loadAverage) {

		static Run median(List<Run> runs) {
			return new Run(med(runs, Run::perSecond), med(runs, Run::p50), med(runs, Run::p90), med(runs, Run::p99),
					med(runs, Run::p999), med(runs, Run::max),
					(long) med(runs, r -> r.non200), (long) med(runs, r -> r.reconnects), med(runs, Run::serverCpu),
					med(runs, Run::generatorCpu), med(runs, Run::postgresCpu), med(runs, Run::machineCpu), med(runs, Run::busyCores),
					med(runs, Run::loadAverage));
		}

		private static double med(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
			double[] v = runs.stream().mapToDouble(f).sorted().toArray();
			return (v.length % 2 == 1) ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
		}

		@Override
		public String toString() {
			double rest = this.machineCpu - this.serverCpu - this.generatorCpu - this.postgresCpu;
			return String.format(Locale.ROOT,
					"%,.0f req/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.1f ms, max %.1f ms, non-200 %d, reconnects %d | CPU per request: server JVM %.0f µs, generator %.0f µs, PostgreSQL %.0f µs, rest of machine %.0f µs (%.2f of %d cores busy) | load avg %.1f",
					this.perSecond, this.p50, this.p90, this.p99, this.p999, this.max, this.non200, this.reconnects, this.serverCpu,
					this.generatorCpu, this.postgresCpu, Math.max(0, rest), this.busyCores, Runtime.getRuntime().availableProcessors(),
					this.loadAverage);
		}

	}

}
