package io.zaplecze.routing.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.delivery.Delivery;
import io.zaplecze.routing.fleet.FleetVehicle;
import io.zaplecze.routing.solver.PlannerRules;
import io.zaplecze.routing.solver.PlannerSolverConfig;
import io.zaplecze.routing.solver.RoutingSolution;
import io.zaplecze.routing.solver.Vehicle;

/**
 * The demo day planned under each objective ({@code zaplecze.routing.planning.objective}): the
 * generated demo town, 87 customers drawn as the warehouse's demo day draws them (as
 * {@code DemoDayPlanningTests}), the demo's eight vans at their prices, the problem assembled by the
 * production {@link ProblemAssembler}. Prints per objective each route's stops, hours, km and cost.
 *
 * <pre>
 * args: [seconds per objective, default 20] [seed, default 1]
 * </pre>
 */
final class DemoDayObjectivesBenchmark {

	private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

	private DemoDayObjectivesBenchmark() {
	}

	@Configuration(proxyBeanMethods = false)
	@ComponentScan("io.zaplecze.routing.roadnetwork")
	static class RoadNetworkOnly {

	}

	public static void main(String[] args) {
		double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
		int seed = args.length > 1 ? Integer.parseInt(args[1]) : 1;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RoadNetworkOnly.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("zaplecze.routing.graph-cache-dir=" + System.getProperty("java.io.tmpdir") + "/zaplecze-bench-graphs",
					"spring.main.banner-mode=off", "logging.level.com.graphhopper=WARN")
			.run()) {
			RoadNetworkManagement network = context.getBean(RoadNetworkManagement.class);
			LocalDate day = LocalDate.of(2032, 1, 1).plusDays(seed);
			GeoPoint depot = network.centralPoint(VehicleProfile.CAR);
			List<FleetVehicle> fleet = new ArrayList<>();
			for (int i = 1; i <= 8; i++) {
				fleet.add(PlannerDemoDay.van(i, i <= 3, null, depot));
			}
			List<Delivery> deliveries = deliveries(network, day, seed);
			System.out.printf(Locale.ROOT, "Demo day %s: %d deliveries, 8 vans (3 refrigerated), %.0f s per objective, %d cores%n",
					day, deliveries.size(), seconds, Runtime.getRuntime().availableProcessors());
			for (PlanningProperties.Objective objective : PlanningProperties.Objective.values()) {
				PlanningProperties properties = new PlanningProperties(ZONE, 2, Duration.ofSeconds(30), Duration.ofMinutes(10),
						0.0, 1, Duration.ofSeconds(1), Duration.ofMinutes(2), 1800, 0, objective, Duration.ofHours(8), 50,
						new PlanningProperties.Search(3.0, 0.03, 0.01, 10, 10, 12), new PlanningProperties.Demo(Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(4), 8, 3));
				Duration limit = Duration.ofMillis((long) (seconds * 1000));
				ProblemAssembler.Assembled problem = new ProblemAssembler(network, properties).assemble(day, deliveries, fleet,
						List.of(), null, limit);
				RoutingSolution solved = SolverFactory
					.<RoutingSolution>create(PlannerSolverConfig.of(2, seed, 0)
						.withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
					.buildSolver()
					.solve(problem.solution());
				print(objective, solved, problem);
			}
		}
	}

	private static void print(PlanningProperties.Objective objective, RoutingSolution solved, ProblemAssembler.Assembled problem) {
		System.out.printf(Locale.ROOT, "%n%s: score %s, %d vans, %d unassigned%n", objective, solved.getScore(),
				solved.usedVehicles(), solved.unassigned().size());
		System.out.printf(Locale.ROOT, "  %-7s %5s %5s %5s %7s %6s %9s %9s %9s %9s%n", "van", "stops", "out", "back",
				"hours", "km", "km zł", "time zł", "fixed zł", "total zł");
		long total = 0;
		long longest = 0;
		for (Vehicle v : solved.getVehicles()) {
			if (!v.isUsed()) {
				continue;
			}
			long km = PlannerRules.route(PlannerRules.TRAVEL_COST).of(v);
			long time = PlannerRules.route(PlannerRules.DRIVER_TIME).of(v);
			long fixed = problem.vehicles().get(v.getId()).fixedCostCents();
			total += km + time + fixed;
			longest = Math.max(longest, v.getTimeline().durationSeconds());
			System.out.printf(Locale.ROOT, "  %-7s %5d %5s %5s %7.2f %6.1f %9.2f %9.2f %9.2f %9.2f%n", v.getId(),
					v.getVisits().size(), local(v.getTimeline().departure()), local(v.getTimeline().end()),
					v.getTimeline().durationSeconds() / 3600.0, v.getTimeline().meters() / 1000.0, km / 100.0, time / 100.0,
					fixed / 100.0, (km + time + fixed) / 100.0);
		}
		System.out.printf(Locale.ROOT, "  day: %.2f zł, %.1f km, longest route %.2f h%n", total / 100.0,
				solved.totalMeters() / 1000.0, longest / 3600.0);
	}

	private static String local(long epochSecond) {
		LocalTime t = Instant.ofEpochSecond(epochSecond).atZone(ZONE).toLocalTime();
		return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
	}

	/** As {@code DemoDayPlanningTests}: 87 customers, windows as the warehouse's demo day draws them. */
	static List<Delivery> deliveries(RoadNetworkManagement network, LocalDate day, int seed) {
		Random random = new Random(seed);
		NetworkArea area = network.area();
		List<Delivery> result = new ArrayList<>();
		while (result.size() < 87) {
			double lat = area.minLat() + random.nextDouble() * (area.maxLat() - area.minLat());
			double lon = area.minLon() + random.nextDouble() * (area.maxLon() - area.minLon());
			GeoPoint p;
			try {
				p = network.snap(new GeoPoint(lat, lon), VehicleProfile.CAR);
			}
			catch (RuntimeException offRoad) {
				continue;
			}
			int i = result.size();
			boolean cold = random.nextInt(5) == 0;
			ZonedDateTime open = ZonedDateTime.of(day, LocalTime.of(8, 0), ZONE);
			ZonedDateTime close = ZonedDateTime.of(day, LocalTime.of(18, 0), ZONE);
			TimeWindow window;
			if (random.nextInt(3) == 0) {
				window = new TimeWindow(open.toInstant(), close.toInstant());
			}
			else {
				ZonedDateTime start = open.plusMinutes(30L * random.nextInt(15));
				ZonedDateTime end = start.plusHours(2 + random.nextInt(3));
				window = new TimeWindow(start.toInstant(), (end.isAfter(close) ? close : end).toInstant());
			}
			result.add(new Delivery(UUID.randomUUID(), "DEMO-" + i, "Customer " + i, "Street " + i, p, day, List.of(window),
					300 + 60 * random.nextInt(10), 5_000 + random.nextInt(60_000), 20_000 + random.nextInt(200_000),
					random.nextInt(8) == 0 ? 1 : 0, cold, 3 + random.nextInt(6), null, null, null, Instant.now()));
		}
		return result;
	}

}
