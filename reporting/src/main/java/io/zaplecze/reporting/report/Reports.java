package io.zaplecze.reporting.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.zaplecze.reporting.alert.Alerts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes reports with SQL aggregates over the daily rollups (never the facts, never rows in the JVM). */
@Service
public class Reports {

	/** The longest range one report may cover. */
	static final int MAX_DAYS = 366;

	private final JdbcClient jdbc;

	private final Alerts alerts;

	Reports(JdbcClient jdbc, Alerts alerts) {
		this.jdbc = jdbc;
		this.alerts = alerts;
	}

	@Transactional(readOnly = true)
	public DeliveryReport delivery(@Nullable String site, LocalDate from, LocalDate to) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new IllegalArgumentException("'to' must be on or after 'from' and the range at most " + MAX_DAYS + " days");
		}
		record Sums(long attempts, long delivered, long failed, long onTime, long late, long lateness, long firstAttempts,
				long firstDelivered, long planned, long actual, long serviceStops, long deviation) {
		}
		Sums s = this.jdbc.sql("""
				SELECT coalesce(sum(attempts), 0), coalesce(sum(delivered), 0), coalesce(sum(failed), 0), coalesce(sum(on_time), 0),
				       coalesce(sum(late), 0), coalesce(sum(lateness_seconds), 0), coalesce(sum(first_attempts), 0),
				       coalesce(sum(first_attempts_delivered), 0), coalesce(sum(planned_service_seconds), 0),
				       coalesce(sum(actual_service_seconds), 0), coalesce(sum(actual_service_stops), 0),
				       coalesce(sum(arrival_abs_delta_s), 0)
				FROM reporting.delivery_day WHERE day BETWEEN ? AND ? AND (CAST(? AS text) IS NULL OR site = ?)""")
			.params(from, to, site, site)
			.query((rs, n) -> new Sums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12)))
			.single();
		Map<String, Long> byReason = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT reason, sum(failed) FROM reporting.delivery_failure_day WHERE day BETWEEN ? AND ?
				  AND (CAST(? AS text) IS NULL OR site = ?) GROUP BY reason ORDER BY 2 DESC, 1""")
			.params(from, to, site, site)
			.query((rs, n) -> byReason.put(rs.getString(1), rs.getLong(2)))
			.list();
		return new DeliveryReport(site, from, to, s.attempts(), s.delivered(), s.failed(), percent(s.onTime(), s.attempts()),
				percent(s.firstDelivered(), s.firstAttempts()), byReason, minutes(s.lateness(), s.late()),
				minutes(s.planned(), s.serviceStops()), minutes(s.actual(), s.serviceStops()),
				minutes(s.deviation(), s.attempts()), byReason.getOrDefault("DAMAGED", 0L),
				this.alerts.countByKind(site, from, to));
	}

	/** The report as CSV: one {@code figure,value} row per figure (failed per reason as {@code failed.<REASON>}). */
	static String csv(DeliveryReport r) {
		StringBuilder out = new StringBuilder("figure,value\n");
		row(out, "site", (r.site() != null) ? r.site() : "ALL");
		row(out, "from", r.from());
		row(out, "to", r.to());
		row(out, "attempts", r.attempts());
		row(out, "delivered", r.delivered());
		row(out, "failed", r.failed());
		row(out, "onTimePercent", r.onTimePercent());
		row(out, "firstAttemptSuccessPercent", r.firstAttemptSuccessPercent());
		r.failedByReason().forEach((reason, n) -> row(out, "failed." + reason, n));
		row(out, "averageLatenessMinutes", r.averageLatenessMinutes());
		row(out, "plannedServiceMinutes", r.plannedServiceMinutes());
		row(out, "actualServiceMinutes", r.actualServiceMinutes());
		row(out, "meanAbsArrivalDeviationMinutes", r.meanAbsArrivalDeviationMinutes());
		row(out, "damaged", r.damaged());
		r.alerts().forEach((kind, n) -> row(out, "alerts." + kind, n));
		return out.toString();
	}

	private static void row(StringBuilder out, String figure, @Nullable Object value) {
		String text = (value == null) ? "" : (value instanceof Double d) ? String.format(Locale.ROOT, "%.2f", d) : value.toString();
		out.append(figure).append(',').append(text.contains(",") ? "\"" + text.replace("\"", "\"\"") + "\"" : text).append('\n');
	}

	private static @Nullable Double percent(long part, long whole) {
		return (whole == 0) ? null : Math.round(10_000.0 * part / whole) / 100.0;
	}

	private static @Nullable Double minutes(long seconds, long count) {
		return (count == 0) ? null : Math.round(100.0 * seconds / count / 60.0) / 100.0;
	}

}
