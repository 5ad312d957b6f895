package io.zaplecze.platform.csv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reading a whole file: parse, check the header, bound the size; every failure is a rejection. */
public final class CsvFiles {

	private CsvFiles() {
	}

	/**
	 * Parses {@code text}, refusing (line 1 errors) a file that cannot be parsed, lacks a required
	 * column, has a column not in {@code allowed}, or has more than {@code maxRows} data rows.
	 */
	public static CsvTable read(String kind, String text, List<String> required, List<String> allowed, int maxRows) {
		CsvTable csv;
		try {
			csv = CsvTable.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new CsvImportRejected(kind, 0, List.of(new CsvRowError(1, "", ex.getMessage())));
		}
		List<CsvRowError> errors = new ArrayList<>();
		List<String> missing = csv.missing(required);
		if (!missing.isEmpty()) {
			errors.add(new CsvRowError(1, "", "Missing column(s) " + missing + "; required: " + required));
		}
		for (String unknown : csv.unknown(allowed)) {
			errors.add(new CsvRowError(1, unknown, "Unknown column '" + unknown + "'; the columns are " + allowed));
		}
		if (csv.records().size() > maxRows) {
			errors.add(new CsvRowError(1, "", "At most " + maxRows + " rows per file, found " + csv.records().size()));
		}
		if (!errors.isEmpty()) {
			throw new CsvImportRejected(kind, csv.records().size(), errors);
		}
		return csv;
	}

	/** The SHA-256 of the file's bytes, hex: what an idempotency key is bound to. */
	public static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
