package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.graphhopper.routing.ev.RoadClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Vector tiles of the generated town, decoded again: the layer, its features and attributes (the
 * town's ring road, arterials and residential streets), clipping, and what low zoom levels omit.
 */
class NetworkTilesTests {

	@TempDir
	static Path cacheDir;

	static RoadGraph graph;

	static NetworkTiles tiles;

	@BeforeAll
	static void load() {
		graph = RoadGraphLoader.load(TestNetworks.town(cacheDir, TestNetworks.SMALL_TOWN));
		tiles = new NetworkTiles(graph);
	}

	@AfterAll
	static void close() {
		graph.close();
	}

	@Test
	void aTileInTownHoldsTheRoadsWithClassAndName() {
		int[] xy = tileOf(TestNetworks.SMALL_TOWN.centerLat(), TestNetworks.SMALL_TOWN.centerLon(), 14);
		Map<String, MvtDecoder.Layer> layers = MvtDecoder.decode(tiles.tile(14, xy[0], xy[1]));

		assertThat(layers).containsOnlyKeys("roads");
		MvtDecoder.Layer roads = layers.get("roads");
		assertThat(roads.version()).isEqualTo(2);
		assertThat(roads.extent()).isEqualTo(4096);
		assertThat(roads.features()).hasSizeGreaterThan(20);
		assertThat(roads.features()).allSatisfy(f -> {
			assertThat(f.type()).isEqualTo(2);
			assertThat(f.tags()).containsKey("class");
			assertThat(f.parts()).isNotEmpty().allSatisfy(part -> assertThat(part).hasSizeGreaterThanOrEqualTo(2));
		});
		Set<String> classes = roads.features().stream().map(f -> f.tags().get("class")).collect(Collectors.toSet());
		assertThat(classes).contains("residential").isSubsetOf(
				Set.of("primary", "secondary", "tertiary", "residential", "unclassified", "service"));
		Set<String> names = roads.features().stream()
			.map(f -> f.tags().get("name"))
			.filter(n -> n != null)
			.collect(Collectors.toSet());
		assertThat(names).anyMatch(n -> n.startsWith("Street ") || n.startsWith("Avenue "));
	}

	@Test
	void coordinatesStayWithinTheTilePlusItsBuffer() {
		int[] xy = tileOf(TestNetworks.SMALL_TOWN.centerLat(), TestNetworks.SMALL_TOWN.centerLon(), 16);
		MvtDecoder.Layer roads = MvtDecoder.decode(tiles.tile(16, xy[0], xy[1])).get("roads");
		assertThat(roads.features()).isNotEmpty();
		for (MvtDecoder.Feature feature : roads.features()) {
			for (List<int[]> part : feature.parts()) {
				for (int[] p : part) {
					assertThat(p[0]).isBetween(-NetworkTiles.BUFFER, 4096 + NetworkTiles.BUFFER);
					assertThat(p[1]).isBetween(-NetworkTiles.BUFFER, 4096 + NetworkTiles.BUFFER);
				}
			}
		}
	}

	@Test
	void lowZoomLevelsLeaveOutResidentialStreets() {
		int[] near = tileOf(TestNetworks.SMALL_TOWN.centerLat(), TestNetworks.SMALL_TOWN.centerLon(), 14);
		int[] far = tileOf(TestNetworks.SMALL_TOWN.centerLat(), TestNetworks.SMALL_TOWN.centerLon(), 10);
		long residentialNear = count(tiles.tile(14, near[0], near[1]), "residential");
		byte[] low = tiles.tile(10, far[0], far[1]);
		assertThat(residentialNear).isPositive();
		assertThat(low.length == 0 ? 0 : count(low, "residential")).isZero();
		assertThat(NetworkTiles.minZoom(RoadClass.RESIDENTIAL)).isGreaterThan(10);
	}

	@Test
	void aTileWithoutRoadsIsEmpty() {
		assertThat(tiles.tile(14, 0, 0)).isEmpty();
	}

	@Test
	void refusesCoordinatesOutsideTheGrid() {
		assertThatIllegalArgumentException().isThrownBy(() -> NetworkTiles.checkTile(17, 0, 0))
			.withMessageContaining("0 to 16");
		assertThatIllegalArgumentException().isThrownBy(() -> NetworkTiles.checkTile(3, 8, 0))
			.withMessageContaining("x and y run from 0 to 7");
		assertThatIllegalArgumentException().isThrownBy(() -> NetworkTiles.checkTile(3, 0, -1));
	}

	private static long count(byte[] tile, String roadClass) {
		MvtDecoder.Layer roads = MvtDecoder.decode(tile).get("roads");
		return roads == null ? 0
				: roads.features().stream().filter(f -> roadClass.equals(f.tags().get("class"))).count();
	}

	/** The XYZ tile holding a point (the slippy-map formula). */
	static int[] tileOf(double lat, double lon, int z) {
		int n = 1 << z;
		int x = (int) Math.floor((lon + 180) / 360 * n);
		double r = Math.toRadians(lat);
		int y = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
		return new int[] { x, y };
	}

}
