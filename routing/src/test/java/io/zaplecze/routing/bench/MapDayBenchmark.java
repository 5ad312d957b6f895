package io.zaplecze.routing.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.solver.PlannerSolverConfig;
import io.zaplecze.routing.solver.RoutingSolution;
import io.zaplecze.routing.solver.TravelCosts;
import io.zaplecze.routing.solver.Vehicle;
import io.zaplecze.routing.solver.Visit;

/**
 * Times a realistic day on a real map: 200 deliveries at random points of the map that the road
 * network accepts (08:00–18:00, 2-hour windows, 5 minutes on site), 12 vans from the network's central point,
 * travel times from the road-network matrix. Prints the matrix time, the time to the first complete
 * feasible plan, the time of the last improvement and the final cost within the limit.
 */
final class MapDayBenchmark {

	private MapDayBenchmark() {
	}

	/** Only the road network: the same beans the application uses, without database or web. */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan("io.zaplecze.routing.roadnetwork")
	static class RoadNetworkOnly {

	}

	/**
	 * A large day on its own: {@code args: <map.osm.pbf> <visits> <vans> <seconds> [threads]}; prints the
	 * heap in use after the matrix and after the solve (run with {@code -Xmx2g} to check the limit).
	 */
	public static void main(String[] args) {
		run(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Double.parseDouble(args[3]),
				args.length > 4 ? Integer.parseInt(args[4]) : 2);
	}

	static void run(Path osm, int visits, double seconds, int threads) {
		run(osm, visits, 12, seconds, threads);
	}

	private static long heapMb() {
		System.gc();
		Runtime rt = Runtime.getRuntime();
		return (rt.totalMemory() - rt.freeMemory()) >> 20;
	}

	static void run(Path osm, int visits, int vanCount, double seconds, int threads) {
		if (!Files.exists(osm)) {
			System.out.println("No map at " + osm + ": day benchmark skipped");
			return;
		}
		Path cache = Path.of(System.getProperty("java.io.tmpdir"), "zaplecze-bench-graphs");
		long t0 = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RoadNetworkOnly.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("zaplecze.routing.osm-file=" + osm.toAbsolutePath(), "zaplecze.routing.graph-cache-dir=" + cache,
					"spring.main.banner-mode=off", "logging.level.com.graphhopper=WARN",
					"logging.level.com.google.protobuf=ERROR")
			.run()) {
			RoadNetworkManagement network = context.getBean(RoadNetworkManagement.class);
			long loaded = System.nanoTime();
			NetworkArea area = network.area();
			SplittableRandom random = new SplittableRandom(200);
			GeoPoint depot = network.centralPoint(VehicleProfile.CAR);
			List<GeoPoint> points = new ArrayList<>();
			points.add(depot);
			while (points.size() < visits + 1) {
				GeoPoint p = new GeoPoint(area.minLat() + random.nextDouble() * (area.maxLat() - area.minLat()),
						area.minLon() + random.nextDouble() * (area.maxLon() - area.minLon()));
				try {
					points.add(network.snap(p, VehicleProfile.CAR));
				}
				catch (RuntimeException offRoad) {
					// Not near a road: draw again, as the demo's orders do.
				}
			}
			long matrixStart = System.nanoTime();
			TravelMatrix matrix = network.matrix(points, VehicleProfile.CAR);
			long matrixEnd = System.nanoTime();
			long heapAfterMatrix = heapMb();
			TravelCosts costs = TravelCosts.of(matrix);
			long day = 8 * 3600;
			List<Visit> vs = new ArrayList<>();
			for (int i = 1; i <= visits; i++) {
				long start = day + random.nextLong(0, 8) * 3600;
				// 20–80 kg on the 200-visit, 12-van day (about 70 % of the fleet's capacity); scaled to keep
				// that share on other sizes (2,000 visits on 60 vans: 10–40 kg).
				long kg = (20_000 + random.nextLong(60_000)) * vanCount * 200 / (12L * visits);
				vs.add(new Visit("d" + i, i).window(start, start + 2 * 3600).service(300).demand(kg, 0, 0));
			}
			List<Vehicle> vans = new ArrayList<>();
			for (int k = 0; k < vanCount; k++) {
				vans.add(new Vehicle("VAN-" + k, 0, costs).shift(7 * 3600, 19 * 3600)
					.capacity(1_200_000, Vehicle.UNLIMITED, Vehicle.UNLIMITED)
					.costs(60, 2500, 5000));
			}
			Duration limit = Duration.ofMillis((long) (seconds * 1000));
			long solveStart = System.nanoTime();
			AtomicLong firstFeasible = new AtomicLong(-1);
			AtomicLong lastImprovement = new AtomicLong(-1);
			AtomicReference<HardMediumSoftScore> best = new AtomicReference<>();
			List<long[]> trace = java.util.Collections.synchronizedList(new ArrayList<>());
			RoutingSolution problem = new RoutingSolution(vans, vs).timeLimit(limit).onProgress(score -> {
				long now = System.nanoTime() - solveStart;
				if (score.isFeasible() && score.mediumScore() == 0) {
					firstFeasible.compareAndSet(-1, now);
				}
				if (best.get() == null || score.compareTo(best.get()) > 0) {
					best.set(score);
					lastImprovement.set(now);
					if (score.isFeasible() && score.mediumScore() == 0) {
						trace.add(new long[] { now, -score.softScore() });
					}
				}
			});
			RoutingSolution solved = SolverFactory
				.<RoutingSolution>create(PlannerSolverConfig.of(threads, 1, 0)
					.withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
				.buildSolver()
				.solve(problem);
			long solveEnd = System.nanoTime();
			long heapAfterSolve = heapMb();
			System.out.println();
			System.out.printf(Locale.ROOT, "Day on %s: %d visits, %d vans, %d threads, limit %.0f s, max heap %d MB%n",
					osm.getFileName(), visits, vanCount, threads, seconds, Runtime.getRuntime().maxMemory() >> 20);
			System.out.printf(Locale.ROOT, "  road network ready (load or import)  %8.1f s%n", (loaded - t0) / 1e9);
			System.out.printf(Locale.ROOT, "  matrix %dx%d                        %8.2f s%n", points.size(), points.size(),
					(matrixEnd - matrixStart) / 1e9);
			System.out.printf(Locale.ROOT, "  first complete feasible plan          %8.2f s after the matrix (%.2f s incl. matrix)%n",
					firstFeasible.get() / 1e9, (firstFeasible.get() + matrixEnd - matrixStart) / 1e9);
			long finalCost = -solved.getScore().softScore();
			long withinOnePercent = trace.stream()
				.filter(t -> t[1] <= finalCost * 1.01)
				.mapToLong(t -> t[0])
				.min()
				.orElse(-1);
			System.out.printf(Locale.ROOT, "  within 1%% of the final cost           %8.2f s after the matrix%n", withinOnePercent / 1e9);
			System.out.printf(Locale.ROOT, "  last improvement                      %8.2f s after the matrix%n", lastImprovement.get() / 1e9);
			System.out.printf(Locale.ROOT, "  matrix + solve (whole limit)          %8.2f s; score %s, %d vans, %.1f km, %d unassigned%n",
					(solveEnd - matrixStart) / 1e9, solved.getScore(), solved.usedVehicles(), solved.totalMeters() / 1000.0,
					solved.unassigned().size());
			for (long mark : new long[] { 10, 30, 60, 120, 300 }) {
				long at = mark * 1_000_000_000L;
				trace.stream()
					.filter(t -> t[0] <= at)
					.mapToLong(t -> t[1])
					.min()
					.ifPresent(c -> System.out.printf(Locale.ROOT, "  best feasible cost by %3d s: %d (%+.2f %% vs final)%n",
							mark, c, 100.0 * (c - finalCost) / finalCost));
			}
			System.out.printf(Locale.ROOT, "  heap in use after GC: %d MB with the matrix, %d MB after the solve%n",
					heapAfterMatrix, heapAfterSolve);
		}
	}

}
