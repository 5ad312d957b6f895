package io.zaplecze.tracking.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.ingest.IngestPipeline;
import io.zaplecze.tracking.ingest.IngestStats;
import io.zaplecze.tracking.testing.DevicePublisher;
import io.zaplecze.tracking.testing.Payloads;
import io.zaplecze.tracking.testing.PrivateMosquitto;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingest benchmark: N simulated devices (the simulator's load mode, in its own process) publish QoS 1
 * telemetry for a while through a private Mosquitto (the project's broker settings) into the tracking
 * module running in this JVM on a fresh PostGIS database. Prints the sustained stored rate,
 * publish→queryable latency (p50/p99, measured on a probe vehicle whose messages travel with the load
 * and are polled for in the database), sent vs stored counts and the CPU per message of each part.
 *
 * <pre>
 * ./mvnw -B -q -pl simulator -am install -DskipTests
 * ./mvnw -B -q -pl tracking test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.zaplecze.tracking.bench.IngestBenchmark \
 *   -Dexec.args="--devices 3000 --seconds 60 --warmup 10 --rate 30000 --connections 2"
 * </pre>
 *
 * {@code --rate 0} publishes as fast as the broker's in-flight windows allow (capacity);
 * {@code --client batching|plain} publishes through Paho instead of the raw publisher.
 */
public final class IngestBenchmark {

	private static final String ROOT = "bench/v1";

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> a = args(args);
		int devices = Integer.parseInt(a.getOrDefault("devices", "3000"));
		int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
		int rate = Integer.parseInt(a.getOrDefault("rate", "30000"));
		int connections = Integer.parseInt(a.getOrDefault("connections", "4"));
		int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));

		PrivateMosquitto broker = PrivateMosquitto.start();
		TestServices.Database db = TestServices.freshDatabase();
		Map<String, Object> props = BenchApplication.properties(db);
		props.put("zaplecze.tracking.mqtt.broker-url", broker.url());
		props.put("zaplecze.tracking.mqtt.topic-root", ROOT);
		props.put("zaplecze.tracking.mqtt.client-id", "bench-ingest");
		props.put("zaplecze.tracking.ingest.accept-unknown-vehicles", "true");
		a.forEach((k, v) -> {
			if (k.startsWith("zaplecze.") || k.startsWith("spring.")) {
				props.put(k, v);
			}
		});
		ConfigurableApplicationContext context = BenchApplication.start(props);
		IngestPipeline pipeline = context.getBean(IngestPipeline.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		Thread.sleep(2000);

		DevicePublisher probePublisher = new DevicePublisher(broker.url(), "bench-probe");
		System.out.printf(Locale.ROOT, "devices=%d connections=%d target rate=%s msg/s, %d s (+%d s warm-up)%n",
				devices, connections, (rate == 0) ? "max" : rate, seconds, warmup);

		Map<Long, Long> probeSent = new ConcurrentHashMap<>();
		long[] probeLatencies = new long[(seconds + warmup + 5) * 200];
		AtomicLong probeCount = new AtomicLong();
		AtomicLong sent = new AtomicLong();
		long start = System.nanoTime();
		long end = start + (long) (warmup + seconds) * 1_000_000_000L;
		long measureFrom = start + (long) warmup * 1_000_000_000L;
		Instant base = Instant.now().minusSeconds(3600);

		Process generator = startLoadGenerator(broker.url(), devices, connections, rate, warmup + seconds,
				a.getOrDefault("client", "raw"));
		Thread output = Thread.ofPlatform().name("generator-output").start(() -> relay(generator, sent));
		Thread probe = Thread.ofPlatform().name("probe").start(() -> probe(probePublisher, end, base, probeSent));
		Thread poller = Thread.ofPlatform().name("poller").start(() -> poll(jdbc, end, probeSent, probeLatencies,
				probeCount, measureFrom));

		long storedAtWarm = -1;
		MachineCpu machineAtWarm = null;
		long warmAt = 0;
		while (System.nanoTime() < end) {
			Thread.sleep(1000);
			IngestStats s = pipeline.stats();
			if (storedAtWarm < 0 && System.nanoTime() >= measureFrom) {
				storedAtWarm = s.stored();
				warmAt = System.nanoTime();
				machineAtWarm = MachineCpu.snapshot(generator.pid(), db.name());
			}
			System.out.printf(Locale.ROOT, "  t=%3ds acked by broker=%d received=%d stored=%d acked=%d queued=%d%n",
					(System.nanoTime() - start) / 1_000_000_000L, sent.get(), s.received(), s.stored(), s.acknowledged(),
					s.queued());
		}
		long storedAtEnd = pipeline.stats().stored();
		long endAt = System.nanoTime();
		MachineCpu machineAtEnd = MachineCpu.snapshot(generator.pid(), db.name());
		probe.join();
		if (generator.waitFor() != 0) {
			throw new IllegalStateException("the load generator failed (exit " + generator.exitValue() + ")");
		}
		output.join();
		probePublisher.awaitAcknowledged(java.time.Duration.ofSeconds(120));
		long totalSent = sent.get() + probeSent.size();
		long deadline = System.nanoTime() + 120_000_000_000L;
		long stored = 0;
		while (System.nanoTime() < deadline) {
			stored = count(jdbc);
			if (stored >= totalSent) {
				break;
			}
			Thread.sleep(500);
		}
		poller.join();
		IngestStats stats = pipeline.stats();
		double sustained = (storedAtEnd - storedAtWarm) / ((endAt - warmAt) / 1e9);
		long[] lat = Arrays.copyOf(probeLatencies, (int) Math.min(probeCount.get(), probeLatencies.length));
		Arrays.sort(lat);
		System.out.println("== tracking ingest benchmark ==");
		System.out.printf(Locale.ROOT, "sent (broker-acknowledged): %d   stored (rows): %d   lost: %d   duplicates absorbed: %d%n",
				totalSent, stored, totalSent - stored, stats.duplicates());
		System.out.printf(Locale.ROOT, "sustained stored rate: %.0f msg/s (over %d s after %d s warm-up)%n", sustained,
				seconds, warmup);
		System.out.printf(Locale.ROOT, "publish->queryable latency (probe, n=%d): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				lat.length, percentile(lat, 0.50), percentile(lat, 0.99), percentile(lat, 1.0));
		System.out.printf(Locale.ROOT, "machine load average %.1f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.println(MachineCpu.report(machineAtWarm, machineAtEnd, storedAtEnd - storedAtWarm, (endAt - warmAt) / 1e9));
		probePublisher.close();
		context.close();
		broker.close();
		System.exit(totalSent == stored ? 0 : 1);
	}

	/**
	 * The load runs in its own process: the simulator's load mode (its batching sockets are the
	 * cheapest publisher the project has), so the ingest JVM measures only the ingest.
	 */
	private static Process startLoadGenerator(String brokerUrl, int devices, int connections, int rate, int seconds,
			String client)
			throws java.io.IOException {
		java.nio.file.Path jar = simulatorJar();
		String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(javaBin, "-XX:+UseParallelGC", "-jar", jar.toString(), "load", "--broker", brokerUrl,
				"--topic-root", ROOT, "--devices", Integer.toString(devices), "--connections", Integer.toString(connections),
				"--rate", Integer.toString(rate), "--duration", seconds + "s", "--warmup", "0s", "--vehicle-prefix", "bench-",
				"--socket", client);
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static java.nio.file.Path simulatorJar() throws java.io.IOException {
		for (String dir : List.of("simulator/target", "../simulator/target")) {
			java.nio.file.Path target = java.nio.file.Path.of(dir);
			if (java.nio.file.Files.isDirectory(target)) {
				try (var jars = java.nio.file.Files.list(target)) {
					var found = jars.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst();
					if (found.isPresent()) {
						return found.get();
					}
				}
			}
		}
		throw new IllegalStateException(
				"simulator/target/simulator-*-exec.jar not found: build it first (./mvnw -B -q -pl simulator -am install -DskipTests)");
	}

	/** Echoes the generator's summary and keeps its acknowledged count ("acked N") current. */
	private static void relay(Process generator, AtomicLong acked) {
		java.util.regex.Pattern ackedPattern = java.util.regex.Pattern.compile("acked ([\\d,]+)");
		try (var reader = generator.inputReader()) {
			String line;
			while ((line = reader.readLine()) != null) {
				var m = ackedPattern.matcher(line);
				if (m.find()) {
					acked.set(Long.parseLong(m.group(1).replace(",", "")));
				}
				if (!line.startsWith("[")) {
					System.out.println("  generator: " + line);
				}
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void probe(DevicePublisher publisher, long end, Instant base, Map<Long, Long> sentAt) {
		long seq = 0;
		try {
			while (System.nanoTime() < end) {
				seq++;
				sentAt.put(seq, System.nanoTime());
				publisher.publish(Payloads.telemetryTopic(ROOT, "probe"), Payloads.telemetry("probe", seq,
						base.plusMillis(seq * 50), 52.25, 21.05).getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void poll(JdbcTemplate jdbc, long end, Map<Long, Long> sentAt, long[] latencies, AtomicLong count,
			long measureFrom) {
		long seen = 0;
		LocalDate day = LocalDate.now(ZoneOffset.UTC);
		while (System.nanoTime() < end + 5_000_000_000L) {
			List<Long> seqs = jdbc.queryForList("""
					SELECT seq FROM tracking.positions WHERE vehicle_id = 'probe' AND day BETWEEN ? AND ? AND seq > ?""",
					Long.class, day.minusDays(1), day.plusDays(1), seen);
			long now = System.nanoTime();
			for (long s : seqs) {
				Long at = sentAt.get(s);
				if (at != null && at >= measureFrom) {
					int i = (int) count.getAndIncrement();
					if (i < latencies.length) {
						latencies[i] = now - at;
					}
				}
				seen = Math.max(seen, s);
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static long count(JdbcTemplate jdbc) {
		Long n = jdbc.queryForObject("SELECT count(*) FROM tracking.positions", Long.class);
		return (n != null) ? n : 0;
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

	static Map<String, String> args(String[] args) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			map.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return map;
	}

}
