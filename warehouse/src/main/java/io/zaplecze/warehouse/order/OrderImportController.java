package io.zaplecze.warehouse.order;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.csv.CsvImportRejected;
import io.zaplecze.platform.csv.CsvImportReport;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse/imports")
@Tag(name = "Warehouse: imports", description = "Orders CSV import (text/csv, UTF-8, header row). All-or-nothing: a "
		+ "file with any bad row is rejected (422 import-rejected) with every row error {line, column, message}")
class OrderImportController {

	private final OrderImport imports;

	OrderImportController(OrderImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/orders", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Imports orders, one row per order line grouped by orderNumber. Columns: orderNumber, site, "
			+ "customerName, requestedDate, windows (HH:mm-HH:mm;…, the site's local time), priority, sku, quantity, "
			+ "lat+lon or street+houseNumber (+postcode, city; resolved against the map's OSM addresses), address. "
			+ "An existing order number with the same content is unchanged; with other content an error. dryRun=true validates only")
	CsvImportReport orders(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		return this.imports.importFile(csv, idempotencyKey, dryRun);
	}

	@ExceptionHandler(CsvImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(CsvImportRejected rejected) {
		return ResponseEntity.unprocessableContent().body(rejected.toProblem());
	}

}
