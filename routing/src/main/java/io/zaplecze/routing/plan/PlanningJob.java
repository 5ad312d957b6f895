package io.zaplecze.routing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request to plan (or re-plan) a day, queued in the database so any instance can solve it.
 *
 * @param id the job's id
 * @param date the operating day
 * @param kind PLAN or REPLAN
 * @param status QUEUED, SOLVING, SOLVED, FAILED
 * @param timeLimitSeconds how long it solves
 * @param options the re-plan's options (JSON), {@code {}} for a plan
 * @param requestedAt when it was requested
 * @param startedAt when an instance started solving it
 * @param finishedAt when it ended
 * @param stopRequested whether a dispatcher asked it to stop early
 * @param bestScore the best score so far
 * @param planId the plan it produced a version of
 * @param planVersion that version
 * @param error why it failed
 */
public record PlanningJob(UUID id, LocalDate date, String kind, String status, int timeLimitSeconds, String options,
		Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt, boolean stopRequested,
		@Nullable String bestScore, @Nullable UUID planId, @Nullable Integer planVersion, @Nullable String error) {

	public boolean finished() {
		return "SOLVED".equals(this.status) || "FAILED".equals(this.status);
	}

}
