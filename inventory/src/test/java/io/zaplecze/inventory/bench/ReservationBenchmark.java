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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservation throughput: N concurrent clients reserve 1-5 units of random SKUs out of a set of hot
 * SKUs through the {@link StockManagement} facade (the code path the warehouse uses), on a fresh
 * PostgreSQL database. Each round runs for a fixed time; a round runs the concurrent reservations,
 * the floor (the smallest write transaction through the same stack, same clients) and a single
 * reservation client, so all three see the same machine load. Prints per round and the medians:
 * reservations/s, p50/p99 latency, CPU per reservation (this JVM + the database backends), the
 * ratios, and the oversell check (units promised beyond stock, which must be 0) plus the ledger
 * reconciliation.
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
		// e.g. "options=-c%20plan_cache_mode%3Dforce_generic_plan" to try server settings per connection
		String urlParameters = options.getOrDefault("url", "");

		TestServices.Database db = TestServices.freshDatabase();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(InventoryTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + db.jdbcUrl() + (urlParameters.isEmpty() ? "" : "?" + urlParameters), "spring.datasource.username=" + db.username(),
					"spring.datasource.password=" + db.password(),
					"spring.datasource.hikari.maximum-pool-size=" + pool, "logging.level.root=WARN",
					"spring.main.banner-mode=off", "zaplecze.inventory.expiry.scan-cron=-",
					"zaplecze.inventory.reservation-locking=" + options.getOrDefault("locking", "OPTIMISTIC"))
			.run()) {
			StockManagement inventory = context.getBean(StockManagement.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			List<String> skus = seed(jdbc, inventory, skuCount);
			TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
			jdbc.sql("CREATE TABLE public.bench_counter (k int PRIMARY KEY, n bigint NOT NULL) WITH (fillfactor = 70)")
				.update();
			jdbc.sql("INSERT INTO public.bench_counter SELECT g, 0 FROM generate_series(0, 99) g").update();
			jdbc.sql("CREATE TABLE public.bench_log (id bigserial PRIMARY KEY, k int NOT NULL)").update();
			System.out.printf("Reservation benchmark: %d clients, %d hot SKUs, %d rounds x %d s (+%d s warm-up), "
					+ "pool %d, %d cores%n", clients, skuCount, rounds, seconds, warmup, pool,
					Runtime.getRuntime().availableProcessors());
			run(inventory, jdbc, db.name(), skus, clients, warmup);
			floor(transactions, jdbc, db.name(), clients, Math.max(1, warmup / 2));
			List<Result> concurrent = new ArrayList<>();
			List<Result> single = new ArrayList<>();
			List<Result> floors = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				Result c = run(inventory, jdbc, db.name(), skus, clients, seconds);
				Result f = floor(transactions, jdbc, db.name(), clients, seconds);
				Result s = run(inventory, jdbc, db.name(), skus, 1, seconds);
				concurrent.add(c);
				floors.add(f);
				single.add(s);
				System.out.printf("round %d: reserve x%d %s | floor tx x%d %s | reserve x1 %s%n", round, clients, c,
						clients, f, s);
			}
			double concurrentMedian = median(concurrent.stream().mapToDouble(Result::perSecond).toArray());
			double singleMedian = median(single.stream().mapToDouble(Result::perSecond).toArray());
			System.out.printf("median %d clients: %.0f reservations/s, p50 %.2f ms, p99 %.2f ms%n", clients,
					concurrentMedian, median(concurrent.stream().mapToDouble(Result::p50Millis).toArray()),
					median(concurrent.stream().mapToDouble(Result::p99Millis).toArray()));
			System.out.printf("median  1 client : %.0f reservations/s, p50 %.2f ms, p99 %.2f ms%n", singleMedian,
					median(single.stream().mapToDouble(Result::p50Millis).toArray()),
					median(single.stream().mapToDouble(Result::p99Millis).toArray()));
			double floorMedian = median(floors.stream().mapToDouble(Result::perSecond).toArray());
			System.out.printf("median floor tx (%d clients): %.0f tx/s%n", clients, floorMedian);
			System.out.printf("ratio %d clients / 1 client: %.2fx; reservations / floor tx: %.2f%n", clients,
					concurrentMedian / singleMedian, concurrentMedian / floorMedian);
			double cpu = median(concurrent.stream().mapToDouble(Result::cpuPerReservation).toArray());
			int cores = Runtime.getRuntime().availableProcessors();
			System.out.printf("median CPU per reservation (JVM + PostgreSQL backends): %.3f ms -> CPU-bound capacity "
					+ "of %d idle cores: ~%.0f reservations/s%n", cpu, cores, cores * 1000 / cpu);
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

	private record Result(long reservations, double seconds, double p50Millis, double p99Millis, double jvmCpuMillis,
			double databaseCpuMillis) {

		double perSecond() {
			return this.reservations / this.seconds;
		}

		/** CPU time (this JVM + the database's backends) per reservation. */
		double cpuPerReservation() {
			return (this.jvmCpuMillis + this.databaseCpuMillis) / Math.max(1, this.reservations);
		}

		@Override
		public String toString() {
			return "%6.0f/s p50 %5.2f ms p99 %6.2f ms cpu %.3f ms/res (jvm %.3f)".formatted(perSecond(),
					this.p50Millis, this.p99Millis, cpuPerReservation(), this.jvmCpuMillis / Math.max(1, this.reservations));
		}

	}

	/**
	 * CPU time used so far by this JVM and by the PostgreSQL backends serving this benchmark's database
	 * (read from /proc, so only when the server runs on this machine; 0 for the backends otherwise). On a
	 * shared, busy machine throughput varies with the neighbours' load; CPU per reservation does not.
	 */
	private static double[] cpuMillis(JdbcClient jdbc, String database) {
		double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
		double backends = 0;
		for (Integer pid : jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = ?")
			.param(database)
			.query(Integer.class)
			.list()) {
			try {
				String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid.toString(), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				backends += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
			}
			catch (java.io.IOException | RuntimeException ex) {
				// not local, or the backend just ended: counted as 0
			}
		}
		return new double[] { jvm, backends };
	}

	/** One unit of work a client repeats. */
	private interface Work {

		void once(ThreadLocalRandom random);

	}

	private static Result run(StockManagement inventory, JdbcClient jdbc, String database, List<String> skus,
			int clients, int seconds) throws Exception {
		LocalDate delivery = LocalDate.now().plusDays(1);
		return run(jdbc, database, clients, seconds, random -> {
			Allocation allocation = inventory.reserve(new ReserveStock(UUID.randomUUID().toString(), UUID.randomUUID(),
					"1", skus.get(random.nextInt(skus.size())), 1 + random.nextInt(5), delivery));
			if (allocation.allocated() == 0) {
				throw new IllegalStateException("Stock ran out: raise the seed quantities");
			}
		});
	}

	/**
	 * The machine's floor: the smallest write transaction through the same stack (Spring transaction,
	 * Hikari, JDBC): bump one of 100 counters and append one row, then commit. Reservations cannot be
	 * faster than this; the ratio says how close they come.
	 */
	private static Result floor(TransactionTemplate transactions, JdbcClient jdbc, String database, int clients,
			int seconds) throws Exception {
		return run(jdbc, database, clients, seconds, random -> transactions.executeWithoutResult(tx -> {
			int k = random.nextInt(100);
			jdbc.sql("UPDATE public.bench_counter SET n = n + 1 WHERE k = ?").param(k).update();
			jdbc.sql("INSERT INTO public.bench_log (k) VALUES (?)").param(k).update();
		}));
	}

	private static Result run(JdbcClient jdbc, String database, int clients, int seconds, Work work)
			throws Exception {
		double[] cpuBefore = cpuMillis(jdbc, database);
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		AtomicLong done = new AtomicLong();
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
					long t0 = System.nanoTime();
					work.once(random);
					long t1 = System.nanoTime();
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
		double[] cpuAfter = cpuMillis(jdbc, database);
		return new Result(done.get(), elapsed, percentile(merged, 0.50) / 1e6, percentile(merged, 0.99) / 1e6,
				cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1]);
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
