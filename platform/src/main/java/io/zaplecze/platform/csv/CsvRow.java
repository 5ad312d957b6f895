package io.zaplecze.platform.csv;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads one record's fields by column name and collects errors (line, column, message) instead of
 * failing on the first, so a rejected file lists everything that is wrong with it.
 */
public final class CsvRow {

	private final CsvTable table;

	private final CsvTable.Record record;

	private final List<CsvRowError> errors;

	private final int errorsBefore;

	public CsvRow(CsvTable table, CsvTable.Record record, List<CsvRowError> errors) {
		this.table = table;
		this.record = record;
		this.errors = errors;
		this.errorsBefore = errors.size();
		if (record.fields().size() != table.width()) {
			error("", "Expected " + table.width() + " fields as in the header, found " + record.fields().size());
		}
	}

	public int line() {
		return this.record.line();
	}

	/** Whether no error was recorded for this row so far. */
	public boolean ok() {
		return this.errors.size() == this.errorsBefore;
	}

	public void error(String column, String message) {
		this.errors.add(new CsvRowError(this.record.line(), column, message));
	}

	/** The stripped value, or null when blank or the column is absent. */
	public @Nullable String optional(String column) {
		return this.table.get(this.record, column);
	}

	/** The stripped value; an error (and null) when blank. */
	public @Nullable String required(String column) {
		String value = optional(column);
		if (value == null) {
			error(column, column + " is required");
		}
		return value;
	}

	/** A whole number; {@code fallback} when blank and not required. */
	public @Nullable Long integer(String column, boolean required, @Nullable Long fallback) {
		String value = required ? required(column) : optional(column);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			error(column, "Not a whole number: '" + value + "'");
			return fallback;
		}
	}

	/** A decimal number; null when blank. */
	public @Nullable Double decimal(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		try {
			double d = Double.parseDouble(value);
			if (!Double.isFinite(d)) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException ex) {
			error(column, "Not a decimal number (use '.' as the decimal point): '" + value + "'");
			return null;
		}
	}

	/** {@code true}/{@code false} (also {@code yes}/{@code no}, {@code 1}/{@code 0}); {@code fallback} when blank. */
	public boolean bool(String column, boolean fallback) {
		String value = optional(column);
		if (value == null) {
			return fallback;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> {
				error(column, "Not true or false: '" + value + "'");
				yield fallback;
			}
		};
	}

	/** An enum constant by name (case-insensitive); {@code fallback} when blank and not required. */
	public <E extends Enum<E>> @Nullable E option(String column, Class<E> type, boolean required, @Nullable E fallback) {
		String value = required ? required(column) : optional(column);
		if (value == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			error(column, "Not one of " + Arrays.toString(type.getEnumConstants()) + ": '" + value + "'");
			return fallback;
		}
	}

	/** A local time {@code HH:mm}; null when blank (an error too when required). */
	public @Nullable LocalTime time(String column, boolean required) {
		String value = required ? required(column) : optional(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			error(column, "Not a time (HH:mm): '" + value + "'");
			return null;
		}
	}

	/** A date {@code YYYY-MM-DD}; null when blank (an error too when required). */
	public @Nullable LocalDate date(String column, boolean required) {
		String value = required ? required(column) : optional(column);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			error(column, "Not a date (YYYY-MM-DD): '" + value + "'");
			return null;
		}
	}

}
