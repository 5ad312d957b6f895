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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The planning queue and its progress log. */
@Repository
class PlanningJobRepository {

	private final JdbcClient jdbc;

	PlanningJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PlanningJob job, @Nullable String idempotencyKey) {
		this.jdbc.sql("""
				INSERT INTO routing.planning_job (id, plan_date, kind, status, time_limit_seconds, options,
				  idempotency_key, requested_at)
				VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)
				""")
			.params(job.id(), job.date(), job.kind(), job.status(), job.timeLimitSeconds(), job.options(), idempotencyKey,
					Timestamp.from(job.requestedAt()))
			.update();
	}

	Optional<PlanningJob> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM routing.planning_job WHERE id = ?").param(id).query(this::map).optional();
	}

	Optional<PlanningJob> findByIdempotencyKey(String key) {
		return this.jdbc.sql("SELECT * FROM routing.planning_job WHERE idempotency_key = ?")
			.param(key)
			.query(this::map)
			.optional();
	}

	/** Claims the oldest queued job for this instance; other instances skip the locked row. */
	Optional<PlanningJob> claim(String instance, Instant now) {
		return this.jdbc.sql("""
				UPDATE routing.planning_job SET status = 'SOLVING', claimed_by = ?, started_at = ?, heartbeat_at = ?
				WHERE id = (SELECT id FROM routing.planning_job WHERE status = 'QUEUED'
				            ORDER BY requested_at FOR UPDATE SKIP LOCKED LIMIT 1)
				RETURNING *
				""").params(instance, Timestamp.from(now), Timestamp.from(now)).query(this::map).optional();
	}

	void heartbeat(UUID id, Instant now) {
		this.jdbc.sql("UPDATE routing.planning_job SET heartbeat_at = ? WHERE id = ? AND status = 'SOLVING'")
			.params(Timestamp.from(now), id)
			.update();
	}

	/** Puts back jobs whose solving instance stopped beating its heartbeat (it crashed). */
	int requeueStale(Instant before) {
		return this.jdbc.sql("""
				UPDATE routing.planning_job SET status = 'QUEUED', claimed_by = NULL, started_at = NULL
				WHERE status = 'SOLVING' AND heartbeat_at < ?
				""").param(Timestamp.from(before)).update();
	}

	int requestStop(UUID id) {
		return this.jdbc.sql("UPDATE routing.planning_job SET stop_requested = true WHERE id = ?").param(id).update();
	}

	/** A queued job asked to stop never starts: it ends without a plan. */
	int cancelQueued(UUID id, Instant now) {
		return this.jdbc.sql("""
				UPDATE routing.planning_job SET status = 'FAILED', finished_at = ?, error = 'Stopped before it started'
				WHERE id = ? AND status = 'QUEUED'
				""").params(Timestamp.from(now), id).update();
	}

	boolean stopRequested(UUID id) {
		return this.jdbc.sql("SELECT stop_requested FROM routing.planning_job WHERE id = ?")
			.param(id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void solved(UUID id, String score, UUID planId, int version, Instant now) {
		this.jdbc.sql("""
				UPDATE routing.planning_job SET status = 'SOLVED', best_score = ?, plan_id = ?, plan_version = ?,
				  finished_at = ? WHERE id = ?
				""").params(score, planId, version, Timestamp.from(now), id).update();
	}

	void failed(UUID id, String error, Instant now) {
		this.jdbc.sql("UPDATE routing.planning_job SET status = 'FAILED', error = ?, finished_at = ? WHERE id = ?")
			.params(error, Timestamp.from(now), id)
			.update();
	}

	void progress(UUID id, int seq, String score, Instant at) {
		this.jdbc.sql("INSERT INTO routing.planning_progress (job_id, seq, at, score) VALUES (?, ?, ?, ?)")
			.params(id, seq, Timestamp.from(at), score)
			.update();
		this.jdbc.sql("UPDATE routing.planning_job SET best_score = ? WHERE id = ?").params(score, id).update();
	}

	/** One point of a job's best score over time. */
	record Progress(int seq, Instant at, String score) {
	}

	List<Progress> progressAfter(UUID id, int seq) {
		return this.jdbc.sql("SELECT seq, at, score FROM routing.planning_progress WHERE job_id = ? AND seq > ? ORDER BY seq")
			.params(id, seq)
			.query((rs, n) -> new Progress(rs.getInt("seq"), rs.getTimestamp("at").toInstant(), rs.getString("score")))
			.list();
	}

	List<PlanningJob> forDate(LocalDate date) {
		return this.jdbc.sql("SELECT * FROM routing.planning_job WHERE plan_date = ? ORDER BY requested_at")
			.param(date)
			.query(this::map)
			.list();
	}

	private PlanningJob map(ResultSet rs, int row) throws SQLException {
		int version = rs.getInt("plan_version");
		Integer planVersion = rs.wasNull() ? null : version;
		return new PlanningJob(rs.getObject("id", UUID.class), rs.getObject("plan_date", LocalDate.class),
				rs.getString("kind"), rs.getString("status"), rs.getInt("time_limit_seconds"), rs.getString("options"),
				rs.getTimestamp("requested_at").toInstant(), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")), rs.getBoolean("stop_requested"), rs.getString("best_score"),
				rs.getObject("plan_id", UUID.class), planVersion, rs.getString("error"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
