package io.zaplecze.routing.roadnetwork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.NoRoadConnection;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two street grids with no road between them: unreachable pairs are marked, never guessed. */
class DisconnectedNetworkTests {

	@TempDir
	static Path dir;

	static RoadGraph graph;

	static RoadNetworkService network;

	static List<GeoPoint> corners;

	@BeforeAll
	static void load() throws IOException {
		Path osm = dir.resolve("islands.osm");
		corners = TestNetworks.writeTwoIslands(osm);
		RoadNetworkProperties properties = TestNetworks.extract(dir.resolve("cache"), osm, false);
		graph = RoadGraphLoader.load(properties);
		network = new RoadNetworkService(graph, properties);
	}

	@AfterAll
	static void close() {
		graph.close();
	}

	@Test
	void pairsAcrossIslandsAreUnreachableAndPairsWithinAreNot() {
		GeoPoint west1 = inside(0, 0.2, 0.3);
		GeoPoint west2 = inside(0, 0.7, 0.6);
		GeoPoint east1 = inside(1, 0.4, 0.5);
		GeoPoint east2 = inside(1, 0.9, 0.1);

		TravelMatrix matrix = network.matrix(List.of(west1, west2, east1, east2), VehicleProfile.CAR);

		assertThat(matrix.reachable(0, 1)).isTrue();
		assertThat(matrix.reachable(2, 3)).isTrue();
		assertThat(matrix.seconds(0, 1)).isPositive();
		for (int west = 0; west < 2; west++) {
			for (int east = 2; east < 4; east++) {
				assertThat(matrix.reachable(west, east)).isFalse();
				assertThat(matrix.seconds(east, west)).isEqualTo(TravelMatrix.UNREACHABLE);
				assertThat(matrix.meters(west, east)).isEqualTo(TravelMatrix.UNREACHABLE);
			}
		}
		TestNetworks.assertMatrixMatchesRoutes(network, List.of(west1, west2), VehicleProfile.CAR, 10, 1);
	}

	@Test
	void routeAcrossIslandsNamesTheDisconnectedLeg() {
		List<GeoPoint> waypoints = List.of(inside(0, 0.2, 0.2), inside(0, 0.8, 0.8), inside(1, 0.5, 0.5));

		assertThatThrownBy(() -> network.route(waypoints, VehicleProfile.CAR)).isInstanceOf(NoRoadConnection.class)
			.hasMessage("No road leads from waypoint 1 to waypoint 2 for profile CAR");
	}

	/** A point in island {@code island} at fractions of its extent (the grid spans 14 blocks). */
	static GeoPoint inside(int island, double north, double east) {
		GeoPoint corner = corners.get(island);
		return new GeoPoint(corner.lat() + north * 14 * 0.0009 + 0.0001, corner.lon() + east * 14 * 0.0014);
	}

}
