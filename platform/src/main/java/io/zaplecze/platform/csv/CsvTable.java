package io.zaplecze.platform.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes (a quote inside
 * quotes doubled), CRLF or LF line ends, a header row naming the columns (case-insensitive, in any
 * order). Blank lines are skipped. A record keeps the line number it started on for error reports.
 */
public final class CsvTable {

	private final List<String> header;

	private final Map<String, Integer> columns = new HashMap<>();

	private final List<Record> records;

	private CsvTable(List<String> header, List<Record> records) {
		this.header = header;
		for (int i = 0; i < header.size(); i++) {
			this.columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		this.records = records;
	}

	/**
	 * One data row.
	 *
	 * @param line the line number it starts on (the header is line 1)
	 * @param fields its fields
	 */
	public record Record(int line, List<String> fields) {
	}

	public static CsvTable parse(String text) {
		List<Record> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int line = 1;
		int rowStart = 1;
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					quoted = true;
					fieldStarted = true;
				}
				case ',' -> {
					fields.add(field.toString());
					field.setLength(0);
					fieldStarted = true;
				}
				case '\r' -> {
				}
				case '\n' -> {
					endRow(rows, fields, field, fieldStarted, rowStart);
					fields = new ArrayList<>();
					fieldStarted = false;
					line++;
					rowStart = line;
				}
				default -> {
					field.append(c);
					fieldStarted = true;
				}
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("Unterminated quoted field starting on line " + rowStart);
		}
		endRow(rows, fields, field, fieldStarted, rowStart);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("The file is empty: a header row is required");
		}
		return new CsvTable(rows.getFirst().fields(), rows.subList(1, rows.size()));
	}

	private static void endRow(List<Record> rows, List<String> fields, StringBuilder field, boolean fieldStarted,
			int line) {
		if (!fieldStarted && fields.isEmpty()) {
			return;
		}
		fields.add(field.toString());
		field.setLength(0);
		rows.add(new Record(line, List.copyOf(fields)));
	}

	public List<Record> records() {
		return this.records;
	}

	/** The header names missing from {@code required}. */
	public List<String> missing(List<String> required) {
		return required.stream().filter(name -> !this.columns.containsKey(name.toLowerCase(Locale.ROOT))).toList();
	}

	/** A record's field by column name, stripped; null when blank or absent. */
	public @Nullable String get(Record record, String column) {
		Integer index = this.columns.get(column.toLowerCase(Locale.ROOT));
		if (index == null || index >= record.fields().size()) {
			return null;
		}
		String value = record.fields().get(index).strip();
		return value.isEmpty() ? null : value;
	}

	/** The header names not among {@code allowed} (case-insensitive), in file order. */
	public List<String> unknown(List<String> allowed) {
		List<String> known = allowed.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
		return this.header.stream().filter(h -> !known.contains(h.strip().toLowerCase(Locale.ROOT))).toList();
	}

	/** Whether the header has this column (case-insensitive). */
	public boolean has(String column) {
		return this.columns.containsKey(column.toLowerCase(Locale.ROOT));
	}

	public int width() {
		return this.header.size();
	}

}
