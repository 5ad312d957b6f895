package io.zaplecze.routing.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans per day and their versions (content as JSON). */
@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PlanRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A stored version. */
	record Version(UUID planId, int version, LocalDate date, UUID jobId, String status, String score,
			PlanContent content, Instant createdAt, @Nullable Instant publishedAt) {
	}

	/** The day's plan id, created on first use (concurrent first uses agree on one id). */
	UUID planFor(LocalDate date, Instant now) {
		this.jdbc.sql("INSERT INTO routing.route_plan (id, plan_date, created_at) VALUES (?, ?, ?) ON CONFLICT (plan_date) DO NOTHING")
			.params(UUID.randomUUID(), date, Timestamp.from(now))
			.update();
		return this.jdbc.sql("SELECT id FROM routing.route_plan WHERE plan_date = ?").param(date).query(UUID.class).single();
	}

	Optional<LocalDate> dateOf(UUID planId) {
		return this.jdbc.sql("SELECT plan_date FROM routing.route_plan WHERE id = ?")
			.param(planId)
			.query(LocalDate.class)
			.optional();
	}

	/** Appends a version; the plan row is locked so concurrent appends get distinct numbers. */
	int append(UUID planId, UUID jobId, PlanContent content, Instant now) {
		this.jdbc.sql("SELECT id FROM routing.route_plan WHERE id = ? FOR UPDATE").param(planId).query(UUID.class).single();
		int version = this.jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM routing.route_plan_version WHERE plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO routing.route_plan_version (plan_id, version, job_id, status, score, content, created_at)
				VALUES (?, ?, ?, 'DRAFT', ?, ?::jsonb, ?)
				""")
			.params(planId, version, jobId, content.score(), this.json.writeValueAsString(content), Timestamp.from(now))
			.update();
		return version;
	}

	Optional<Version> find(UUID planId, int version) {
		return this.jdbc.sql(select() + " WHERE v.plan_id = ? AND v.version = ?")
			.params(planId, version)
			.query(this::map)
			.optional();
	}

	Optional<Version> published(LocalDate date) {
		return this.jdbc.sql(select() + " WHERE p.plan_date = ? AND v.status = 'PUBLISHED'")
			.param(date)
			.query(this::map)
			.optional();
	}

	/** Versions of a day, newest first, without their content's routes (a summary list). */
	List<Version> versions(LocalDate date) {
		return this.jdbc.sql(select() + " WHERE p.plan_date = ? ORDER BY v.version DESC").param(date).query(this::map).list();
	}

	/** Marks a version published, superseding the day's previous publication. */
	void publish(UUID planId, int version, Instant now) {
		this.jdbc.sql("UPDATE routing.route_plan_version SET status = 'SUPERSEDED' WHERE plan_id = ? AND status = 'PUBLISHED'")
			.param(planId)
			.update();
		this.jdbc.sql("UPDATE routing.route_plan_version SET status = 'PUBLISHED', published_at = ? WHERE plan_id = ? AND version = ?")
			.params(Timestamp.from(now), planId, version)
			.update();
	}

	/** Locks the plan row: publications of the same day run one after another. */
	void lock(UUID planId) {
		this.jdbc.sql("SELECT id FROM routing.route_plan WHERE id = ? FOR UPDATE").param(planId).query(UUID.class).optional();
	}

	private static String select() {
		return "SELECT v.*, p.plan_date FROM routing.route_plan_version v JOIN routing.route_plan p ON p.id = v.plan_id";
	}

	private Version map(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Version(rs.getObject("plan_id", UUID.class), rs.getInt("version"),
				rs.getObject("plan_date", LocalDate.class), rs.getObject("job_id", UUID.class), rs.getString("status"),
				rs.getString("score"), this.json.readValue(rs.getString("content"), PlanContent.class),
				rs.getTimestamp("created_at").toInstant(), published == null ? null : published.toInstant());
	}

}
