package io.zaplecze.reporting.stock;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.StockFigures;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;

@RestController
@RequestMapping("/api/v1/reporting/reports")
@Tag(name = "Reporting: reports")
class StockReportController {

	/** A site code as the warehouse names sites (it also becomes part of a download's file name). */
	private static final String SITE = "[A-Za-z0-9._-]{1,64}";

	private final StockReports reports;

	StockReportController(StockReports reports) {
		this.reports = reports;
	}

	@GetMapping(path = "/stock", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Stock report: value by zone and temperature class, write-offs, expiring lots, turns, days of "
			+ "cover, slow movers, fill rate, backorders, count accuracy")
	StockReport stock(@RequestParam @Pattern(regexp = SITE) String site, @RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(defaultValue = "7") int expiringWithinDays) {
		return this.reports.stock(site, from, to, expiringWithinDays);
	}

	@GetMapping(path = "/stock.csv", produces = "text/csv")
	@Operation(summary = "The stock report's figures as CSV (section,key,units,value)")
	ResponseEntity<String> stockCsv(@RequestParam @Pattern(regexp = SITE) String site, @RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(defaultValue = "7") int expiringWithinDays) {
		StockReport r = this.reports.stock(site, from, to, expiringWithinDays);
		StringBuilder out = new StringBuilder("section,key,units,value\n");
		for (StockFigures.StockValue v : r.stockValue()) {
			row(out, "stockValue", v.zone() + "/" + v.temperatureClass(), v.units(), v.value());
		}
		row(out, "stockValue", "total", null, r.totalValue());
		for (StockFigures.Movement m : r.writeOffs()) {
			row(out, "writeOff", m.reason(), m.units(), m.value());
		}
		for (StockFigures.ExpiringLot l : r.expiring()) {
			row(out, "expiring", l.sku() + "/" + l.lotNumber() + "/" + l.expiryDate(), l.onHand(), l.value());
		}
		row(out, "cogs", "picked", r.cogs().units(), r.cogs().value());
		row(out, "figure", "annualisedTurns", null, r.annualisedTurns());
		row(out, "figure", "daysOfCover", null, r.daysOfCover());
		row(out, "figure", "unitFillRatePercent", null, r.unitFillRatePercent());
		row(out, "figure", "lineFillRatePercent", null, r.lineFillRatePercent());
		row(out, "figure", "backorders", r.backorders(), null);
		row(out, "figure", "backorderedUnits", r.backorderedUnits(), null);
		row(out, "figure", "countAccuracyPercent", null, r.countAccuracyPercent());
		for (StockFigures.SlowMover s : r.slowMovers()) {
			row(out, "slowMover", s.sku(), s.onHand(), s.value());
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"stock-" + site + "-" + from + "-" + to + ".csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(out.toString());
	}

	private static void row(StringBuilder out, String section, @Nullable String key, @Nullable Long units,
			@Nullable Object value) {
		String k = (key == null) ? "" : key;
		if (k.contains(",") || k.contains("\"")) {
			k = "\"" + k.replace("\"", "\"\"") + "\"";
		}
		out.append(section).append(',').append(k).append(',').append((units == null) ? "" : units).append(',')
			.append((value == null) ? "" : (value instanceof Double d) ? String.format(Locale.ROOT, "%.2f", d) : value)
			.append('\n');
	}

}
