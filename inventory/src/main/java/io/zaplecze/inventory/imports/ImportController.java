package io.zaplecze.inventory.imports;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.zaplecze.inventory.command.CommandRetry;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/imports")
@Tag(name = "Inventory: imports", description = "CSV imports (text/csv, UTF-8, header row). All-or-nothing: a file "
		+ "with any bad row is rejected (422) with every row error listed, and nothing is imported.")
class ImportController {

	private final Imports imports;

	private final CommandRetry retry;

	ImportController(Imports imports, CommandRetry retry) {
		this.imports = imports;
		this.retry = retry;
	}

	@PostMapping(path = "/products", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Imports products (created or updated). Columns: sku,name,unit,weightGrams,volumeCm3,"
			+ "temperatureClass,rotationPolicy,minShelfLifeDays")
	ResponseEntity<ImportReport> products(@RequestHeader("Idempotency-Key") String key, @RequestBody String csv) {
		return ok(this.retry.run(() -> this.imports.products(key, csv)));
	}

	@PostMapping(path = "/opening-stock", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "Imports opening stock as RECEIPT entries. Columns: sku,lotNumber,expiryDate (optional, "
			+ "YYYY-MM-DD),locationId,quantity")
	ResponseEntity<ImportReport> openingStock(@RequestHeader("Idempotency-Key") String key, @RequestBody String csv) {
		return ok(this.retry.run(() -> this.imports.openingStock(key, csv)));
	}

	private static ResponseEntity<ImportReport> ok(ImportReport report) {
		return ResponseEntity.ok(report);
	}

	@ExceptionHandler(ImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejected rejected) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, rejected.getMessage());
		problem.setType(URI.create("https://zaplecze.io/problems/" + rejected.code()));
		problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
		problem.setProperty("code", rejected.code());
		problem.setProperty("rows", rejected.report().rows());
		problem.setProperty("errors", rejected.report().errors());
		return ResponseEntity.unprocessableContent().body(problem);
	}

}
