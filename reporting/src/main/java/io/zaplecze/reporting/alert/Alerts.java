package io.zaplecze.reporting.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises, lists and acknowledges alerts. Raising is idempotent by a key naming the fact. */
@Service
public class Alerts {

	/** What an alert is about. */
	public enum Kind {

		DELAY, REPLAN_SUGGESTED, SHORT_PICK, DAMAGE, EXPIRY, BACKORDER

	}

	/** Who must act. */
	public enum Audience {

		DISPATCHER, WAREHOUSE, FRONT_OFFICE

	}

	/**
	 * An alert.
	 *
	 * @param detail kind-specific facts (predicted lateness, bin, lines, next steps)
	 */
	public record Alert(UUID id, Kind kind, Audience audience, LocalDate day, @Nullable String site, @Nullable UUID routeId,
			@Nullable UUID shipmentId, String title, Map<String, Object> detail, Instant raisedAt,
			@Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	public Alerts(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Raises an alert unless one with this key exists; returns whether it was new. */
	@Transactional
	public boolean raise(String dedupKey, Kind kind, Audience audience, LocalDate day, @Nullable String site,
			@Nullable UUID routeId, @Nullable UUID shipmentId, String title, Map<String, Object> detail) {
		return this.jdbc.sql("""
				INSERT INTO reporting.alert (id, dedup_key, kind, audience, day, site, route_id, shipment_id, title, detail, raised_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?) ON CONFLICT (dedup_key) DO NOTHING""")
			.params(UUID.randomUUID(), dedupKey, kind.name(), audience.name(), day, site, routeId, shipmentId, title,
					this.json.writeValueAsString(detail), Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	/** Alerts of a day, newest first, optionally of one kind and only the open ones. */
	@Transactional(readOnly = true)
	public List<Alert> list(LocalDate day, @Nullable Kind kind, @Nullable Audience audience, boolean openOnly) {
		return this.jdbc.sql("""
				SELECT id, kind, audience, day, site, route_id, shipment_id, title, detail::text, raised_at, acknowledged_at,
				       acknowledged_by
				FROM reporting.alert WHERE day = ? AND (CAST(? AS text) IS NULL OR kind = ?)
				  AND (CAST(? AS text) IS NULL OR audience = ?) AND (NOT ? OR acknowledged_at IS NULL)
				ORDER BY raised_at DESC, id""")
			.params(day, name(kind), name(kind), name(audience), name(audience), openOnly)
			.query((rs, n) -> new Alert(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)),
					Audience.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
					rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getString(8), detail(rs.getString(9)),
					rs.getTimestamp(10).toInstant(), instant(rs.getTimestamp(11)), rs.getString(12)))
			.list();
	}

	/** Open alerts of a kind on a route. */
	@Transactional(readOnly = true)
	public int countOnRoute(UUID routeId, Kind kind) {
		return this.jdbc.sql("SELECT count(*) FROM reporting.alert WHERE route_id = ? AND kind = ?")
			.params(routeId, kind.name())
			.query(Integer.class)
			.single();
	}

	/** Acknowledges an alert (once; later calls keep the first acknowledgement); false if unknown. */
	@Transactional
	public boolean acknowledge(UUID id, String by) {
		int known = this.jdbc.sql("SELECT count(*) FROM reporting.alert WHERE id = ?").param(id).query(Integer.class).single();
		this.jdbc.sql("UPDATE reporting.alert SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND acknowledged_at IS NULL")
			.params(Timestamp.from(this.clock.instant()), by, id)
			.update();
		return known == 1;
	}

	/** Alerts per kind raised for a site in a date range (for reports). */
	@Transactional(readOnly = true)
	public Map<String, Integer> countByKind(@Nullable String site, LocalDate from, LocalDate to) {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		this.jdbc.sql("""
				SELECT kind, count(*) FROM reporting.alert WHERE day BETWEEN ? AND ? AND (CAST(? AS text) IS NULL OR site = ?)
				GROUP BY kind""").params(from, to, site, site).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
		return counts;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> detail(String text) {
		return this.json.readValue(text, Map.class);
	}

	private static @Nullable String name(@Nullable Enum<?> e) {
		return (e != null) ? e.name() : null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return (t != null) ? t.toInstant() : null;
	}

}
