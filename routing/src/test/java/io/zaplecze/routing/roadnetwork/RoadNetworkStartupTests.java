package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.VehicleProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The road network as the application starts it: the generated town by default, clear failures otherwise. */
@ExtendWith(OutputCaptureExtension.class)
class RoadNetworkStartupTests {

	@TempDir
	Path dir;

	@Test
	void withoutAnExtractTheGeneratedTownIsImportedAndServed() {
		try (ConfigurableApplicationContext context = start("zaplecze.routing.graph-cache-dir=" + this.dir,
				"zaplecze.routing.town.size-meters=2000", "zaplecze.routing.town.seed=5")) {
			RoadNetworkManagement network = context.getBean(RoadNetworkManagement.class);
			GeoPoint center = network.area().center();

			assertThat(center.haversineMeters(new GeoPoint(52.2297, 21.0122))).isLessThan(300);
			assertThat(network.snap(center, VehicleProfile.CAR).haversineMeters(center)).isLessThan(300);
			assertThat(this.dir.toFile().list()).anyMatch(name -> name.startsWith("town-5-") && name.endsWith(".osm"));
		}
	}

	@Test
	void aMissingExtractStopsStartupWithDescriptionAndActionNotAStackTrace(CapturedOutput output) {
		assertThatThrownBy(() -> start("zaplecze.routing.graph-cache-dir=" + this.dir,
				"zaplecze.routing.osm-file=" + this.dir.resolve("poland.osm.pbf")))
			.hasRootCauseInstanceOf(RoadNetworkUnavailable.class);

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The OSM extract configured as zaplecze.routing.osm-file does not exist")
			.contains("Action:")
			.contains("geofabrik");
	}

	private static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(RoadNetworkOnly.class).web(WebApplicationType.NONE)
			.properties(properties)
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	@Import(RoadNetworkConfiguration.class)
	static class RoadNetworkOnly {

	}

}
