package io.zaplecze.inventory.imports;

import io.zaplecze.inventory.InventoryFailure;

/** A CSV import with row errors: nothing was imported (422, the report lists every error). */
final class ImportRejected extends InventoryFailure {

	private final transient ImportReport report;

	ImportRejected(ImportReport report) {
		super(Kind.UNPROCESSABLE, report.errors().size() + " row error(s) in the " + report.kind()
				+ " file: nothing was imported");
		this.report = report;
	}

	ImportReport report() {
		return this.report;
	}

}
