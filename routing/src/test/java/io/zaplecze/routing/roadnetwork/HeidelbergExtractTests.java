package io.zaplecze.routing.roadnetwork;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heidelberg ({@code ../shared/maps/heidelberg.osm.pbf}, © OpenStreetMap contributors, ODbL), the
 * largest shared network, imported once into a fresh graph folder (see {@link ExtractTestSupport}).
 */
class HeidelbergExtractTests extends ExtractTestSupport {

	@Override
	String file() {
		return "heidelberg.osm.pbf";
	}

	@Test
	void carMatrixCellsEqualPointToPointRoutes() {
		TestNetworks.assertSampleMatchesRoutes(this.network, 150, 800, VehicleProfile.CAR, 3);
	}

	@Test
	void truckMatrixCellsEqualPointToPointRoutes() {
		TestNetworks.assertSampleMatchesRoutes(this.network, 100, 400, VehicleProfile.TRUCK, 4);
	}

	@Test
	void lorriesAreSlowerThanCars() {
		List<GeoPoint> points = TestNetworks.snappablePoints(this.network, 30, 9, VehicleProfile.TRUCK);
		TravelMatrix car = this.network.matrix(points, VehicleProfile.CAR);
		TravelMatrix truck = this.network.matrix(points, VehicleProfile.TRUCK);
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
	void theCentralPointIsOnARoadWhereTheExtractsCentreIsNot() {
		GeoPoint centre = this.network.area().center();
		// The extract's bounding box reaches far west of the city: its centre is off the roads.
		org.assertj.core.api.Assertions.assertThatExceptionOfType(io.zaplecze.routing.PointOffRoadNetwork.class)
			.isThrownBy(() -> this.network.snap(centre, VehicleProfile.CAR));
		GeoPoint hub = this.network.centralPoint(VehicleProfile.CAR);
		assertThat(this.network.snap(hub, VehicleProfile.CAR).haversineMeters(hub)).isLessThan(1.0);
		assertThat(this.network.centralPoint(VehicleProfile.CAR)).isEqualTo(hub);
		// Nothing the network accepts is much nearer the centre (each such point is within the snap
		// distance, 300 m, of a road; the search finds the nearest road point within two more).
		double found = hub.haversineMeters(centre);
		for (GeoPoint p : TestNetworks.snappablePoints(this.network, 300, 11, VehicleProfile.CAR)) {
			assertThat(p.haversineMeters(centre)).isGreaterThan(found - 900);
		}
	}

	@Test
	void importsTheCityWithContractionHierarchies() {
		// ../shared/maps/README.md: 22,393 junctions in GraphHopper's car graph.
		assertThat(this.graph.info().junctions()).isBetween(20_000, 30_000);
		assertThat(this.graph.profile(VehicleProfile.CAR).contracted().nodeCount()).isEqualTo(this.graph.info().junctions());
	}

}
