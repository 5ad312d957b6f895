package io.zaplecze.reporting.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import io.zaplecze.reporting.ReportingProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Today's figures per site as Prometheus gauges, refreshed every minute from the rollup:
 * {@code zaplecze.reporting.today.on.time.ratio}, {@code …first.attempt.success.ratio},
 * {@code …delivered}, {@code …failed}, {@code …open.alerts}.
 */
@Component
class ReportGauges {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ReportingProperties properties;

	private final MultiGauge onTime;

	private final MultiGauge firstAttempt;

	private final MultiGauge delivered;

	private final MultiGauge failed;

	private final MultiGauge openAlerts;

	ReportGauges(JdbcClient jdbc, Clock clock, ReportingProperties properties, ObjectProvider<MeterRegistry> meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		MeterRegistry registry = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
		this.onTime = MultiGauge.builder("zaplecze.reporting.today.on.time.ratio").description("Arrivals inside a window ÷ stop outcomes, today").register(registry);
		this.firstAttempt = MultiGauge.builder("zaplecze.reporting.today.first.attempt.success.ratio").register(registry);
		this.delivered = MultiGauge.builder("zaplecze.reporting.today.delivered").register(registry);
		this.failed = MultiGauge.builder("zaplecze.reporting.today.failed").register(registry);
		this.openAlerts = MultiGauge.builder("zaplecze.reporting.today.open.alerts").register(registry);
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT10S")
	void refresh() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
		record Day(String site, long attempts, long delivered, long failed, long onTime, long first, long firstDelivered) {
		}
		List<Day> days = this.jdbc.sql("""
				SELECT site, attempts, delivered, failed, on_time, first_attempts, first_attempts_delivered
				FROM reporting.delivery_day WHERE day = ?""")
			.param(today)
			.query((rs, n) -> new Day(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7)))
			.list();
		List<MultiGauge.Row<?>> onTimeRows = new ArrayList<>();
		List<MultiGauge.Row<?>> firstRows = new ArrayList<>();
		List<MultiGauge.Row<?>> deliveredRows = new ArrayList<>();
		List<MultiGauge.Row<?>> failedRows = new ArrayList<>();
		for (Day d : days) {
			Tags tags = Tags.of("site", d.site());
			onTimeRows.add(MultiGauge.Row.of(tags, (d.attempts() == 0) ? 0 : (double) d.onTime() / d.attempts()));
			firstRows.add(MultiGauge.Row.of(tags, (d.first() == 0) ? 0 : (double) d.firstDelivered() / d.first()));
			deliveredRows.add(MultiGauge.Row.of(tags, d.delivered()));
			failedRows.add(MultiGauge.Row.of(tags, d.failed()));
		}
		this.onTime.register(onTimeRows, true);
		this.firstAttempt.register(firstRows, true);
		this.delivered.register(deliveredRows, true);
		this.failed.register(failedRows, true);
		List<MultiGauge.Row<?>> alertRows = new ArrayList<>();
		this.jdbc.sql("""
				SELECT kind, count(*) FROM reporting.alert WHERE day = ? AND acknowledged_at IS NULL GROUP BY kind""")
			.param(today)
			.query((rs, n) -> alertRows.add(MultiGauge.Row.of(Tags.of("kind", rs.getString(1)), rs.getLong(2))))
			.list();
		this.openAlerts.register(alertRows, true);
	}

}
