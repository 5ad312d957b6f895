package io.zaplecze.routing.roadnetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.DomainFailure;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadRoute;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Builds road networks for tests: the generated town or an extract from ../shared/maps. */
final class TestNetworks {

	static final RoadNetworkProperties.Town SMALL_TOWN = new RoadNetworkProperties.Town(2026, 52.2297, 21.0122, 4000);

	private TestNetworks() {
	}

	static RoadNetworkProperties town(Path cacheDir, RoadNetworkProperties.Town town) {
		return new RoadNetworkProperties(null, cacheDir, 300, false, 2, town);
	}

	static RoadNetworkProperties extract(Path cacheDir, Path file, boolean sort) {
		return new RoadNetworkProperties(file.toString(), cacheDir, 300, sort, 2, SMALL_TOWN);
	}

	/** A file from ../shared/maps, or the test is skipped when the shared data is absent. */
	static Path sharedMap(String name) {
		for (Path base : List.of(Path.of("..", "..", "shared", "maps"), Path.of("..", "shared", "maps"))) {
			Path file = base.resolve(name);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		assumeTrue(false, "../shared/maps/" + name + " is not available: skipping");
		throw new IllegalStateException("unreachable");
	}

	/**
	 * Asserts that every sampled cell of the matrix equals the point-to-point route between the
	 * same two points, to 1 s and 1 m; returns how many pairs were checked.
	 */
	static int assertMatrixMatchesRoutes(RoadNetworkService network, List<GeoPoint> points, VehicleProfile profile,
			int maxPairs, long seed) {
		TravelMatrix matrix = network.matrix(points, profile);
		SplittableRandom random = new SplittableRandom(seed);
		int n = points.size();
		boolean all = (long) n * (n - 1) <= maxPairs;
		int checked = 0;
		for (int k = 0; all ? k < n * n : checked < maxPairs; k++) {
			int i = all ? k / n : random.nextInt(n);
			int j = all ? k % n : random.nextInt(n);
			if (i == j) {
				assertThat(matrix.seconds(i, i)).isZero();
				continue;
			}
			RoadRoute route = network.route(List.of(points.get(i), points.get(j)), profile);
			assertThat(matrix.seconds(i, j)).as("%s seconds %d->%d (%s -> %s)", profile, i, j, points.get(i), points.get(j))
				.isCloseTo(route.travelSeconds(), within(1L));
			assertThat(matrix.meters(i, j)).as("%s metres %d->%d (%s -> %s)", profile, i, j, points.get(i), points.get(j))
				.isCloseTo(route.distanceMeters(), within(1L));
			checked++;
		}
		return checked;
	}

	/** {@code points} random snappable points; {@code pairs} random cells checked against routes. */
	static void assertSampleMatchesRoutes(RoadNetworkService network, int points, int pairs, VehicleProfile profile,
			long seed) {
		List<GeoPoint> sample = snappablePoints(network, points, seed, profile);
		assertThat(assertMatrixMatchesRoutes(network, sample, profile, pairs, seed)).isEqualTo(pairs);
	}

	/**
	 * Writes two separate 15 × 15 street grids (100 m blocks, two-way residential streets) about
	 * 3.4 km apart, with no road between them: every pair across them is unreachable.
	 * @return the grids' south-west corners
	 */
	static List<GeoPoint> writeTwoIslands(Path file) throws IOException {
		List<GeoPoint> corners = List.of(new GeoPoint(50.0, 8.0), new GeoPoint(50.0, 8.05));
		StringBuilder nodes = new StringBuilder();
		StringBuilder ways = new StringBuilder();
		int size = 15;
		long wayId = 1;
		for (int island = 0; island < corners.size(); island++) {
			GeoPoint corner = corners.get(island);
			long base = island * 1000L;
			for (int i = 0; i < size; i++) {
				for (int j = 0; j < size; j++) {
					nodes.append(String.format(Locale.ROOT, "  <node id=\"%d\" lat=\"%.7f\" lon=\"%.7f\"/>%n",
							base + i * size + j + 1, corner.lat() + j * 0.0009, corner.lon() + i * 0.0014));
				}
			}
			for (int line = 0; line < size; line++) {
				StringBuilder ns = new StringBuilder();
				StringBuilder ew = new StringBuilder();
				for (int k = 0; k < size; k++) {
					ns.append("<nd ref=\"").append(base + line * size + k + 1).append("\"/>");
					ew.append("<nd ref=\"").append(base + k * size + line + 1).append("\"/>");
				}
				for (StringBuilder refs : List.of(ns, ew)) {
					ways.append("  <way id=\"").append(wayId++).append("\">").append(refs)
						.append("<tag k=\"highway\" v=\"residential\"/></way>\n");
				}
			}
		}
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\">\n" + nodes + ways
				+ "</osm>\n");
		return corners;
	}

	/** Random points in the network's area that the profile can snap to. */
	static List<GeoPoint> snappablePoints(RoadNetworkService network, int count, long seed,
			@Nullable VehicleProfile alsoFor) {
		NetworkArea area = network.area();
		SplittableRandom random = new SplittableRandom(seed);
		List<GeoPoint> points = new ArrayList<>();
		int attempts = 0;
		while (points.size() < count) {
			if (++attempts > count * 200) {
				throw new IllegalStateException("Could not find " + count + " snappable points in " + area);
			}
			GeoPoint p = new GeoPoint(area.minLat() + random.nextDouble() * (area.maxLat() - area.minLat()),
					area.minLon() + random.nextDouble() * (area.maxLon() - area.minLon()));
			try {
				network.snap(p, VehicleProfile.CAR);
				if (alsoFor != null) {
					network.snap(p, alsoFor);
				}
				points.add(p);
			}
			catch (DomainFailure offNetwork) {
				// try another
			}
		}
		return points;
	}

}
