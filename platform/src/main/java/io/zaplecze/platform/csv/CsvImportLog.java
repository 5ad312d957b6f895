package io.zaplecze.platform.csv;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.zaplecze.platform.DomainFailure;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The applied imports of one module, by idempotency key, in a table of the module's own schema with
 * columns {@code (idempotency_key, kind, digest, report jsonb, created_at)}: a retry with the same key
 * and the same bytes answers the first report; the same key with other bytes is a conflict.
 */
public final class CsvImportLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String table;

	public CsvImportLog(JdbcClient jdbc, JsonMapper json, String table) {
		if (!table.matches("[a-z_]+\\.[a-z_]+")) {
			throw new IllegalArgumentException("Not a schema-qualified table name: " + table);
		}
		this.jdbc = jdbc;
		this.json = json;
		this.table = table;
	}

	/** The first report of this key, if the key was used; a conflict if it was used for other bytes. */
	public Optional<CsvImportReport> replay(@Nullable String key, String kind, String digest) {
		if (key == null) {
			return Optional.empty();
		}
		if (key.isBlank() || key.length() > 128) {
			throw new IllegalArgumentException("An Idempotency-Key has 1 to 128 characters");
		}
		record Stored(String kind, String digest, String report) {
		}
		Optional<Stored> stored = this.jdbc
			.sql("SELECT kind, digest, report::text FROM " + this.table + " WHERE idempotency_key = ?")
			.param(key)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2).strip(), rs.getString(3)))
			.optional();
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		if (!stored.get().kind().equals(kind) || !stored.get().digest().equals(digest)) {
			throw new KeyReused(key);
		}
		return Optional.of(this.json.readValue(stored.get().report(), CsvImportReport.class).asReplay());
	}

	/** Remembers an applied import under its key (no-op without a key). */
	public void save(@Nullable String key, String kind, String digest, CsvImportReport report, Instant now) {
		if (key == null) {
			return;
		}
		this.jdbc
			.sql("INSERT INTO " + this.table
					+ " (idempotency_key, kind, digest, report, created_at) VALUES (?, ?, ?, CAST(? AS jsonb), ?)")
			.params(key, kind, digest, this.json.writeValueAsString(report), Timestamp.from(now))
			.update();
	}

	/** An idempotency key sent again with another file (HTTP 409 {@code idempotency-key-reused}). */
	public static final class KeyReused extends DomainFailure {

		KeyReused(String key) {
			super(Kind.CONFLICT, "Idempotency key " + key + " was used for another file");
		}

		@Override
		public String code() {
			return "idempotency-key-reused";
		}

	}

}
