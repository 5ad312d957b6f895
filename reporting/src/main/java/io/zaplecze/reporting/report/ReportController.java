package io.zaplecze.reporting.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;

@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting: reports", description = "Reports for a site and a date range (JSON, CSV) and the day's one-page "
		+ "report (JSON, print-friendly HTML); every figure is defined in the reporting README")
class ReportController {

	/** A site code as the warehouse names sites (it also becomes part of a download's file name). */
	private static final String SITE = "[A-Za-z0-9._-]{1,64}";

	private final Reports reports;

	ReportController(Reports reports) {
		this.reports = reports;
	}

	@GetMapping(path = "/reports/delivery", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Delivery report: on-time %, first-attempt success %, failed by reason, lateness, service time")
	DeliveryReport delivery(@RequestParam(required = false) @Nullable @Pattern(regexp = SITE) String site, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		return this.reports.delivery(site, from, to);
	}

	@GetMapping(path = "/reports/delivery.csv", produces = "text/csv")
	@Operation(summary = "The delivery report as CSV (figure,value)")
	ResponseEntity<String> deliveryCsv(@RequestParam(required = false) @Nullable @Pattern(regexp = SITE) String site, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		String name = "delivery-" + ((site != null) ? site : "all") + "-" + from + "-" + to + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(Reports.csv(this.reports.delivery(site, from, to)));
	}

	@GetMapping(path = "/day", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The day's one-page report (JSON)")
	DeliveryReport day(@RequestParam(required = false) @Nullable @Pattern(regexp = SITE) String site, @RequestParam LocalDate date) {
		return this.reports.delivery(site, date, date);
	}

	@GetMapping(path = "/day.html", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "The day's one-page report, print-friendly HTML (A4, no scripts)")
	String dayHtml(@RequestParam(required = false) @Nullable @Pattern(regexp = SITE) String site, @RequestParam LocalDate date) {
		DeliveryReport r = this.reports.delivery(site, date, date);
		StringBuilder html = new StringBuilder("""
				<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Zaplecze day report</title>
				<style>@page{size:A4;margin:15mm}body{font:11pt sans-serif;color:#000}h1{font-size:16pt}
				table{border-collapse:collapse;width:100%;margin-bottom:8mm}td,th{border:1px solid #999;padding:2mm 3mm;text-align:left}
				td.n{text-align:right}</style></head><body>""");
		html.append("<h1>Day report ").append(esc((site != null) ? site : "all sites")).append(", ").append(date).append("</h1>");
		html.append("<h2>Deliveries</h2><table>");
		tr(html, "Stop outcomes", r.attempts());
		tr(html, "Delivered", r.delivered());
		tr(html, "Failed", r.failed());
		tr(html, "On time (%)", r.onTimePercent());
		tr(html, "First-attempt success (%)", r.firstAttemptSuccessPercent());
		tr(html, "Average lateness of late stops (min)", r.averageLatenessMinutes());
		tr(html, "Service time planned / actual (min)", fmt(r.plannedServiceMinutes()) + " / " + fmt(r.actualServiceMinutes()));
		tr(html, "Mean |actual − planned arrival| (min)", r.meanAbsArrivalDeviationMinutes());
		tr(html, "Damaged (returned to quarantine, re-delivered)", r.damaged());
		html.append("</table><h2>Failed by reason</h2><table>");
		if (r.failedByReason().isEmpty()) {
			html.append("<tr><td>none</td></tr>");
		}
		for (Map.Entry<String, Long> e : r.failedByReason().entrySet()) {
			tr(html, e.getKey(), e.getValue());
		}
		html.append("</table><h2>Alerts raised</h2><table>");
		if (r.alerts().isEmpty()) {
			html.append("<tr><td>none</td></tr>");
		}
		for (Map.Entry<String, Integer> e : r.alerts().entrySet()) {
			tr(html, e.getKey(), e.getValue());
		}
		return html.append("</table></body></html>").toString();
	}

	private static void tr(StringBuilder html, String label, @Nullable Object value) {
		html.append("<tr><th>").append(esc(label)).append("</th><td class=\"n\">").append(esc(fmt(value))).append("</td></tr>");
	}

	private static String fmt(@Nullable Object value) {
		if (value == null) {
			return "–";
		}
		return (value instanceof Double d) ? String.format(Locale.ROOT, "%.1f", d) : value.toString();
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
