package io.zaplecze.routing.fleet;

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
@RequestMapping("/api/v1/routing/imports")
@Tag(name = "Routing: imports", description = "Fleet CSV import (text/csv, UTF-8, header row). All-or-nothing: a "
		+ "file with any bad row is rejected (422 import-rejected) with every row error {line, column, message}")
class FleetImportController {

	private final FleetImport imports;

	FleetImportController(FleetImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/vehicles", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Imports vehicles, one row each, by code: new ones created, changed ones replaced, equal "
			+ "ones unchanged. Columns: code, profile, depot (site code) or depotLat+depotLon, shiftStart, shiftEnd, "
			+ "capacityGrams, capacityCm3, capacityPallets, refrigerated, breakStart, breakEnd, breakSeconds, "
			+ "maxRouteSeconds, costPerKmCents, costPerHourCents, fixedCostCents, fuelType, co2GramsPerKm, multiTrip, "
			+ "reloadSeconds, available. dryRun=true validates only")
	CsvImportReport vehicles(@RequestBody String csv, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		return this.imports.importFile(csv, idempotencyKey, dryRun);
	}

	@ExceptionHandler(CsvImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(CsvImportRejected rejected) {
		return ResponseEntity.unprocessableContent().body(rejected.toProblem());
	}

}
