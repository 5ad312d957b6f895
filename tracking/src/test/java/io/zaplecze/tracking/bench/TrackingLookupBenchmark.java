package io.zaplecze.tracking.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.shipment.ShipmentStatus;
import io.zaplecze.tracking.shipment.ShipmentTimeline;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public tracking lookup benchmark: the module serves {@code GET /api/v1/track/{code}} on loopback;
 * virtual threads with the JDK HttpClient ask for random codes of seeded shipments as fast as they
 * are answered. Prints requests/s and latency percentiles. The per-address rate limit is raised for
 * the run (every request comes from 127.0.0.1); {@code --cache-ttl 0s} measures the database path.
 *
 * <pre>
 * ./mvnw -B -q -pl tracking test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.zaplecze.tracking.bench.TrackingLookupBenchmark \
 *   -Dexec.args="--shipments 2000 --concurrency 32 --seconds 30"
 * </pre>
 */
public final class TrackingLookupBenchmark {

	private TrackingLookupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> a = IngestBenchmark.args(args);
		int shipments = Integer.parseInt(a.getOrDefault("shipments", "2000"));
		int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "32"));
		int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
		int warmup = Integer.parseInt(a.getOrDefault("warmup", "5"));
		TestServices.Database db = TestServices.freshDatabase();
		Map<String, Object> props = BenchApplication.properties(db);
		props.put("zaplecze.tracking.mqtt.enabled", "false");
		props.put("zaplecze.tracking.lookup.requests-per-second", "1000000000");
		props.put("zaplecze.tracking.lookup.burst", "1000000000");
		props.put("zaplecze.tracking.lookup.cache-ttl", a.getOrDefault("cache-ttl", "5s"));
		ConfigurableApplicationContext context = BenchApplication.start(props);
		String port = context.getEnvironment().getProperty("local.server.port");
		List<String> codes = seed(context, shipments);
		System.out.printf(Locale.ROOT, "shipments=%d concurrency=%d cache-ttl=%s, %d s (+%d s warm-up)%n", shipments,
				concurrency, props.get("zaplecze.tracking.lookup.cache-ttl"), seconds, warmup);

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long start = System.nanoTime();
		long measureFrom = start + warmup * 1_000_000_000L;
		long end = measureFrom + seconds * 1_000_000_000L;
		long[][] latencies = new long[concurrency][];
		AtomicLong errors = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < concurrency; t++) {
			int me = t;
			threads.add(Thread.ofVirtual().start(() -> latencies[me] = client(http, port, codes, measureFrom, end, errors)));
		}
		Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
		long cpuFrom = cpuNanos();
		for (Thread t : threads) {
			t.join();
		}
		long cpu = cpuNanos() - cpuFrom;
		long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.println("== tracking lookup benchmark ==");
		System.out.printf(Locale.ROOT, "requests: %d in %d s = %.0f req/s, non-200: %d%n", all.length, seconds,
				all.length / (double) seconds, errors.get());
		System.out.printf(Locale.ROOT, "latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", percentile(all, 0.5),
				percentile(all, 0.99), percentile(all, 1.0));
		System.out.printf(Locale.ROOT,
				"JVM CPU (server and load generator together): %.0f µs per request; machine load average %.1f%n",
				cpu / 1e3 / Math.max(1, all.length), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		context.close();
		System.exit(0);
	}

	private static long[] client(HttpClient http, String port, List<String> codes, long measureFrom, long end,
			AtomicLong errors) {
		long[] out = new long[1 << 16];
		int n = 0;
		while (true) {
			long begin = System.nanoTime();
			if (begin >= end) {
				break;
			}
			String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/track/" + code))
				.GET().build();
			try {
				HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
				long took = System.nanoTime() - begin;
				if (response.statusCode() != 200) {
					errors.incrementAndGet();
				}
				if (begin >= measureFrom) {
					if (n == out.length) {
						out = Arrays.copyOf(out, n * 2);
					}
					out[n++] = took;
				}
			}
			catch (Exception ex) {
				errors.incrementAndGet();
			}
		}
		return Arrays.copyOf(out, n);
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

	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

}
