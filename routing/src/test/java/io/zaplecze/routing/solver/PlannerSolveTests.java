package io.zaplecze.routing.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Small end-to-end solves through Timefold with the ruin-and-recreate phase and the local search. */
class PlannerSolveTests {

	/** Test travel costs on a grid: location i at ((i % 20) km, (i / 20) km), 10 m/s. */
	static final TravelCosts GRID = new TravelCosts() {

		@Override
		public long seconds(int from, int to) {
			return meters(from, to) / 10;
		}

		@Override
		public long meters(int from, int to) {
			return Math.round(1000 * Math.hypot(from % 20 - to % 20, from / 20 - to / 20));
		}
	};

	private static RoutingSolution solve(RoutingSolution problem, int millis, double localSearchShare) {
		Duration limit = Duration.ofMillis(millis);
		return SolverFactory
			.<RoutingSolution>create(PlannerSolverConfig.of(2, 7, localSearchShare)
				.withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
			.buildSolver()
			.solve(problem.timeLimit(limit));
	}

	private static Vehicle van(String id) {
		return new Vehicle(id, 0, GRID).shift(0, 8 * 3600).capacity(100_000, Vehicle.UNLIMITED, Vehicle.UNLIMITED);
	}

	private static RoutingSolution day(int visits, int vehicles, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Visit> vs = new ArrayList<>();
		for (int i = 0; i < visits; i++) {
			long start = random.nextLong(0, 5 * 3600);
			vs.add(new Visit("v" + i, 1 + random.nextInt(399)).window(start, start + 3 * 3600)
				.service(300)
				.demand(5_000 + random.nextLong(10_000), 0, 0));
		}
		List<Vehicle> fleet = new ArrayList<>();
		for (int k = 0; k < vehicles; k++) {
			fleet.add(van("van" + k));
		}
		return new RoutingSolution(fleet, vs);
	}

	@Test
	void plansEveryVisitFeasiblyAndTheScoreMatchesTheRoutes() {
		RoutingSolution solved = solve(day(60, 8, 1), 2000, 0.2);
		assertThat(solved.unassigned()).isEmpty();
		assertThat(solved.getScore().hardScore()).isZero();
		long soft = solved.getVehicles().stream().mapToLong(v -> PlannerRules.route(PlannerRules.TRAVEL_COST).of(v)).sum();
		assertThat(-solved.getScore().softScore()).isEqualTo(soft);
		// Every visit exactly once.
		assertThat(solved.getVehicles().stream().mapToInt(v -> v.getVisits().size()).sum()).isEqualTo(60);
	}

	@Test
	void theExplanationAddsUpToTheSolversScore() {
		RoutingSolution problem = day(40, 3, 5);
		problem.getVehicles().forEach(v -> v.costs(1000, 2000, 700).paidTime(1800, 50).balanceWeight(100));
		problem.getVisits().get(0).demand(500_000, 0, 0);
		RoutingSolution solved = solve(problem, 600, 0.3);
		List<ScoreExplanation.Part> parts = ScoreExplanation.of(solved, 5);
		assertThat(ScoreExplanation.total(parts)).isEqualTo(solved.getScore());
		assertThat(parts).extracting(ScoreExplanation.Part::constraint)
			.contains(RoutingConstraints.TRAVEL_COST, PlannerRules.DRIVER_TIME, RoutingConstraints.FIXED_COST,
					RoutingConstraints.WORKLOAD_BALANCE,
					RoutingConstraints.UNASSIGNED);
	}

	@Test
	void searchingLongerNeverEndsWorseThanTheFirstPlan() {
		RoutingSolution quick = solve(day(60, 8, 2), 150, 0);
		RoutingSolution longer = solve(day(60, 8, 2), 1500, 0);
		assertThat(longer.getScore()).isGreaterThanOrEqualTo(quick.getScore());
	}

	@Test
	void explainsVisitsThatNoVehicleCanServe() {
		RoutingSolution problem = day(10, 2, 3);
		Visit heavy = new Visit("heavy", 5).demand(500_000, 0, 0);
		Visit cold = new Visit("cold", 6).refrigerated(true);
		Visit tooEarly = new Visit("early", 399).window(0, 60);
		problem.getVisits().addAll(List.of(heavy, cold, tooEarly));
		RoutingSolution solved = solve(problem, 500, 0);
		Map<String, String> reasons = UnassignedReasons.of(solved);
		assertThat(reasons).containsOnlyKeys("heavy", "cold", "early");
		assertThat(reasons.get("heavy")).contains("Infeasible on its own")
			.contains("weight capacity by 400 kg (rule " + PlannerRules.WEIGHT_CAPACITY + ")");
		assertThat(reasons.get("cold")).contains("refrigerated").contains("(rule " + PlannerRules.REFRIGERATION + ")");
		assertThat(reasons.get("early")).contains("after the time window closes (rule " + PlannerRules.TIME_WINDOW + ")");
		assertThat(solved.getScore().hardScore()).isZero();
		assertThat(solved.getScore().mediumScore()).isEqualTo(-30);
	}

	@Test
	void plansMultiTripVehiclesWithBreaksFeasibly() {
		RoutingSolution problem = day(40, 2, 6);
		// About 400 kg in all on two 150 kg vans: they must go back to reload.
		problem.getVehicles().forEach(v -> v.capacity(150_000, Vehicle.UNLIMITED, Vehicle.UNLIMITED)
			.multiTrip(true, 600)
			.driverBreak(3 * 3600, 5 * 3600, 1800)
			.shift(0, 12 * 3600)
			.balanceWeight(100));
		RoutingSolution solved = solve(problem, 1500, 0);
		assertThat(solved.unassigned()).isEmpty();
		assertThat(solved.getScore().hardScore()).isZero();
		// 400 kg on 2 × 150 kg needs at least three trips in all.
		assertThat(solved.getVehicles().stream().mapToInt(v -> v.getTimeline().trips()).sum()).isGreaterThanOrEqualTo(3);
		assertThat(solved.getVehicles()).allSatisfy(v -> assertThat(v.getTimeline().excessGrams()).isZero());
		assertThat(solved.getVehicles()).allSatisfy(v -> assertThat(v.getTimeline().breakStartedAt())
			.isBetween(3L * 3600, 5L * 3600));
	}

	@Test
	void explainsADayWithoutVehicles() {
		RoutingSolution problem = new RoutingSolution(List.of(), List.of(new Visit("lonely", 3)));
		assertThat(UnassignedReasons.of(problem)).containsEntry("lonely",
				"No vehicle is available for the day (rule unassignedVisit).");
	}

	@Test
	void keepsPinnedStopsWherePinned() {
		RoutingSolution problem = day(30, 3, 4);
		Vehicle first = problem.getVehicles().get(0);
		Visit a = problem.getVisits().get(10);
		Visit b = problem.getVisits().get(20);
		first.setVisits(new ArrayList<>(List.of(a, b)));
		first.pinFirst(2);
		a.setVehicle(first);
		b.setVehicle(first);
		Visit pinnedToLast = problem.getVisits().get(5).pinnedTo("van2");
		RoutingSolution solved = solve(problem, 800, 0.2);
		Vehicle solvedFirst = solved.getVehicles().get(0);
		assertThat(solvedFirst.getVisits().subList(0, 2)).extracting(Visit::getId).containsExactly(a.getId(), b.getId());
		Visit solvedPinned = solved.getVisits().stream().filter(v -> v.getId().equals(pinnedToLast.getId())).findFirst().orElseThrow();
		assertThat(solvedPinned.getVehicle().getId()).isEqualTo("van2");
	}

}
