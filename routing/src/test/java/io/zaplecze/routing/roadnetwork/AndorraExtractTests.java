package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Andorra ({@code ../shared/maps/andorra.osm.pbf}, © OpenStreetMap contributors, ODbL), imported
 * once into a fresh graph folder: random matrix cells equal GraphHopper's own routes.
 */
class AndorraExtractTests {

	@TempDir
	static Path cacheDir;

	static RoadGraph graph;

	static RoadNetworkService network;

	@BeforeAll
	static void load() {
		RoadNetworkProperties properties = TestNetworks.extract(cacheDir, TestNetworks.sharedMap("andorra.osm.pbf"),
				false);
		graph = RoadGraphLoader.load(properties);
		network = new RoadNetworkService(graph, properties);
	}

	@AfterAll
	static void close() {
		if (graph != null) {
			graph.close();
		}
	}

	@Test
	void carMatrixCellsEqualPointToPointRoutes() {
		TestNetworks.assertSampleMatchesRoutes(network, 80, 600, VehicleProfile.CAR, 1);
	}

	@Test
	void truckMatrixCellsEqualPointToPointRoutes() {
		TestNetworks.assertSampleMatchesRoutes(network, 60, 300, VehicleProfile.TRUCK, 2);
	}

	@Test
	void importsTheWholeCountry() {
		// ../shared/maps/README.md: about 2,000 junctions in GraphHopper's car graph.
		assertThat(graph.info().junctions()).isBetween(1500, 4000);
		assertThat(network.area().center().haversineMeters(new GeoPoint(42.54, 1.57))).isLessThan(20_000);
	}

}
