package io.zaplecze.reporting.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ProductPrices;
import io.zaplecze.inventory.StockFigures;
import io.zaplecze.reporting.ReportingProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The stock report: inventory's aggregates (facade) plus the fill rate and backorders of this read model. */
@Service
public class StockReports {

	private final StockFigures figures;

	private final ProductPrices prices;

	private final FillRates fill;

	private final JdbcClient jdbc;

	private final ReportingProperties properties;

	StockReports(StockFigures figures, ProductPrices prices, FillRates fill, JdbcClient jdbc, ReportingProperties properties) {
		this.figures = figures;
		this.prices = prices;
		this.fill = fill;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	public StockReport stock(String site, LocalDate from, LocalDate to, int expiringWithinDays) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= 366) {
			throw new IllegalArgumentException("'to' must be on or after 'from' and the range at most 366 days");
		}
		ZoneId zone = this.properties.zone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Instant now = Instant.now();
		List<StockFigures.StockValue> value = this.figures.stockValue(site, now);
		BigDecimal total = value.stream().map(StockFigures.StockValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		StockFigures.Movement cogs = this.figures.picked(site, start, end);
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		Double turns = (total.signum() == 0) ? null
				: round(cogs.value().doubleValue() / total.doubleValue() * 365.0 / days);
		Double cover = (cogs.value().signum() == 0) ? null : round(total.doubleValue() / (cogs.value().doubleValue() / days));
		long[] f = this.fill.sums(site, from, to);
		long[] b = this.jdbc.sql("""
				SELECT count(*), coalesce(sum(quantity), 0) FROM reporting.backorder
				WHERE delivery_date BETWEEN ? AND ? AND site = ?""")
			.params(from, to, site)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		StockFigures.CountAccuracy accuracy = this.figures.countAccuracy(site, start, end);
		return new StockReport(site, from, to, this.prices.currencyOf(site).orElse(null), value, total,
				this.figures.writeOffs(site, start, end), expiringWithinDays,
				this.figures.expiring(site, to.plusDays(expiringWithinDays)), cogs, turns, cover,
				this.figures.slowMovers(site, start, 50), percent(f[3], f[2]), percent(f[1], f[0]), b[0], b[1], accuracy,
				percent(accuracy.exactLines(), accuracy.lines()));
	}

	private static @Nullable Double percent(long part, long whole) {
		return (whole == 0) ? null : Math.round(10_000.0 * part / whole) / 100.0;
	}

	private static double round(double v) {
		return Math.round(v * 100.0) / 100.0;
	}

}
