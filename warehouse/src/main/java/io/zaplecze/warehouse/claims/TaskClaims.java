package io.zaplecze.warehouse.claims;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is doing which floor task. A task is taken by one person: the first claim wins (the primary
 * key decides between concurrent claims), a second person is told who has it; taking one's own task
 * again changes nothing. Confirming a step claims the task implicitly.
 */
@Service
@Transactional
public class TaskClaims {

	private final JdbcClient jdbc;

	private final Clock clock;

	TaskClaims(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes the task for {@code person}, or fails with {@link TaskTaken} naming who has it. */
	public Claim claim(TaskType type, UUID taskId, UUID siteId, String person) {
		this.jdbc.sql("""
				INSERT INTO warehouse.task_claim (task_type, task_id, site_id, claimed_by, claimed_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (task_type, task_id) DO NOTHING""")
			.params(type.name(), taskId, siteId, person, Timestamp.from(this.clock.instant()))
			.update();
		Claim claim = holder(type, taskId).orElseThrow();
		if (!claim.by().equals(person)) {
			throw new TaskTaken(type, taskId, claim.by());
		}
		return claim;
	}

	/** Gives a task back (only its holder can); a task nobody holds stays free. */
	public void release(TaskType type, UUID taskId, String person) {
		Optional<Claim> claim = holder(type, taskId);
		if (claim.isPresent() && !claim.get().by().equals(person)) {
			throw new TaskTaken(type, taskId, claim.get().by());
		}
		this.jdbc.sql("DELETE FROM warehouse.task_claim WHERE task_type = ? AND task_id = ?").params(type.name(), taskId).update();
	}

	/** Ends the claim of a finished task. */
	public void finished(TaskType type, UUID taskId) {
		this.jdbc.sql("DELETE FROM warehouse.task_claim WHERE task_type = ? AND task_id = ?").params(type.name(), taskId).update();
	}

	@Transactional(readOnly = true)
	public Optional<Claim> holder(TaskType type, UUID taskId) {
		return this.jdbc.sql("SELECT task_type, task_id, claimed_by, claimed_at FROM warehouse.task_claim WHERE task_type = ? AND task_id = ?")
			.params(type.name(), taskId)
			.query(TaskClaims::claim)
			.optional();
	}

	/** The person holding the task, or null. */
	@Transactional(readOnly = true)
	public @Nullable String holderName(TaskType type, UUID taskId) {
		return holder(type, taskId).map(Claim::by).orElse(null);
	}

	@Transactional(readOnly = true)
	public List<Claim> atSite(UUID siteId) {
		return this.jdbc.sql("""
				SELECT task_type, task_id, claimed_by, claimed_at FROM warehouse.task_claim WHERE site_id = ?
				ORDER BY claimed_by, claimed_at""")
			.param(siteId)
			.query(TaskClaims::claim)
			.list();
	}

	private static Claim claim(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Claim(TaskType.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant());
	}

	/** A task taken by a person. */
	public record Claim(TaskType type, UUID taskId, String by, Instant since) {
	}

}
