package io.zaplecze.routing.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.zaplecze.platform.DomainFailure;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.roadnetwork.RoadNetworkBenchSupport;
import io.zaplecze.routing.roadnetwork.RoadNetworkService;

/**
 * Times the bucket many-to-many matrix against repeated point-to-point routing on a real extract.
 *
 * <pre>
 * ./mvnw -B -q -pl routing test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.zaplecze.routing.bench.MatrixBenchmark \
 *   -Dexec.args="../shared/maps/heidelberg.osm.pbf --sizes 100,1000,2000 --runs 5 --p2p-queries 2000"
 * </pre>
 *
 * Prints import + CH time (fresh graph folder), then for each N the median (min..max) of the
 * matrix over N random points (snapping included) with all threads and with one, and the median
 * time of GraphHopper's point-to-point CH query (no geometry) over a random sample of pairs,
 * extrapolated to N×(N−1) queries, with the ratio. Every sampled pair is also checked: the matrix
 * cell must equal the point-to-point result to 1 s and 1 m.
 */
public final class MatrixBenchmark {

	/** Held so that the level set on it is not garbage-collected with the logger. */
	private static final java.util.logging.Logger PROTOBUF_LOG = java.util.logging.Logger.getLogger("com.google.protobuf");

	private MatrixBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		quietLibraries();
		Path osm = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/maps/heidelberg.osm.pbf");
		int[] sizes = Arrays.stream(option(args, "--sizes", "100,1000,2000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		int runs = Integer.parseInt(option(args, "--runs", "5"));
		int queries = Integer.parseInt(option(args, "--p2p-queries", "2000"));
		VehicleProfile profile = VehicleProfile.valueOf(option(args, "--profile", "CAR").toUpperCase(Locale.ROOT));
		int threads = Runtime.getRuntime().availableProcessors();
		if (!Files.isRegularFile(osm) && Files.isRegularFile(Path.of("..").resolve(osm))) {
			osm = Path.of("..").resolve(osm);
		}
		Path cache = Files.createTempDirectory("zaplecze-matrix-bench-");
		try {
			run(osm, cache, sizes, runs, queries, profile, threads);
		}
		finally {
			try (Stream<Path> files = Files.walk(cache)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(Path osm, Path cache, int[] sizes, int runs, int queries, VehicleProfile profile,
			int threads) {
		System.out.printf(Locale.ROOT, "Matrix benchmark: %s (© OpenStreetMap contributors, ODbL), profile %s, "
				+ "%d processors, Java %s%n", osm.getFileName(), profile, threads, Runtime.version());
		long started = System.nanoTime();
		int junctions;
		try (RoadNetworkBenchSupport fresh = RoadNetworkBenchSupport.load(osm, cache, threads)) {
			junctions = fresh.junctions();
		}
		double importSeconds = (System.nanoTime() - started) / 1e9;
		started = System.nanoTime();
		try (RoadNetworkBenchSupport parallel = RoadNetworkBenchSupport.load(osm, cache, threads);
				RoadNetworkBenchSupport single = RoadNetworkBenchSupport.load(osm, cache, 1)) {
			System.out.printf(Locale.ROOT,
					"import + CH (car and truck) into a fresh graph folder: %.1f s; two loads from the cache: %.1f s; "
							+ "%d junctions%n",
					importSeconds, (System.nanoTime() - started) / 1e9, junctions);
			int maxSize = Arrays.stream(sizes).max().orElse(0);
			List<GeoPoint> all = randomPoints(parallel.network(), maxSize, profile, 2026);
			warmUp(parallel, single, all, profile);
			System.out.printf(Locale.ROOT, "%6s  %-26s  %-26s  %-22s  %-16s  %8s  %s%n", "N", "matrix, " + threads
					+ " threads", "matrix, 1 thread", "point-to-point / query", "p2p N(N-1) est.", "ratio", "checked");
			for (int n : sizes) {
				List<GeoPoint> points = all.subList(0, n);
				double[] parallelTimes = new double[runs];
				double[] singleTimes = new double[runs];
				TravelMatrix matrix = null;
				for (int r = 0; r < runs; r++) {
					long t0 = System.nanoTime();
					matrix = parallel.network().matrix(points, profile);
					parallelTimes[r] = (System.nanoTime() - t0) / 1e6;
					t0 = System.nanoTime();
					single.network().matrix(points, profile);
					singleTimes[r] = (System.nanoTime() - t0) / 1e6;
				}
				PointToPoint p2p = pointToPoint(parallel, points, matrix, queries, runs, profile);
				double matrixMedian = median(parallelTimes);
				double estimate = p2p.medianMillis * n * (n - 1);
				System.out.printf(Locale.ROOT, "%6d  %-26s  %-26s  %-22s  %-16s  %7.0f×  %d pairs, %d differ%n", n,
						spread(parallelTimes), spread(singleTimes), String.format(Locale.ROOT, "%.3f ms", p2p.medianMillis),
						String.format(Locale.ROOT, "%.1f s", estimate / 1000), estimate / matrixMedian, p2p.checked,
						p2p.mismatches);
			}
		}
	}

	private record PointToPoint(double medianMillis, int checked, int mismatches) {
	}

	/** Median per-query time over {@code runs} rounds of {@code queries} random pairs; checks every pair. */
	private static PointToPoint pointToPoint(RoadNetworkBenchSupport bench, List<GeoPoint> points, TravelMatrix matrix,
			int queries, int runs, VehicleProfile profile) {
		int n = points.size();
		SplittableRandom random = new SplittableRandom(n);
		int[] from = new int[queries];
		int[] to = new int[queries];
		for (int q = 0; q < queries; q++) {
			from[q] = random.nextInt(n);
			do {
				to[q] = random.nextInt(n);
			}
			while (to[q] == from[q]);
		}
		double[] perQuery = new double[runs];
		int mismatches = 0;
		for (int r = 0; r < runs; r++) {
			long t0 = System.nanoTime();
			for (int q = 0; q < queries; q++) {
				long[] result = bench.pointToPoint(points.get(from[q]), points.get(to[q]), profile);
				if (r == 0 && !agrees(matrix, from[q], to[q], result)) {
					mismatches++;
				}
			}
			perQuery[r] = (System.nanoTime() - t0) / 1e6 / queries;
		}
		return new PointToPoint(median(perQuery), queries, mismatches);
	}

	private static boolean agrees(TravelMatrix matrix, int from, int to, long[] result) {
		if (result == null) {
			return !matrix.reachable(from, to);
		}
		return Math.abs(matrix.seconds(from, to) - Math.round(result[0] / 1000.0)) <= 1
				&& Math.abs(matrix.meters(from, to) - result[1]) <= 1;
	}

	private static void warmUp(RoadNetworkBenchSupport parallel, RoadNetworkBenchSupport single, List<GeoPoint> points,
			VehicleProfile profile) {
		List<GeoPoint> some = points.subList(0, Math.min(500, points.size()));
		for (int i = 0; i < 3; i++) {
			parallel.network().matrix(some, profile);
			single.network().matrix(some, profile);
		}
		for (int q = 0; q < 2000; q++) {
			parallel.pointToPoint(some.get(q % some.size()), some.get((q * 7 + 1) % some.size()), profile);
		}
	}

	private static List<GeoPoint> randomPoints(RoadNetworkService network, int count, VehicleProfile profile, long seed) {
		NetworkArea area = network.area();
		SplittableRandom random = new SplittableRandom(seed);
		List<GeoPoint> points = new ArrayList<>(count);
		while (points.size() < count) {
			GeoPoint p = new GeoPoint(area.minLat() + random.nextDouble() * (area.maxLat() - area.minLat()),
					area.minLon() + random.nextDouble() * (area.maxLon() - area.minLon()));
			try {
				network.snap(p, profile);
				points.add(p);
			}
			catch (DomainFailure offNetwork) {
				// outside the road network's reach: draw again
			}
		}
		return points;
	}

	private static String spread(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%s (%s..%s)", ms(median(sorted)), ms(sorted[0]), ms(sorted[sorted.length - 1]));
	}

	private static String ms(double millis) {
		return (millis >= 1000) ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
				: String.format(Locale.ROOT, "%.0f ms", millis);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int mid = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

	/** GraphHopper's import log and a dependency's protobuf notice would bury the figures. */
	private static void quietLibraries() {
		if (org.slf4j.LoggerFactory.getLogger("com.graphhopper") instanceof ch.qos.logback.classic.Logger logger) {
			logger.setLevel(ch.qos.logback.classic.Level.WARN);
		}
		if (org.slf4j.LoggerFactory.getLogger("io.zaplecze") instanceof ch.qos.logback.classic.Logger logger) {
			logger.setLevel(ch.qos.logback.classic.Level.WARN);
		}
		PROTOBUF_LOG.setLevel(java.util.logging.Level.SEVERE);
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
