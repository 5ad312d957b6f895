package io.zaplecze.inventory.imports;

import java.util.List;

/**
 * The outcome of a CSV import. Imports are all-or-nothing: with any row error nothing is imported
 * and every error is listed; otherwise every row is.
 *
 * @param kind {@code products} or {@code opening-stock}
 * @param rows data rows in the file
 * @param created products created, or stock rows received
 * @param updated products updated (0 for opening stock)
 * @param imported whether the file was applied
 * @param replayed whether this answers a retry of an import already applied with the same key
 * @param errors per-row errors (empty when imported)
 */
record ImportReport(String kind, int rows, int created, int updated, boolean imported, boolean replayed,
		List<RowError> errors) {

	ImportReport {
		errors = List.copyOf(errors);
	}

	/**
	 * A problem with one row.
	 *
	 * @param line the line number in the file (the header is line 1)
	 * @param column the offending column, if one
	 * @param message what is wrong
	 */
	record RowError(int line, String column, String message) {
	}

}
