package io.zaplecze.reporting.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import com.zaxxer.hikari.HikariDataSource;
import tools.jackson.databind.json.JsonMapper;

import io.zaplecze.reporting.alert.Alerts;
import io.zaplecze.testsupport.TestServices;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 90-day delivery report over generated history (a program, not a test). A fresh database gets the
 * reporting schema; {@code days} × {@code perDay} delivery facts are generated in SQL (one site, 8 %
 * failed over five reasons, 85 % on time, lateness 1–60 min, 10 % re-delivery attempts) and rolled up
 * per day with the same sums the listener keeps. Then, {@code runs} times each: the report as the API
 * computes it ({@link Reports#delivery}, SQL aggregates over the rollup), and as a baseline the same
 * figures aggregated straight from the facts. Prints the medians, their ratio, and checks that both
 * agree.
 *
 * <pre>
 * ./mvnw -B -q -pl reporting test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.zaplecze.reporting.report.ReportBenchmark -Dexec.args="days=90 perDay=1000 runs=21"
 * </pre>
 */
public final class ReportBenchmark {

	private ReportBenchmark() {
	}

	public static void main(String[] args) {
		int days = 90;
		int perDay = 1000;
		int runs = 21;
		for (String arg : args) {
			String[] kv = arg.split("=", 2);
			switch (kv[0]) {
				case "days" -> days = Integer.parseInt(kv[1]);
				case "perDay" -> perDay = Integer.parseInt(kv[1]);
				case "runs" -> runs = Integer.parseInt(kv[1]);
				default -> throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		TestServices.Database db = TestServices.freshDatabase();
		// A pool, as in the application: connection set-up is not part of a report's cost.
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(db.jdbcUrl());
		ds.setUsername(db.username());
		ds.setPassword(db.password());
		ds.setMaximumPoolSize(2);
		Flyway.configure()
			.dataSource(ds)
			.schemas("reporting")
			.defaultSchema("reporting")
			.createSchemas(true)
			.locations("classpath:db/migration/reporting")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(ds);
		LocalDate to = LocalDate.of(2026, 11, 30);
		LocalDate from = to.minusDays(days - 1);
		long started = System.nanoTime();
		jdbc.sql("""
				INSERT INTO reporting.delivery_fact (stop_id, shipment_id, route_id, vehicle_id, site, day, first_attempt, delivered,
				  failure_reason, on_time, lateness_seconds, planned_service_s, actual_service_s, arrival_delta_s, outcome_at)
				SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'VAN-' || (i % 40), 'WAW1', d::date,
				       (i % 10) <> 0, (i % 25) >= 2, CASE WHEN (i % 25) < 2 THEN (ARRAY['CUSTOMER_ABSENT','REFUSED','DAMAGED',
				       'NO_ACCESS','ADDRESS_NOT_FOUND'])[1 + (i / 25) % 5] END, (i % 20) >= 3,
				       CASE WHEN (i % 20) < 3 THEN 60 + (i * 37) % 3540 ELSE 0 END, 180 + (i % 7) * 30, 150 + (i % 11) * 30,
				       (i * 13) % 1200 - 600, d + make_interval(secs => 28800 + i * 30)
				FROM generate_series(CAST(? AS date), CAST(? AS date), interval '1 day') AS d, generate_series(1, ?) AS i""")
			.params(from, to, perDay)
			.update();
		jdbc.sql("""
				INSERT INTO reporting.delivery_day (site, day, attempts, delivered, failed, on_time, late, lateness_seconds,
				  first_attempts, first_attempts_delivered, planned_service_seconds, actual_service_seconds, actual_service_stops,
				  arrival_abs_delta_s)
				SELECT site, day, count(*), count(*) FILTER (WHERE delivered), count(*) FILTER (WHERE NOT delivered),
				       count(*) FILTER (WHERE on_time), count(*) FILTER (WHERE NOT on_time), sum(lateness_seconds),
				       count(*) FILTER (WHERE first_attempt), count(*) FILTER (WHERE first_attempt AND delivered),
				       sum(planned_service_s) FILTER (WHERE actual_service_s IS NOT NULL), coalesce(sum(actual_service_s), 0),
				       count(actual_service_s), sum(abs(arrival_delta_s))
				FROM reporting.delivery_fact GROUP BY site, day""").update();
		jdbc.sql("""
				INSERT INTO reporting.delivery_failure_day (site, day, reason, failed)
				SELECT site, day, failure_reason, count(*) FROM reporting.delivery_fact WHERE NOT delivered GROUP BY 1, 2, 3""")
			.update();
		jdbc.sql("ANALYZE").update();
		System.out.printf(Locale.ROOT, "history: %d days x %d deliveries = %d facts, generated and rolled up in %.1f s%n", days,
				perDay, (long) days * perDay, (System.nanoTime() - started) / 1e9);

		Reports reports = new Reports(jdbc, new Alerts(jdbc, JsonMapper.builder().build(), Clock.systemUTC()));
		List<Double> rollup = new ArrayList<>();
		List<Double> facts = new ArrayList<>();
		DeliveryReport report = null;
		long[] baseline = null;
		for (int r = 0; r < runs; r++) {
			long t0 = System.nanoTime();
			report = reports.delivery("WAW1", from, to);
			rollup.add((System.nanoTime() - t0) / 1e6);
			long t1 = System.nanoTime();
			baseline = jdbc.sql("""
					SELECT count(*), count(*) FILTER (WHERE delivered), count(*) FILTER (WHERE on_time),
					       count(*) FILTER (WHERE first_attempt AND delivered), count(*) FILTER (WHERE first_attempt),
					       coalesce(sum(lateness_seconds), 0), count(*) FILTER (WHERE NOT on_time)
					FROM reporting.delivery_fact WHERE site = 'WAW1' AND day BETWEEN ? AND ?""")
				.params(from, to)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7) })
				.single();
			jdbc.sql("SELECT failure_reason, count(*) FROM reporting.delivery_fact WHERE site = 'WAW1' AND day BETWEEN ? AND ?"
					+ " AND NOT delivered GROUP BY 1").params(from, to).query().listOfRows();
			facts.add((System.nanoTime() - t1) / 1e6);
		}
		boolean agree = report.attempts() == baseline[0] && report.delivered() == baseline[1]
				&& Math.abs(report.onTimePercent() - Math.round(10_000.0 * baseline[2] / baseline[0]) / 100.0) < 1e-9;
		System.out.printf(Locale.ROOT, "report: %d attempts, on time %.2f %%, first attempt %.2f %%, failed %s%n",
				report.attempts(), report.onTimePercent(), report.firstAttemptSuccessPercent(), report.failedByReason());
		System.out.printf(Locale.ROOT, "%d-day report over the daily rollup (the API's path): median %.2f ms (min %.2f, max %.2f) over %d runs%n",
				days, median(rollup), Collections.min(rollup), Collections.max(rollup), runs);
		System.out.printf(Locale.ROOT, "baseline, same figures aggregated from the %d facts:  median %.2f ms (min %.2f, max %.2f)%n",
				(long) days * perDay, median(facts), Collections.min(facts), Collections.max(facts));
		System.out.printf(Locale.ROOT, "ratio facts / rollup: %.0fx; figures agree: %s%n", median(facts) / median(rollup), agree);
		System.out.printf(Locale.ROOT, "load average: %s%n", loadAverage());
		ds.close();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

}
