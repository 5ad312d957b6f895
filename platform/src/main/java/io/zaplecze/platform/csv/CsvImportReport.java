package io.zaplecze.platform.csv;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a CSV import that was applied (or validated, in a dry run). Imports are
 * all-or-nothing: a file with any row error is rejected whole ({@link CsvImportRejected}).
 *
 * @param kind what was imported ({@code orders}, {@code vehicles})
 * @param rows data rows in the file
 * @param created entities created
 * @param updated entities changed
 * @param unchanged entities already present with the same content
 * @param imported whether the file was applied (false in a dry run)
 * @param dryRun whether this was only a validation
 * @param replayed whether this answers a retry with the same idempotency key
 * @param errors row errors (always empty in a report; a file with errors is rejected)
 * @param results one per entity, in file order
 */
public record CsvImportReport(String kind, int rows, int created, int updated, int unchanged, boolean imported,
		boolean dryRun, boolean replayed, List<CsvRowError> errors, List<Result> results) {

	public CsvImportReport {
		errors = List.copyOf(errors);
		results = List.copyOf(results);
	}

	/** The same report, marked as the replay of an earlier import. */
	public CsvImportReport asReplay() {
		return new CsvImportReport(this.kind, this.rows, this.created, this.updated, this.unchanged, this.imported,
				this.dryRun, true, this.errors, this.results);
	}

	/** What happened to an entity. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/**
	 * One imported entity.
	 *
	 * @param line its first row's line number
	 * @param key its natural key (order number, vehicle code)
	 * @param id its id, once stored (null in a dry run for a new entity)
	 * @param outcome what happened (in a dry run: what would happen)
	 * @param details kind-specific facts, e.g. the resolved location and its source
	 */
	public record Result(int line, String key, @Nullable String id, Outcome outcome, Map<String, Object> details) {

		public Result {
			details = Map.copyOf(details);
		}

	}

}
