package io.zaplecze.routing.roadnetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.ProblemDetailsAdvice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tile endpoints over HTTP: content type, ETag and max-age, 304, 204 for an empty tile, 400 problems. */
@WebMvcTest(controllers = NetworkTileController.class, properties = "zaplecze.routing.tiles.max-age=10m")
@Import({ RoadNetworkConfiguration.class, NetworkTileConfiguration.class, ProblemDetailsAdvice.class })
class NetworkTileControllerTests {

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
	void servesATileWithCachingHeadersAndAnswersRevalidationWith304() throws Exception {
		int[] xy = NetworkTilesTests.tileOf(corners.get(0).lat() + 0.005, corners.get(0).lon() + 0.005, 15);
		MvcResult result = this.mvc.perform(get("/api/v1/routing/network/tiles/15/{x}/{y}.mvt", xy[0], xy[1]))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.mapbox-vector-tile"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=600, public"))
			.andExpect(header().string(HttpHeaders.ETAG, startsWith("\"")))
			.andReturn();
		MvtDecoder.Layer roads = MvtDecoder.decode(result.getResponse().getContentAsByteArray()).get("roads");
		assertThat(roads.features()).isNotEmpty()
			.allSatisfy(f -> assertThat(f.tags()).containsEntry("class", "residential"));

		String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get("/api/v1/routing/network/tiles/15/{x}/{y}.mvt", xy[0], xy[1])
			.header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag));
	}

	@Test
	void answersAnEmptyTileWith204() throws Exception {
		this.mvc.perform(get("/api/v1/routing/network/tiles/15/0/0.mvt"))
			.andExpect(status().isNoContent())
			.andExpect(header().exists(HttpHeaders.ETAG));
	}

	@Test
	void refusesTilesOutsideTheGridWithProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/routing/network/tiles/17/0/0.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("zoom 0 to 16")));
		this.mvc.perform(get("/api/v1/routing/network/tiles/2/4/1.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("x and y run from 0 to 3")));
		this.mvc.perform(get("/api/v1/routing/network/tiles/two/1/1.mvt"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void describesTheTilesAsTileJson() throws Exception {
		this.mvc.perform(get("/api/v1/routing/network/tiles.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tilejson").value("3.0.0"))
			.andExpect(jsonPath("$.tiles[0]").value("http://localhost/api/v1/routing/network/tiles/{z}/{x}/{y}.mvt"))
			.andExpect(jsonPath("$.maxzoom").value(16))
			.andExpect(jsonPath("$.bounds.length()").value(4))
			.andExpect(jsonPath("$.vector_layers[0].id").value("roads"));
	}

	private static Path createTempDir() {
		try {
			return Files.createTempDirectory("zaplecze-tiles");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
