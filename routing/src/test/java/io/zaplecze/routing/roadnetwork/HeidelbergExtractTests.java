package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heidelberg ({@code ../shared/maps/heidelberg.osm.pbf}, © OpenStreetMap contributors, ODbL), the
 * largest shared network, imported once into a fresh graph folder.
 */
class HeidelbergExtractTests {

	@TempDir
	static Path cacheDir;

	static RoadGraph graph;

	static RoadNetworkService network;

	@BeforeAll
	static void load() {
		RoadNetworkProperties properties = TestNetworks.extract(cacheDir, TestNetworks.sharedMap("heidelberg.osm.pbf"),
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
		TestNetworks.assertSampleMatchesRoutes(network, 150, 800, VehicleProfile.CAR, 3);
	}

	@Test
	void truckMatrixCellsEqualPointToPointRoutes() {
		TestNetworks.assertSampleMatchesRoutes(network, 100, 400, VehicleProfile.TRUCK, 4);
	}

	@Test
	void lorriesAreSlowerThanCars() {
		List<GeoPoint> points = TestNetworks.snappablePoints(network, 30, 9, VehicleProfile.TRUCK);
		TravelMatrix car = network.matrix(points, VehicleProfile.CAR);
		TravelMatrix truck = network.matrix(points, VehicleProfile.TRUCK);
		long carTotal = 0;
		long truckTotal = 0;
		for (int i = 0; i < points.size(); i++) {
			for (int j = 0; j < points.size(); j++) {
				if (car.reachable(i, j) && truck.reachable(i, j)) {
					carTotal += car.seconds(i, j);
					truckTotal += truck.seconds(i, j);
				}
			}
		}
		assertThat(truckTotal).isGreaterThan(carTotal + carTotal / 20);
	}

	@Test
	void importsTheCityWithContractionHierarchies() {
		// ../shared/maps/README.md: 22,393 junctions in GraphHopper's car graph.
		assertThat(graph.info().junctions()).isBetween(20_000, 30_000);
		assertThat(graph.profile(VehicleProfile.CAR).contracted().nodeCount()).isEqualTo(graph.info().junctions());
	}

}
