package io.zaplecze.inventory.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.zaplecze.InventoryTestApplication;
import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.StockReconciliation;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.testsupport.TestServices;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reservation throughput: N concurrent clients reserve 1-5 units of random SKUs out of a set of hot
 * SKUs through the {@link StockManagement} facade (the code path the warehouse uses), on a fresh
 * PostgreSQL database. Each round runs for a fixed time; rounds alternate between the concurrent
 * run and a single-client baseline, so both see the same machine load. Prints per round and the
 * medians: reservations/s, p50/p99 latency, and the oversell check (units promised beyond stock,
 * which must be 0) plus the ledger reconciliation.
 *
 * <p>Arguments ({@code key=value}): clients (32), skus (100), rounds (5), seconds (8), warmup (5),
 * pool (database pool size, 16).
 */
public final class ReservationBenchmark {

	private ReservationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			for (String part : arg.split("\\s+")) {
				String[] kv = part.split("=", 2);
				if (kv.length == 2) {
					options.put(kv[0], kv[1]);
				}
			}
		}
		int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
		int skuCount = Integer.parseInt(options.getOrDefault("skus", "100"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "8"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
		int pool = Integer.parseInt(options.getOrDefault("pool", "16"));

		TestServices.Database db = TestServices.freshDatabase();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InventoryTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=" + db.username(),
					"spring.datasource.password=" + db.password(),
					"spring.datasource.hikari.maximum-pool-size=" + pool, "logging.level.root=WARN",
					"spring.main.banner-mode=off", "zaplecze.inventory.expiry.scan-cron=-")
			.run()) {
			StockManagement inventory = context.getBean(StockManagement.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<String> skus = seed(jdbc, inventory, skuCount);
			System.out.printf("Reservation benchmark: %d clients, %d hot SKUs, %d rounds x %d s (+%d s warm-up), "
					+ "pool %d, %d cores%n", clients, skuCount, rounds, seconds, warmup, pool,
					Runtime.getRuntime().availableProcessors());
			run(inventory, skus, clients, warmup);
			List<Result> concurrent = new ArrayList<>();
			List<Result> single = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				Result c = run(inventory, skus, clients, seconds);
				Result s = run(inventory, skus, 1, seconds);
				concurrent.add(c);
				single.add(s);
				System.out.printf("round %d: %2d clients %s | 1 client %s%n", round, clients, c, s);
			}
			double concurrentMedian = median(concurrent.stream().mapToDouble(Result::perSecond).toArray());
			double singleMedian = median(single.stream().mapToDouble(Result::perSecond).toArray());
			System.out.printf("median %d clients: %.0f reservations/s, p50 %.2f ms, p99 %.2f ms%n", clients,
					concurrentMedian, median(concurrent.stream().mapToDouble(Result::p50Millis).toArray()),
					median(concurrent.stream().mapToDouble(Result::p99Millis).toArray()));
			System.out.printf("median  1 client : %.0f reservations/s, p50 %.2f ms, p99 %.2f ms%n", singleMedian,
					median(single.stream().mapToDouble(Result::p50Millis).toArray()),
					median(single.stream().mapToDouble(Result::p99Millis).toArray()));
			System.out.printf("ratio %d clients / 1 client: %.2fx%n", clients, concurrentMedian / singleMedian);
			long oversold = jdbc.sql("""
					SELECT COALESCE(SUM(GREATEST(r.open - s.on_hand, 0)), 0) FROM inventory.stock s
					JOIN (SELECT lot_id, location_id, SUM(open_quantity) AS open FROM inventory.reservation_line
					      GROUP BY lot_id, location_id) r ON r.lot_id = s.lot_id AND r.location_id = s.location_id""")
				.query(Long.class)
				.single();
			long reservations = jdbc.sql("SELECT count(*) FROM inventory.reservation").query(Long.class).single();
			StockReconciliation books = inventory.reconciliation();
			System.out.printf("oversell: %d units over %d reservations; books consistent: %s%n", oversold,
					reservations, books.consistent());
		}
	}

	private static List<String> seed(JdbcClient jdbc, StockManagement inventory, int count) {
		List<String> skus = new ArrayList<>();
		RotationPolicy[] policies = RotationPolicy.values();
		LocalDate today = LocalDate.now();
		for (int i = 0; i < count; i++) {
			String sku = "HOT-%03d".formatted(i);
			ProductView product = new ProductView(sku, "Hot product " + i, "case", 5000, 8000,
					TemperatureClass.CHILLED, policies[i % policies.length], 3);
			jdbc.sql("""
					INSERT INTO inventory.product (sku, name, unit, weight_grams, volume_cm3, temperature_class,
					    rotation_policy, min_shelf_life_days, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), now())""")
				.params(product.sku(), product.name(), product.unit(), product.weightGrams(), product.volumeCm3(),
						product.temperatureClass().name(), product.rotationPolicy().name(), product.minShelfLifeDays())
				.update();
			for (int lot = 0; lot < 4; lot++) {
				for (int location = 0; location < 2; location++) {
					inventory.receive(new ReceiveStock(UUID.randomUUID().toString(), sku, "LOT-" + lot,
							today.plusDays(20 + 10L * lot), 1_000_000, "WAW1-B-%02d-%d".formatted(i % 40, location)));
				}
			}
			skus.add(sku);
		}
		return skus;
	}

	private record Result(long reservations, double seconds, double p50Millis, double p99Millis) {

		double perSecond() {
			return this.reservations / this.seconds;
		}

		@Override
		public String toString() {
			return "%6.0f/s p50 %5.2f ms p99 %6.2f ms".formatted(perSecond(), this.p50Millis, this.p99Millis);
		}

	}

	private static Result run(StockManagement inventory, List<String> skus, int clients, int seconds)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		AtomicLong done = new AtomicLong();
		LocalDate delivery = LocalDate.now().plusDays(1);
		List<Future<long[]>> futures = new ArrayList<>();
		long[] window = new long[2];
		for (int c = 0; c < clients; c++) {
			futures.add(threads.submit(() -> {
				long[] latencies = new long[1 << 16];
				int n = 0;
				ThreadLocalRandom random = ThreadLocalRandom.current();
				start.await();
				long end = window[1];
				while (System.nanoTime() < end) {
					String sku = skus.get(random.nextInt(skus.size()));
					long t0 = System.nanoTime();
					Allocation allocation = inventory.reserve(new ReserveStock(UUID.randomUUID().toString(),
							UUID.randomUUID(), "1", sku, 1 + random.nextInt(5), delivery));
					long t1 = System.nanoTime();
					if (allocation.allocated() == 0) {
						throw new IllegalStateException("Stock ran out: raise the seed quantities");
					}
					if (n == latencies.length) {
						latencies = Arrays.copyOf(latencies, n * 2);
					}
					latencies[n++] = t1 - t0;
				}
				done.addAndGet(n);
				return Arrays.copyOf(latencies, n);
			}));
		}
		window[0] = System.nanoTime();
		window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
		start.countDown();
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> future : futures) {
			all.add(future.get());
		}
		double elapsed = (System.nanoTime() - window[0]) / 1e9;
		threads.shutdown();
		long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(done.get(), elapsed, percentile(merged, 0.50) / 1e6, percentile(merged, 0.99) / 1e6);
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

}
