package io.zaplecze.routing.plan;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.zaplecze.routing.solver.SearchTuning;

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
 * @param balanceWeight weight of the workload-balance term ({@code weight × (route minutes)² / 100});
 * 0 (the default) takes the objective's weight, a positive value overrides it
 * @param objective what the plan optimises besides the hard rules: {@code BALANCED} (default),
 * {@code FEWEST_VANS} or {@code FINISH_EARLY} (see {@link Objective})
 * @param regularShift the driver's regular working time per day; the hours of a route beyond it are
 * overtime (Polish Labour Code: 8 h a day)
 * @param overtimePremiumPercent how much more an overtime hour costs than a regular one (Polish Labour
 * Code art. 151¹: at least 50 % on a working day)
 * @param search tuning of the ruin-and-recreate search
 * @param demo the demo day's planning (profile {@code demo})
 */
@ConfigurationProperties("zaplecze.routing.planning")
public record PlanningProperties(@DefaultValue("Europe/Warsaw") ZoneId zone, @DefaultValue("0") int threads,
		@DefaultValue("30s") Duration defaultTimeLimit, @DefaultValue("10m") Duration maxTimeLimit,
		@DefaultValue("0.0") double localSearchShare, @DefaultValue("1") int concurrentJobs,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("2m") Duration staleAfter,
		@DefaultValue("1800") long breakdownTransferSeconds, @DefaultValue("0") long balanceWeight,
		@DefaultValue("BALANCED") Objective objective, @DefaultValue("8h") Duration regularShift,
		@DefaultValue("50") int overtimePremiumPercent, @DefaultValue Search search, @DefaultValue Demo demo) {

	public PlanningProperties {
		if (threads < 0 || concurrentJobs < 1) {
			throw new IllegalArgumentException(
					"zaplecze.routing.planning.threads must be 0 (auto) or more and concurrent-jobs at least 1");
		}
		if (balanceWeight < 0 || overtimePremiumPercent < 0 || regularShift.isNegative()) {
			throw new IllegalArgumentException("zaplecze.routing.planning.balance-weight, overtime-premium-percent and "
					+ "regular-shift must not be negative");
		}
		if (localSearchShare < 0 || localSearchShare > 1) {
			throw new IllegalArgumentException("zaplecze.routing.planning.local-search-share must be within 0..1");
		}
	}

	/**
	 * Tuning of the ruin-and-recreate search ({@code zaplecze.routing.planning.search.*}); the defaults
	 * are the ones measured best on the Solomon instances (routing README).
	 *
	 * @param startTemperature annealing temperature at the start, × the first plan's mean arc cost
	 * @param endTemperature annealing temperature at the end of the time limit, × the same
	 * @param blinkRate share of insertion positions skipped at random in a recreate
	 * @param maxStringLength longest string of consecutive stops one ruin removes from a route
	 * @param averageRemoved stops one ruin removes on average
	 * @param syncsPerRun how often in a run the search threads share their best plan
	 */
	public record Search(@DefaultValue("3.0") double startTemperature, @DefaultValue("0.03") double endTemperature,
			@DefaultValue("0.01") double blinkRate, @DefaultValue("10") int maxStringLength,
			@DefaultValue("10") double averageRemoved, @DefaultValue("12") int syncsPerRun) {

		public Search {
			tuning(startTemperature, endTemperature, blinkRate, maxStringLength, averageRemoved, syncsPerRun);
		}

		private static SearchTuning tuning(double t0, double tf, double blink, int maxString, double removed, int syncs) {
			return new SearchTuning(t0, tf, blink, maxString, removed, syncs);
		}

		/** The solver's form of these settings (validated when bound). */
		public SearchTuning tuning() {
			return tuning(this.startTemperature, this.endTemperature, this.blinkRate, this.maxStringLength,
					this.averageRemoved, this.syncsPerRun);
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

	/**
	 * What a plan optimises besides the hard rules and the left-out priority. Every objective prices the
	 * fleet's costs per km and per paid hour (overtime at its premium); they differ in the fixed cost per
	 * vehicle used and the workload-balance weight.
	 */
	public enum Objective {

		/** Fixed cost per vehicle used, no balance term: as few vans as the rules allow, days as long as the shift allows. */
		FEWEST_VANS(0, true),

		/** Fixed cost and a moderate balance term (weight 10): a van is added when it shortens the long days enough. */
		BALANCED(10, true),

		/** No fixed cost, a strong balance term (weight 100): every van drives and all come back as early as they can. */
		FINISH_EARLY(100, false);

		private final long balanceWeight;

		private final boolean fixedCost;

		Objective(long balanceWeight, boolean fixedCost) {
			this.balanceWeight = balanceWeight;
			this.fixedCost = fixedCost;
		}

		/** The workload-balance weight of this objective ({@code weight × minutes² / 100}). */
		public long balanceWeight() {
			return this.balanceWeight;
		}

		/** Whether the fixed cost per vehicle used counts. */
		public boolean fixedCost() {
			return this.fixedCost;
		}

	}

	/** The workload-balance weight in force: {@code balance-weight} when set, else the objective's. */
	public long effectiveBalanceWeight() {
		return this.balanceWeight > 0 ? this.balanceWeight : this.objective.balanceWeight();
	}

	/** Search threads with 0 resolved to the processor count. */
	public int effectiveThreads() {
		return this.threads == 0 ? Runtime.getRuntime().availableProcessors() : this.threads;
	}

}
