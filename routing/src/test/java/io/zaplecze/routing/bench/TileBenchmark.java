package io.zaplecze.routing.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import io.zaplecze.routing.roadnetwork.TileBenchSupport;

/**
 * Times the road-network vector tiles (the console's offline basemap) per zoom level on a real
 * extract: tiles over the network's bounds that hold roads (a random sample of {@code --max-tiles}
 * where there are more; the empty ones sampled are counted), three warm-up passes, then
 * {@code --runs} timed passes; prints median, p99 and max encode time, tile size and the index
 * build time. In-process (no HTTP): the endpoint adds a header write.
 *
 * <pre>
 * ./mvnw -B -q -pl routing test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.zaplecze.routing.bench.TileBenchmark \
 *   -Dexec.args="../shared/maps/heidelberg.osm.pbf --zooms 10-16 --max-tiles 300 --runs 3"
 * </pre>
 */
public final class TileBenchmark {

	private TileBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path osm = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/maps/heidelberg.osm.pbf");
		if (!Files.isRegularFile(osm) && Files.isRegularFile(Path.of("..").resolve(osm))) {
			osm = Path.of("..").resolve(osm);
		}
		String[] zooms = option(args, "--zooms", "10-16").split("-");
		int minZoom = Integer.parseInt(zooms[0]);
		int maxZoom = Integer.parseInt(zooms[zooms.length - 1]);
		int maxTiles = Integer.parseInt(option(args, "--max-tiles", "300"));
		int runs = Integer.parseInt(option(args, "--runs", "3"));
		Path cache = Files.createTempDirectory("zaplecze-tile-bench-");
		try (TileBenchSupport network = TileBenchSupport.load(osm, cache)) {
			System.out.printf(Locale.ROOT, "Tile benchmark: %s (© OpenStreetMap contributors, ODbL), %d road segments, "
					+ "index built in %d ms, %d processors, Java %s%n", osm.getFileName(), network.segments(),
					network.indexMillis(), Runtime.getRuntime().availableProcessors(), Runtime.version());
			System.out.printf(Locale.ROOT, "%4s %6s %6s %10s %10s %10s %10s %10s%n", "zoom", "tiles", "empty", "median ms", "p99 ms",
					"max ms", "median kB", "max kB");
			double[] b = network.bounds();
			for (int z = minZoom; z <= maxZoom; z++) {
				List<int[]> tiles = tilesOver(b, z);
				Collections.shuffle(tiles, new Random(z));
				if (tiles.size() > maxTiles * 4) {
					tiles = tiles.subList(0, maxTiles * 4);
				}
				// Warm-up (JIT), and only tiles with roads: the bounds hold many empty tiles, which cost nothing.
				List<int[]> withRoads = new ArrayList<>();
				for (int warmup = 0; warmup < 3; warmup++) {
					for (int[] t : tiles) {
						if (network.tile(z, t[0], t[1]).length > 0 && warmup == 0) {
							withRoads.add(t);
						}
					}
				}
				int empty = tiles.size() - withRoads.size();
				tiles = (withRoads.size() > maxTiles) ? withRoads.subList(0, maxTiles) : withRoads;
				if (tiles.isEmpty()) {
					continue;
				}
				List<Double> millis = new ArrayList<>();
				List<Integer> sizes = new ArrayList<>();
				for (int run = 0; run < runs; run++) {
					for (int[] t : tiles) {
						long started = System.nanoTime();
						byte[] tile = network.tile(z, t[0], t[1]);
						millis.add((System.nanoTime() - started) / 1e6);
						if (run == 0) {
							sizes.add(tile.length);
						}
					}
				}
				Collections.sort(millis);
				Collections.sort(sizes);
				System.out.printf(Locale.ROOT, "%4d %6d %6d %10.2f %10.2f %10.2f %10.1f %10.1f%n", z, tiles.size(), empty,
						percentile(millis, 0.5), percentile(millis, 0.99), millis.get(millis.size() - 1),
						sizes.get(sizes.size() / 2) / 1024.0, sizes.get(sizes.size() - 1) / 1024.0);
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(cache)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static List<int[]> tilesOver(double[] b, int z) {
		int n = 1 << z;
		int x0 = (int) Math.floor((b[0] + 180) / 360 * n);
		int x1 = (int) Math.floor((b[2] + 180) / 360 * n);
		int y0 = tileY(b[3], n);
		int y1 = tileY(b[1], n);
		List<int[]> tiles = new ArrayList<>();
		for (int x = x0; x <= x1; x++) {
			for (int y = y0; y <= y1; y++) {
				tiles.add(new int[] { x, y });
			}
		}
		return tiles;
	}

	private static int tileY(double lat, int n) {
		double r = Math.toRadians(lat);
		return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
	}

	private static double percentile(List<Double> sorted, double p) {
		int i = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
	}

	private static String option(String[] args, String name, String fallback) {
		int i = Arrays.asList(args).indexOf(name);
		return (i >= 0 && i + 1 < args.length) ? args[i + 1] : fallback;
	}

}
