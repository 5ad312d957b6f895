package io.zaplecze.routing.plan;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the route planner ({@code zaplecze.routing.planning.*}).
 *
 * @param zone the operating time zone: vehicle shifts and breaks are local times in it
 * @param threads search threads per solve; 0 means one per available processor
 * @param defaultTimeLimit how long a planning job solves when the request names no limit
 * @param maxTimeLimit the longest limit a request may ask for
 * @param localSearchShare share of the time limit given to Timefold's local search after the
 * ruin-and-recreate phase (0..1)
 * @param concurrentJobs planning jobs one instance solves at the same time
 * @param pollInterval how often an instance looks for queued jobs (and refreshes its heartbeat)
 * @param staleAfter a solving job whose instance has not beaten its heartbeat for this long is
 * queued again
 * @param breakdownTransferSeconds in a re-plan, how long the goods of a vehicle taken out of service
 * take to be back at the depot and ready for another vehicle
 * @param balanceWeight weight of the workload-balance term (squared route minutes); 0 turns it off
 * @param demo the demo day's planning (profile {@code demo})
 */
@ConfigurationProperties("zaplecze.routing.planning")
public record PlanningProperties(@DefaultValue("Europe/Warsaw") ZoneId zone, @DefaultValue("0") int threads,
		@DefaultValue("30s") Duration defaultTimeLimit, @DefaultValue("10m") Duration maxTimeLimit,
		@DefaultValue("0.0") double localSearchShare, @DefaultValue("1") int concurrentJobs,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2m") Duration staleAfter,
		@DefaultValue("1800") long breakdownTransferSeconds, @DefaultValue("0") long balanceWeight,
		@DefaultValue Demo demo) {

	public PlanningProperties {
		if (threads < 0 || concurrentJobs < 1) {
			throw new IllegalArgumentException(
					"zaplecze.routing.planning.threads must be 0 (auto) or more and concurrent-jobs at least 1");
		}
		if (localSearchShare < 0 || localSearchShare > 1) {
			throw new IllegalArgumentException("zaplecze.routing.planning.local-search-share must be within 0..1");
		}
	}

	/**
	 * The demo day's planning ({@code zaplecze.routing.planning.demo.*}).
	 *
	 * @param timeLimit how long the demo plan solves
	 * @param waitForDeliveries how long to wait for the warehouse's deliveries to arrive
	 * @param quietPeriod the deliveries count as arrived once their number has not grown for this long
	 * @param vans vans in the demo fleet
	 * @param refrigeratedVans how many of them (the first ones) are refrigerated
	 */
	public record Demo(@DefaultValue("20s") Duration timeLimit, @DefaultValue("60s") Duration waitForDeliveries,
			@DefaultValue("4s") Duration quietPeriod, @DefaultValue("8") int vans, @DefaultValue("3") int refrigeratedVans) {
	}

	/** Search threads with 0 resolved to the processor count. */
	public int effectiveThreads() {
		return this.threads == 0 ? Runtime.getRuntime().availableProcessors() : this.threads;
	}

}
