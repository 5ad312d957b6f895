package io.zaplecze.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail: who did what, when, to which subject. A module calls {@link #record} inside the
 * transaction of its use case, so the entry commits or rolls back with the change it describes; the
 * actor comes from the {@link AuditActor} (the authenticated user in the application). Entries are
 * append-only, in the {@code audit} schema, and read by administrators through
 * {@code GET /api/v1/audit}.
 */
public class AuditTrail {

	private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*");

	private static final int MAX_NAME = 200;

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final AuditActor actor;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	public AuditTrail(JdbcClient jdbc, AuditActor actor, Clock clock) {
		this.jdbc = jdbc;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * Records an action by the current actor, in the caller's transaction (or its own, when there is
	 * none).
	 * @param action a dotted lower-case name, {@code <module>.<thing>.<past-tense verb>}, e.g.
	 * {@code inventory.stock.scrapped}
	 * @param subject what it was done to, {@code <kind>:<id>}
	 * @param details further facts; values must be JSON-serialisable (strings, numbers, booleans,
	 * lists, maps); null values are left out
	 * @return the entry as stored
	 * @throws IllegalArgumentException when the action or subject is malformed
	 */
	public AuditEntry record(String action, String subject, Map<String, ? extends @Nullable Object> details) {
		if (action.length() > MAX_NAME || !ACTION.matcher(action).matches()) {
			throw new IllegalArgumentException("Audit action must be a dotted lower-case name, not '" + action + "'");
		}
		if (subject.isBlank()) {
			throw new IllegalArgumentException("An audit subject must not be blank");
		}
		// A subject may carry a client's text (a site id): cut, never refuse the use case for it.
		String kept = (subject.length() > MAX_NAME) ? subject.substring(0, MAX_NAME - 1) + "…" : subject;
		String who = this.actor.current();
		Instant at = this.clock.instant();
		long id = this.jdbc
			.sql("INSERT INTO audit.entry (at, actor, action, subject, details) VALUES (?, ?, ?, ?, CAST(? AS jsonb)) RETURNING id")
			.params(Timestamp.from(at), who, action, kept, this.json.writeValueAsString(details(details)))
			.query(Long.class)
			.single();
		return new AuditEntry(id, at, who, action, kept, details(details));
	}

	private static Map<String, Object> details(Map<String, ? extends @Nullable Object> details) {
		Map<String, Object> kept = new LinkedHashMap<>();
		details.forEach((key, value) -> {
			if (value != null) {
				kept.put(key, value);
			}
		});
		return kept;
	}

	/** Records an action without details. */
	public AuditEntry record(String action, String subject) {
		return record(action, subject, Map.of());
	}

	/**
	 * The newest entries first, filtered by whatever is given.
	 * @param actor exact actor, or null for all
	 * @param action exact action, or a prefix ending in {@code .} ({@code routing.}), or null for all
	 * @param subject exact subject, or null for all
	 * @param from inclusive lower bound of {@link AuditEntry#at()}, or null
	 * @param to exclusive upper bound of {@link AuditEntry#at()}, or null
	 * @param limit at most this many entries (1 to 1000)
	 */
	public List<AuditEntry> find(@Nullable String actor, @Nullable String action, @Nullable String subject,
			@Nullable Instant from, @Nullable Instant to, int limit) {
		if (limit < 1 || limit > 1000) {
			throw new IllegalArgumentException("'limit' must be between 1 and 1000, not " + limit);
		}
		String actionPattern = (action == null) ? null
				: action.endsWith(".") ? action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
						: action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return this.jdbc.sql("""
				SELECT id, at, actor, action, subject, details::text AS details FROM audit.entry
				WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
				  AND (CAST(:action AS text) IS NULL OR action LIKE :action)
				  AND (CAST(:subject AS text) IS NULL OR subject = :subject)
				  AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
				  AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
				ORDER BY at DESC, id DESC LIMIT :limit""")
			.param("actor", actor, java.sql.Types.VARCHAR)
			.param("action", actionPattern, java.sql.Types.VARCHAR)
			.param("subject", subject, java.sql.Types.VARCHAR)
			.param("from", (from != null) ? from.atOffset(java.time.ZoneOffset.UTC) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("to", (to != null) ? to.atOffset(java.time.ZoneOffset.UTC) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	private AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("subject"), this.json.readValue(rs.getString("details"), DETAILS));
	}

}
