package io.zaplecze.warehouse.layout;

import java.util.List;

/**
 * The outcome of a layout import.
 *
 * @param imported bins created (0 when any row was refused)
 * @param errors the refused rows, empty when all were imported
 */
public record LayoutImportReport(int imported, List<RowError> errors) {

	public LayoutImportReport {
		errors = List.copyOf(errors);
	}

	/**
	 * A refused row.
	 *
	 * @param row 1-based line number in the file (the header is row 1)
	 * @param message what is wrong with it
	 */
	public record RowError(int row, String message) {
	}

}
