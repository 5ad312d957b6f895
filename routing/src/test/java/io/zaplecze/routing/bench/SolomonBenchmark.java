package io.zaplecze.routing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.FastVehicleRoutingTransportCostsMatrix;
import com.graphhopper.jsprit.core.util.Solutions;

import io.zaplecze.routing.solver.PlannerSolverConfig;
import io.zaplecze.routing.solver.RoutingSolution;
import io.zaplecze.routing.solver.SearchTuning;
import io.zaplecze.routing.solver.TravelCosts;
import io.zaplecze.routing.solver.Vehicle;
import io.zaplecze.routing.solver.Visit;

/**
 * Solves Solomon-format VRPTW instances with our planner, jsprit and OR-Tools under the same time
 * limit and prints vehicles, distance and the gap to the distance-minimising best-known solution,
 * side by side, then the mean gap per class. Every solver's routes are re-checked against the
 * instance (capacity, windows, depot closing time, every customer once) before they count.
 *
 * <pre>
 * args: [--solvers ours,jsprit,ortools,timefold,timefold-nearby] [--threads 2] [--ls-share 0.0] [--seed 1] [--bks file.csv]
 *       [--t0 3.0] [--tf 0.03]
 *       [--day-map heidelberg.osm.pbf|none] [--day-seconds 30]
 *       &lt;seconds per instance per solver&gt; &lt;instance file or folder&gt;...
 * </pre>
 * After the instances it times a 200-visit day on a real map (Heidelberg by default, see
 * {@link MapDayBenchmark}); {@code --day-map none} skips it.
 * <pre>
 * </pre>
 */
public final class SolomonBenchmark {

	private SolomonBenchmark() {
	}

	record Result(int vehicles, long tenths, String note) {

		static Result failed(String note) {
			return new Result(-1, -1, note);
		}

	}

	/** The search's tuning for {@code ours} ({@code --t0}, {@code --tf}; defaults otherwise). */
	private static SearchTuning tuning = SearchTuning.DEFAULTS;

	public static void main(String[] args) throws Exception {
		List<String> solvers = List.of("ours", "jsprit", "ortools");
		int threads = 2;
		double lsShare = 0.0;
		long seed = 1;
		Path bksFile = null;
		Path dayMap = defaultMap();
		double daySeconds = 30;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--solvers" -> solvers = Arrays.asList(args[++i].split(","));
				case "--threads" -> threads = Integer.parseInt(args[++i]);
				case "--ls-share" -> lsShare = Double.parseDouble(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--bks" -> bksFile = Path.of(args[++i]);
				case "--day-map" -> {
					String map = args[++i];
					dayMap = map.equals("none") ? null : Path.of(map);
				}
				case "--day-seconds" -> daySeconds = Double.parseDouble(args[++i]);
				case "--t0" -> tuning = new SearchTuning(Double.parseDouble(args[++i]), tuning.endTemperature(),
						tuning.blinkRate(), tuning.maxStringLength(), tuning.averageRemoved(), tuning.syncsPerRun());
				case "--tf" -> tuning = new SearchTuning(tuning.startTemperature(), Double.parseDouble(args[++i]),
						tuning.blinkRate(), tuning.maxStringLength(), tuning.averageRemoved(), tuning.syncsPerRun());
				default -> rest.add(args[i]);
			}
		}
		if (rest.size() < 2) {
			System.err.println("usage: SolomonBenchmark [options] <seconds> <instance file or folder>...");
			System.exit(2);
		}
		double seconds = Double.parseDouble(rest.get(0));
		List<Path> files = new ArrayList<>();
		for (String p : rest.subList(1, rest.size())) {
			Path path = Path.of(p);
			if (Files.isDirectory(path)) {
				try (Stream<Path> s = Files.list(path)) {
					s.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().forEach(files::add);
				}
			}
			else {
				files.add(path);
			}
		}
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.graphhopper.jsprit"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Map<String, Double> bks = readBks(bksFile != null ? bksFile : defaultBks());
		if (solvers.contains("ortools")) {
			Loader.loadNativeLibraries();
		}
		System.out.printf(Locale.ROOT, "Solomon benchmark: %.0f s per instance per solver, solvers %s, our threads %d, %d cores%n",
				seconds, solvers, threads, Runtime.getRuntime().availableProcessors());
		StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-8s %9s", "instance", "BKS"));
		for (String s : solvers) {
			header.append(String.format(Locale.ROOT, " | %-8s %3s %9s %7s", s, "veh", "dist", "gap%"));
		}
		System.out.println(header);
		Map<String, Map<String, List<Double>>> gaps = new LinkedHashMap<>();
		for (Path file : files) {
			SolomonInstance inst = SolomonInstance.read(file);
			Double best = bks.get(inst.name().toUpperCase(Locale.ROOT));
			StringBuilder line = new StringBuilder(
					String.format(Locale.ROOT, "%-8s %9s", inst.name(), best == null ? "-" : String.format(Locale.ROOT, "%.1f", best)));
			for (String s : solvers) {
				Result r;
				try {
					r = switch (s) {
						case "ours" -> ours(inst, seconds, threads, lsShare, seed);
						case "timefold" -> timefoldDefaults(inst, seconds, seed);
						case "timefold-nearby" -> timefoldNearby(inst, seconds, seed);
						case "jsprit" -> jsprit(inst, seconds);
						case "ortools" -> ortools(inst, seconds);
						default -> throw new IllegalArgumentException("unknown solver " + s);
					};
				}
				catch (RuntimeException ex) {
					r = Result.failed(ex.getMessage());
				}
				if (r.vehicles() < 0) {
					line.append(String.format(Locale.ROOT, " | %-8s %3s %9s %7s", s, "-", "failed", "-"));
					System.err.println(inst.name() + " " + s + ": " + r.note());
					continue;
				}
				double dist = r.tenths() / 10.0;
				String gap = "-";
				if (best != null) {
					double g = 100 * (dist - best) / best;
					gap = String.format(Locale.ROOT, "%+.2f", g);
					gaps.computeIfAbsent(s, k -> new LinkedHashMap<>())
						.computeIfAbsent(classOf(inst.name()), k -> new ArrayList<>())
						.add(g);
				}
				line.append(String.format(Locale.ROOT, " | %-8s %3d %9.1f %7s", s, r.vehicles(), dist, gap));
			}
			System.out.println(line);
		}
		System.out.println();
		System.out.println("Mean gap to the distance-minimising BKS (%), per class:");
		List<String> classes = List.of("C1", "C2", "R1", "R2", "RC1", "RC2");
		StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%-8s", "solver"));
		for (String c : classes) {
			h.append(String.format(Locale.ROOT, " %7s", c));
		}
		h.append(String.format(Locale.ROOT, " %7s %4s", "all", "n"));
		System.out.println(h);
		for (String s : solvers) {
			Map<String, List<Double>> byClass = gaps.getOrDefault(s, Map.of());
			StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s", s));
			List<Double> all = new ArrayList<>();
			for (String c : classes) {
				List<Double> g = byClass.getOrDefault(c, List.of());
				all.addAll(g);
				row.append(String.format(Locale.ROOT, " %7s", g.isEmpty() ? "-" : String.format(Locale.ROOT, "%+.2f", mean(g))));
			}
			row.append(String.format(Locale.ROOT, " %7s %4d", all.isEmpty() ? "-" : String.format(Locale.ROOT, "%+.2f", mean(all)), all.size()));
			System.out.println(row);
		}
		if (dayMap != null) {
			MapDayBenchmark.run(dayMap, 200, daySeconds, threads);
		}
	}

	private static Path defaultMap() {
		for (String base : List.of("../shared", "../../shared")) {
			Path p = Path.of(base, "maps", "heidelberg.osm.pbf");
			if (Files.exists(p)) {
				return p;
			}
		}
		return Path.of("heidelberg.osm.pbf");
	}

	private static double mean(Collection<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	static String classOf(String name) {
		String n = name.toUpperCase(Locale.ROOT);
		int digits = 0;
		while (digits < n.length() && !Character.isDigit(n.charAt(digits))) {
			digits++;
		}
		return digits < n.length() ? n.substring(0, digits) + n.charAt(digits) : n;
	}

	private static Path defaultBks() {
		for (String base : List.of("../shared", "../../shared")) {
			Path p = Path.of(base, "bench", "vrp", "solomon-bks-distmin.csv");
			if (Files.exists(p)) {
				return p;
			}
		}
		return Path.of("solomon-bks-distmin.csv");
	}

	private static Map<String, Double> readBks(Path file) throws IOException {
		Map<String, Double> result = new HashMap<>();
		if (!Files.exists(file)) {
			System.err.println("No best-known solutions at " + file + ": gaps are not printed");
			return result;
		}
		for (String line : Files.readAllLines(file)) {
			String[] f = line.split(",");
			if (f.length >= 3 && !f[0].equalsIgnoreCase("instance")) {
				result.put(f[0].trim().toUpperCase(Locale.ROOT), Double.parseDouble(f[2].trim()));
			}
		}
		return result;
	}

	// ------------------------------------------------------------------ ours

	static RoutingSolution problem(SolomonInstance inst) {
		TravelCosts euclid = new TravelCosts() {

			@Override
			public long seconds(int from, int to) {
				return inst.distance()[from][to];
			}

			@Override
			public long meters(int from, int to) {
				return inst.distance()[from][to];
			}
		};
		List<Vehicle> vehicles = new ArrayList<>();
		for (int k = 0; k < inst.vehicles(); k++) {
			vehicles.add(new Vehicle("v" + k, 0, euclid).shift(inst.ready()[0], inst.due()[0])
				.capacity(inst.capacity(), Vehicle.UNLIMITED, Vehicle.UNLIMITED)
				.costs(1000, 0, 0));
		}
		List<Visit> visits = new ArrayList<>();
		for (int c = 1; c < inst.nodes(); c++) {
			visits.add(new Visit(Integer.toString(c), c).window(inst.ready()[c], inst.due()[c])
				.service(inst.service()[c])
				.demand(inst.demand()[c], 0, 0));
		}
		return new RoutingSolution(vehicles, visits);
	}

	static Result ours(SolomonInstance inst, double seconds, int threads, double lsShare, long seed) {
		Duration limit = Duration.ofMillis((long) (seconds * 1000));
		RoutingSolution solved = SolverFactory
			.<RoutingSolution>create(PlannerSolverConfig.of(threads, seed, lsShare, tuning)
				.withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
			.buildSolver()
			.solve(problem(inst).timeLimit(limit));
		return routesOf(inst, solved);
	}

	/** Timefold's default phases on the same model: the baseline our ruin-and-recreate phase improves on. */
	static Result timefoldDefaults(SolomonInstance inst, double seconds, long seed) {
		Duration limit = Duration.ofMillis((long) (seconds * 1000));
		RoutingSolution solved = SolverFactory
			.<RoutingSolution>create(PlannerSolverConfig.timefoldDefaults(seed)
				.withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
			.buildSolver()
			.solve(problem(inst).timeLimit(limit));
		return routesOf(inst, solved);
	}

	/** Timefold's construction and local search with only our nearby moves (Neighborhoods API). */
	static Result timefoldNearby(SolomonInstance inst, double seconds, long seed) {
		Duration limit = Duration.ofMillis((long) (seconds * 1000));
		RoutingSolution solved = SolverFactory
			.<RoutingSolution>create(PlannerSolverConfig.timefoldNearby(seed)
				.withTerminationConfig(new TerminationConfig().withSpentLimit(limit)))
			.buildSolver()
			.solve(problem(inst).timeLimit(limit).markNearby());
		return routesOf(inst, solved);
	}

	private static Result routesOf(SolomonInstance inst, RoutingSolution solved) {
		if (!solved.unassigned().isEmpty() || solved.getScore() == null || !solved.getScore().isFeasible()) {
			return Result.failed(solved.unassigned().size() + " customers unassigned, score " + solved.getScore());
		}
		List<int[]> routes = new ArrayList<>();
		for (Vehicle v : solved.getVehicles()) {
			if (!v.getVisits().isEmpty()) {
				routes.add(v.getVisits().stream().mapToInt(Visit::getLocation).toArray());
			}
		}
		return new Result(routes.size(), inst.validate(routes), String.valueOf(solved.getScore()));
	}

	// ------------------------------------------------------------------ jsprit

	static Result jsprit(SolomonInstance inst, double seconds) {
		int n = inst.nodes();
		FastVehicleRoutingTransportCostsMatrix.Builder costs = FastVehicleRoutingTransportCostsMatrix.Builder
			.newInstance(n, false);
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double d = inst.distance()[i][j] / 10.0;
				costs.addTransportTimeAndDistance(i, j, d, d);
			}
		}
		VehicleTypeImpl type = VehicleTypeImpl.Builder.newInstance("type")
			.addCapacityDimension(0, (int) inst.capacity())
			.setCostPerDistance(1)
			.setCostPerTransportTime(0)
			.setCostPerWaitingTime(0)
			.setFixedCost(0)
			.build();
		VehicleRoutingProblem.Builder vrp = VehicleRoutingProblem.Builder.newInstance()
			.setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
			.setRoutingCost(costs.build());
		Location depot = Location.Builder.newInstance().setIndex(0).setId("0").build();
		for (int k = 0; k < inst.vehicles(); k++) {
			vrp.addVehicle(VehicleImpl.Builder.newInstance("v" + k)
				.setType(type)
				.setStartLocation(depot)
				.setEarliestStart(inst.ready()[0] / 10.0)
				.setLatestArrival(inst.due()[0] / 10.0)
				.build());
		}
		for (int c = 1; c < n; c++) {
			vrp.addJob(Service.Builder.newInstance(Integer.toString(c))
				.setLocation(Location.Builder.newInstance().setIndex(c).setId(Integer.toString(c)).build())
				.addSizeDimension(0, (int) inst.demand()[c])
				.setServiceTime(inst.service()[c] / 10.0)
				.addTimeWindow(inst.ready()[c] / 10.0, inst.due()[c] / 10.0)
				.build());
		}
		VehicleRoutingProblem problem = vrp.build();
		VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem)
			.setProperty(Jsprit.Parameter.THREADS, "2")
			.buildAlgorithm();
		algorithm.setMaxIterations(Integer.MAX_VALUE);
		TimeTermination termination = new TimeTermination((long) (seconds * 1000));
		algorithm.setPrematureAlgorithmTermination(termination);
		algorithm.addListener(termination);
		VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
		if (!best.getUnassignedJobs().isEmpty()) {
			return Result.failed(best.getUnassignedJobs().size() + " customers unassigned");
		}
		List<int[]> routes = new ArrayList<>();
		for (VehicleRoute route : best.getRoutes()) {
			routes.add(route.getActivities().stream().mapToInt(a -> a.getLocation().getIndex()).toArray());
		}
		return new Result((int) routes.stream().filter(r -> r.length > 0).count(), inst.validate(routes), "");
	}

	// ------------------------------------------------------------------ OR-Tools

	static Result ortools(SolomonInstance inst, double seconds) {
		int n = inst.nodes();
		long[][] d = inst.distance();
		RoutingIndexManager manager = new RoutingIndexManager(n, inst.vehicles(), 0);
		RoutingModel routing = new RoutingModel(manager);
		int arc = routing.registerTransitCallback((long from, long to) -> d[manager.indexToNode(from)][manager.indexToNode(to)]);
		routing.setArcCostEvaluatorOfAllVehicles(arc);
		int demand = routing.registerUnaryTransitCallback((long from) -> inst.demand()[manager.indexToNode(from)]);
		long[] caps = new long[inst.vehicles()];
		Arrays.fill(caps, inst.capacity());
		routing.addDimensionWithVehicleCapacity(demand, 0, caps, true, "Capacity");
		int time = routing.registerTransitCallback((long from, long to) -> {
			int i = manager.indexToNode(from);
			return d[i][manager.indexToNode(to)] + inst.service()[i];
		});
		long horizon = inst.due()[0];
		routing.addDimension(time, horizon, horizon, false, "Time");
		RoutingDimension t = routing.getMutableDimension("Time");
		for (int c = 1; c < n; c++) {
			t.cumulVar(manager.nodeToIndex(c)).setRange(inst.ready()[c], inst.due()[c]);
		}
		for (int k = 0; k < inst.vehicles(); k++) {
			t.cumulVar(routing.start(k)).setRange(inst.ready()[0], inst.due()[0]);
			t.cumulVar(routing.end(k)).setRange(inst.ready()[0], inst.due()[0]);
		}
		long millis = (long) (seconds * 1000);
		RoutingSearchParameters params = main.defaultRoutingSearchParameters()
			.toBuilder()
			.setFirstSolutionStrategy(FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION)
			.setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
			.setTimeLimit(com.google.protobuf.Duration.newBuilder()
				.setSeconds(millis / 1000)
				.setNanos((int) (millis % 1000) * 1_000_000))
			.build();
		Assignment solution = routing.solveWithParameters(params);
		if (solution == null) {
			return Result.failed("no solution found");
		}
		List<int[]> routes = new ArrayList<>();
		for (int k = 0; k < inst.vehicles(); k++) {
			List<Integer> r = new ArrayList<>();
			long index = solution.value(routing.nextVar(routing.start(k)));
			while (!routing.isEnd(index)) {
				r.add(manager.indexToNode(index));
				index = solution.value(routing.nextVar(index));
			}
			routes.add(r.stream().mapToInt(Integer::intValue).toArray());
		}
		return new Result((int) routes.stream().filter(r -> r.length > 0).count(), inst.validate(routes), "");
	}

}
