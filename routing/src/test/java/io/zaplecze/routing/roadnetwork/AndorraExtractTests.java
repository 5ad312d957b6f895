package io.zaplecze.routing.roadnetwork;


import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Andorra ({@code ../shared/maps/andorra.osm.pbf}, © OpenStreetMap contributors, ODbL), imported
 * once into a fresh graph folder (see {@link ExtractTestSupport}): random matrix cells equal
 * GraphHopper's own routes.
 */
class AndorraExtractTests extends ExtractTestSupport {

	@Override
	String file() {
		return "andorra.osm.pbf";
	}

	@Test
	void carMatrixCellsEqualPointToPointRoutes() {
		TestNetworks.assertSampleMatchesRoutes(this.network, 80, 600, VehicleProfile.CAR, 1);
	}

	@Test
	void truckMatrixCellsEqualPointToPointRoutes() {
		TestNetworks.assertSampleMatchesRoutes(this.network, 60, 300, VehicleProfile.TRUCK, 2);
	}

	@Test
	void importsTheWholeCountry() {
		// ../shared/maps/README.md: about 2,000 junctions in GraphHopper's car graph.
		assertThat(this.graph.info().junctions()).isBetween(1500, 4000);
		assertThat(this.network.area().center().haversineMeters(new GeoPoint(42.54, 1.57))).isLessThan(20_000);
	}

}
