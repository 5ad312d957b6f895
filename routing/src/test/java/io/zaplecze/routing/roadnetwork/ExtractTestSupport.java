package io.zaplecze.routing.roadnetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A real extract from {@code ../shared/maps} (© OpenStreetMap contributors, ODbL), imported once
 * per test class into a fresh graph folder that is wiped afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExtractTestSupport {

	Path cacheDir;

	RoadGraph graph;

	RoadNetworkService network;

	/** File name in ../shared/maps. */
	abstract String file();

	@BeforeAll
	void load() throws IOException {
		Path osm = TestNetworks.sharedMap(file());
		this.cacheDir = Files.createTempDirectory("zaplecze-graph-");
		RoadNetworkProperties properties = TestNetworks.extract(this.cacheDir, osm, false);
		this.graph = RoadGraphLoader.load(properties);
		this.network = new RoadNetworkService(this.graph, properties);
	}

	@AfterAll
	void close() throws IOException {
		if (this.graph != null) {
			this.graph.close();
		}
		if (this.cacheDir != null) {
			try (Stream<Path> files = Files.walk(this.cacheDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

}
