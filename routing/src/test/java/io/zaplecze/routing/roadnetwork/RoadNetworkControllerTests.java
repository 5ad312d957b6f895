package io.zaplecze.routing.roadnetwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoJsonModule;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.ProblemDetailsAdvice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The REST endpoints on a real road network (two street grids with no road between them): status
 * codes, validation, problem details, GeoJSON, and {@code null} for unreachable cells.
 */
@WebMvcTest(controllers = { RouteController.class, MatrixController.class, NetworkController.class })
@Import({ RoadNetworkConfiguration.class, ProblemDetailsAdvice.class, GeoJsonModule.class })
class RoadNetworkControllerTests {

	private static final Path DIR = createTempDir();

	private static List<GeoPoint> corners;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void roadNetwork(DynamicPropertyRegistry registry) throws IOException {
		Path osm = DIR.resolve("islands.osm");
		corners = TestNetworks.writeTwoIslands(osm);
		registry.add("zaplecze.routing.osm-file", osm::toString);
		registry.add("zaplecze.routing.graph-cache-dir", () -> DIR.resolve("cache").toString());
	}

	@AfterAll
	static void wipe() throws IOException {
		try (Stream<Path> files = Files.walk(DIR)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void routesWithGeoJsonGeometryAndLegs() throws Exception {
		this.mvc.perform(post("/api/v1/routing/routes").contentType(MediaType.APPLICATION_JSON)
			.content(points("waypoints", inside(0, 0.1, 0.1), inside(0, 0.9, 0.5), inside(0, 0.2, 0.9))
					+ ",\"profile\":\"truck\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.geometry.type").value("LineString"))
			.andExpect(jsonPath("$.geometry.coordinates[0][0]").value(closeTo(inside(0, 0.1, 0.1).lon(), 0.001)))
			.andExpect(jsonPath("$.geometry.coordinates[0][1]").value(closeTo(inside(0, 0.1, 0.1).lat(), 0.001)))
			.andExpect(jsonPath("$.distanceMeters").isNumber())
			.andExpect(jsonPath("$.travelSeconds").isNumber())
			.andExpect(jsonPath("$.legs", hasSize(2)))
			.andExpect(jsonPath("$.legs[1].fromIndex").value(1))
			.andExpect(jsonPath("$.legs[1].geometry.type").value("LineString"))
			.andExpect(jsonPath("$.legs[0].pointSeconds[0]").value(0.0));
	}

	@Test
	void matrixMarksUnreachableCellsAsNull() throws Exception {
		this.mvc.perform(post("/api/v1/routing/matrix").contentType(MediaType.APPLICATION_JSON)
			.content(points("points", inside(0, 0.2, 0.2), inside(0, 0.8, 0.7), inside(1, 0.5, 0.5)) + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(3))
			.andExpect(jsonPath("$.profile").value("CAR"))
			.andExpect(jsonPath("$.seconds[0][0]").value(0))
			.andExpect(jsonPath("$.seconds[0][1]").isNumber())
			.andExpect(jsonPath("$.meters[1][0]").isNumber())
			.andExpect(jsonPath("$.seconds[0][2]").value(nullValue()))
			.andExpect(jsonPath("$.meters[2][1]").value(nullValue()));
	}

	@Test
	void pointOffTheNetworkIsAProblemDetail422() throws Exception {
		this.mvc.perform(post("/api/v1/routing/matrix").contentType(MediaType.APPLICATION_JSON)
			.content(points("points", inside(0, 0.2, 0.2), new GeoPoint(50.2, 8.2)) + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("point-off-road-network"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Point 1 ")));
	}

	@Test
	void routeBetweenIslandsIsAProblemDetail422() throws Exception {
		this.mvc.perform(post("/api/v1/routing/routes").contentType(MediaType.APPLICATION_JSON)
			.content(points("waypoints", inside(0, 0.5, 0.5), inside(1, 0.5, 0.5)) + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("no-road-connection"));
	}

	@Test
	void invalidCoordinatesAreA400NamingTheField() throws Exception {
		this.mvc.perform(post("/api/v1/routing/routes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"waypoints\":[{\"lat\":91,\"lon\":8.0},{\"lon\":8.01}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
					"waypoints[0].lat", "waypoints[1].lat")));
	}

	@Test
	void aRouteNeedsTwoWaypointsAndAKnownProfile() throws Exception {
		this.mvc.perform(post("/api/v1/routing/routes").contentType(MediaType.APPLICATION_JSON)
			.content(points("waypoints", inside(0, 0.5, 0.5)) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("waypoints"));
		this.mvc.perform(post("/api/v1/routing/matrix").contentType(MediaType.APPLICATION_JSON)
			.content(points("points", inside(0, 0.5, 0.5)) + ",\"profile\":\"bicycle\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/api/v1/routing/matrix").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void describesTheLoadedNetwork() throws Exception {
		this.mvc.perform(get("/api/v1/routing/network"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.generated").value(false))
			.andExpect(jsonPath("$.attribution").value(org.hamcrest.Matchers.containsString("OpenStreetMap")))
			.andExpect(jsonPath("$.area.minLat").value(closeTo(50.0, 0.0001)))
			.andExpect(jsonPath("$.profiles", hasSize(2)))
			.andExpect(jsonPath("$.junctions").value(450));
	}

	private static String points(String field, GeoPoint... points) {
		return "{\"" + field + "\":[" + Stream.of(points)
			.map(p -> String.format(Locale.ROOT, "{\"lat\":%.7f,\"lon\":%.7f}", p.lat(), p.lon()))
			.reduce((a, b) -> a + "," + b)
			.orElse("") + "]";
	}

	private static GeoPoint inside(int island, double north, double east) {
		GeoPoint corner = corners.get(island);
		return new GeoPoint(corner.lat() + north * 14 * 0.0009 + 0.0001, corner.lon() + east * 14 * 0.0014);
	}

	private static Path createTempDir() {
		try {
			return Files.createTempDirectory("zaplecze-road-network-web-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
