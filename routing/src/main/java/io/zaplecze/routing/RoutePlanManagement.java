package io.zaplecze.routing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The route planner as other modules (and the demo day) may ask it: request a plan for a day, follow
 * the job, publish a version, read the published routes.
 */
public interface RoutePlanManagement {

	/**
	 * Queues a planning job for the day's deliveries and available vehicles.
	 * @param date the operating day
	 * @param timeLimit how long to solve
	 * @return the job's id
	 */
	UUID requestPlan(LocalDate date, Duration timeLimit);

	/** The job's status; throws a not-found failure for an unknown id. */
	PlanningJobStatus job(UUID jobId);

	/**
	 * Publishes a plan version, superseding the day's earlier publication, and raises
	 * {@link RoutePlanPublished} in the same transaction.
	 * @return the event as raised
	 */
	RoutePlanPublished publish(UUID planId, int version);

	/** The day's published routes, if any. */
	Optional<RoutePlanPublished> published(LocalDate date);

	/** How many deliveries routing has taken in for a day (cancelled ones excluded). */
	int deliveriesFor(LocalDate date);

	/**
	 * A planning job as callers see it.
	 *
	 * @param jobId the job
	 * @param date the operating day
	 * @param status QUEUED, SOLVING, SOLVED or FAILED
	 * @param bestScore the best score so far ({@code hard/medium/soft}), or {@code null} before the first
	 * @param planId the plan it produced a version of, once SOLVED
	 * @param version that version, once SOLVED
	 * @param error why it failed, when FAILED
	 */
	record PlanningJobStatus(UUID jobId, LocalDate date, String status, @Nullable String bestScore,
			@Nullable UUID planId, @Nullable Integer version,
			@Nullable String error) {
	}

}
