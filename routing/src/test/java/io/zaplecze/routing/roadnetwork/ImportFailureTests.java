package io.zaplecze.routing.roadnetwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Startup failures say what is wrong and what to do, and leave no half-built graph behind. */
class ImportFailureTests {

	@TempDir
	Path dir;

	@Test
	void missingExtractNamesThePathAndHowToGetOne() {
		Path missing = this.dir.resolve("nowhere.osm.pbf");

		assertThatThrownBy(() -> load(missing)).isInstanceOf(RoadNetworkUnavailable.class)
			.hasMessageContaining("does not exist")
			.hasMessageContaining(missing.toString())
			.satisfies(e -> assertThat(((RoadNetworkUnavailable) e).action()).contains("geofabrik")
				.contains("zaplecze.routing.osm-file"));
	}

	@Test
	void unsupportedFileTypeIsRefusedBeforeImport() throws IOException {
		Path text = Files.writeString(this.dir.resolve("roads.txt"), "not osm");

		assertThatThrownBy(() -> load(text)).isInstanceOf(RoadNetworkUnavailable.class)
			.hasMessageContaining("unsupported file type");
	}

	@Test
	void unsortedFileIsExplainedWithTheFix() throws IOException {
		Path unsorted = Files.writeString(this.dir.resolve("unsorted.osm"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<osm version="0.6">
				  <node id="1" lat="50.0" lon="8.0"/>
				  <node id="2" lat="50.001" lon="8.0"/>
				  <node id="3" lat="50.002" lon="8.0"/>
				  <relation id="1"><member type="way" ref="1" role=""/><tag k="type" v="route"/></relation>
				  <way id="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/></way>
				</osm>
				""");

		assertThatThrownBy(() -> load(unsorted)).isInstanceOf(RoadNetworkUnavailable.class)
			.hasMessageContaining("not sorted")
			.satisfies(e -> assertThat(((RoadNetworkUnavailable) e).action()).contains("osmium sort"));
		assertNoGraphFolderLeft();
	}

	@Test
	void extractWithoutRoadsIsAnEmptyNetwork() throws IOException {
		Path noRoads = Files.writeString(this.dir.resolve("park.osm"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<osm version="0.6">
				  <node id="1" lat="50.0" lon="8.0"/>
				  <node id="2" lat="50.001" lon="8.0"/>
				  <node id="3" lat="50.001" lon="8.001"/>
				  <way id="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="1"/><tag k="leisure" v="park"/></way>
				  <way id="2"><nd ref="1"/><nd ref="3"/><tag k="highway" v="footway"/></way>
				</osm>
				""");

		assertThatThrownBy(() -> load(noRoads)).isInstanceOf(RoadNetworkUnavailable.class)
			.hasMessageContaining("contains no roads");
		assertNoGraphFolderLeft();
	}

	@Test
	void corruptFileIsReportedWithoutAStackTraceForTheUser() throws IOException {
		Path corrupt = Files.write(this.dir.resolve("broken.osm.pbf"), new byte[] { 0, 0, 0, 13, 'g', 'a', 'r', 'b',
				'a', 'g', 'e', 1, 2, 3, 4, 5, 6, 7, 8, 9 });

		assertThatThrownBy(() -> load(corrupt)).isInstanceOf(RoadNetworkUnavailable.class)
			.hasMessageStartingWith("Cannot import the OSM extract " + corrupt.toAbsolutePath());
		assertNoGraphFolderLeft();
	}

	@Test
	void helsinkiNeedsGraphSortOff() {
		Path helsinki = TestNetworks.sharedMap("helsinki.osm.pbf");

		assertThatThrownBy(() -> RoadGraphLoader.load(TestNetworks.extract(this.dir.resolve("sorted"), helsinki, true)))
			.isInstanceOf(RoadNetworkUnavailable.class)
			.satisfies(e -> assertThat(((RoadNetworkUnavailable) e).action()).contains("graph-sort=false"));
		try (RoadGraph graph = RoadGraphLoader.load(TestNetworks.extract(this.dir.resolve("unsorted"), helsinki, false))) {
			// README of ../shared/maps: 1,753 junctions with graph.sort false.
			assertThat(graph.info().junctions()).isBetween(1500, 2500);
		}
	}

	@Test
	void failureAnalyzerPrintsDescriptionAndAction() {
		RoadNetworkUnavailable cause = new RoadNetworkUnavailable("The OSM extract x does not exist", "Download one.",
				null);
		BeanCreationException startup = new BeanCreationException("roadGraph", "Failed to instantiate", cause);

		FailureAnalysis analysis = new RoadNetworkFailureAnalyzer().analyze(startup);

		assertThat(analysis.getDescription()).isEqualTo("The OSM extract x does not exist");
		assertThat(analysis.getAction()).isEqualTo("Download one.");
	}

	private RoadGraph load(Path osm) {
		return RoadGraphLoader.load(TestNetworks.extract(this.dir.resolve("cache"), osm, false));
	}

	private void assertNoGraphFolderLeft() throws IOException {
		Path cache = this.dir.resolve("cache");
		if (Files.isDirectory(cache)) {
			try (var entries = Files.list(cache)) {
				assertThat(entries).isEmpty();
			}
		}
	}

}
