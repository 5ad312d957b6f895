package io.zaplecze.routing.roadnetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticTownTests {

	private static final RoadNetworkProperties.Town TOWN = new RoadNetworkProperties.Town(2026, 52.2297, 21.0122, 6000);

	@TempDir
	Path dir;

	@Test
	void sameSettingsGiveTheSameFileByteForByte() throws IOException {
		Path first = this.dir.resolve("a.osm");
		Path second = this.dir.resolve("b.osm");
		SyntheticTown.generate(TOWN).writeOsmXml(first);
		SyntheticTown.generate(TOWN).writeOsmXml(second);

		assertThat(Files.mismatch(first, second)).isEqualTo(-1);
	}

	@Test
	void anotherSeedGivesAnotherTown() {
		SyntheticTown.TownMap town = SyntheticTown.generate(TOWN);
		SyntheticTown.TownMap other = SyntheticTown
			.generate(new RoadNetworkProperties.Town(7, TOWN.centerLat(), TOWN.centerLon(), TOWN.sizeMeters()));

		assertThat(other.nodes()).isNotEqualTo(town.nodes());
	}

	@Test
	void hasArterialsResidentialStreetsOneWaysARiverAndAFewBridges() {
		SyntheticTown.TownMap town = SyntheticTown.generate(TOWN);

		assertThat(count(town, Map.of("highway", "primary", "maxspeed", "60"))).isGreaterThan(10);
		assertThat(count(town, Map.of("highway", "tertiary", "maxspeed", "40"))).isGreaterThan(10);
		assertThat(count(town, Map.of("highway", "residential", "maxspeed", "30"))).isGreaterThan(50);
		assertThat(count(town, Map.of("highway", "residential", "oneway", "yes"))).isGreaterThan(20);
		assertThat(count(town, Map.of("highway", "residential", "hgv", "no"))).isGreaterThan(3);
		assertThat(count(town, Map.of("waterway", "river"))).isEqualTo(1);
		assertThat(count(town, Map.of("bridge", "yes"))).isBetween(3L, 6L);
		assertThat(count(town, Map.of("bridge", "yes", "maxweight", "3.5"))).isEqualTo(1);
	}

	@Test
	void coversTheConfiguredSquareAroundTheCentre() {
		SyntheticTown.TownMap town = SyntheticTown.generate(TOWN);
		List<SyntheticTown.Node> roadNodes = town.ways()
			.stream()
			.filter(w -> w.tags().containsKey("highway"))
			.flatMap(w -> w.refs().stream())
			.map(town::node)
			.toList();

		double minLat = roadNodes.stream().mapToDouble(SyntheticTown.Node::lat).min().orElseThrow();
		double maxLat = roadNodes.stream().mapToDouble(SyntheticTown.Node::lat).max().orElseThrow();
		// 6 km square less a 40 m margin each side, ± jitter: 5.9 km of latitude ≈ 0.053°.
		assertThat((maxLat - minLat) * 111_195).isBetween(5800.0, 6000.0);
		assertThat((maxLat + minLat) / 2).isCloseTo(TOWN.centerLat(), org.assertj.core.data.Offset.offset(0.002));
	}

	private static long count(SyntheticTown.TownMap town, Map<String, String> tags) {
		return town.ways().stream().filter(w -> w.tags().entrySet().containsAll(tags.entrySet())).count();
	}

}
