package io.zaplecze.tracking.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoadRoute;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The tracking module alone, as the benchmarks run it: only {@code io.zaplecze.tracking} is scanned
 * (other modules on the class path stay out), with a straight-line stand-in for the road network.
 */
@SpringBootApplication(scanBasePackages = "io.zaplecze.tracking")
class BenchApplication {

	/** The module on a fresh database, quiet, on a random port. */
	static Map<String, Object> properties(io.zaplecze.testsupport.TestServices.Database db) {
		Map<String, Object> props = new java.util.HashMap<>();
		props.put("spring.datasource.url", db.jdbcUrl());
		props.put("spring.datasource.username", db.username());
		props.put("spring.datasource.password", db.password());
		props.put("spring.main.banner-mode", "off");
		props.put("logging.level.root", "WARN");
		props.put("server.port", "0");
		return props;
	}

	static ConfigurableApplicationContext start(Map<String, Object> properties) {
		SpringApplication app = new SpringApplication(BenchApplication.class);
		app.setDefaultProperties(properties);
		return app.run();
	}

	@Bean
	RoadNetworkManagement straightLines() {
		return new RoadNetworkManagement() {
			@Override
			public RoadRoute route(List<GeoPoint> waypoints, VehicleProfile profile) {
				List<Long> seconds = new ArrayList<>();
				List<Long> meters = new ArrayList<>();
				for (int i = 1; i < waypoints.size(); i++) {
					long m = Math.round(waypoints.get(i - 1).haversineMeters(waypoints.get(i)) * 1.3);
					meters.add(m);
					seconds.add(m / 8);
				}
				return new RoadRoute(meters.stream().mapToLong(Long::longValue).sum(),
						seconds.stream().mapToLong(Long::longValue).sum(), waypoints, seconds, meters);
			}

			@Override
			public TravelMatrix matrix(List<GeoPoint> points, VehicleProfile profile) {
				throw new UnsupportedOperationException("not used by tracking");
			}

			@Override
			public GeoPoint snap(GeoPoint point, VehicleProfile profile) {
				return point;
			}

			@Override
			public NetworkArea area() {
				return new NetworkArea(52.1, 20.9, 52.3, 21.1);
			}

			@Override
			public GeoPoint centralPoint(VehicleProfile profile) {
				return area().center();
			}
		};
	}

}
