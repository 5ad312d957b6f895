package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.util.shapes.BBox;

import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.matrix.BucketManyToMany;
import io.zaplecze.routing.matrix.ContractedGraph;

/**
 * A loaded road network: the GraphHopper instance with its prepared CH profiles and, per profile,
 * the flat contracted graph the matrix runs on. Immutable after construction and safe to share
 * between threads.
 */
final class RoadGraph implements AutoCloseable {

	private final GraphHopper hopper;

	private final Map<VehicleProfile, ProfileGraph> profiles = new EnumMap<>(VehicleProfile.class);

	private final NetworkArea area;

	private final NetworkInfo info;

	RoadGraph(GraphHopper hopper, NetworkInfo.Builder info, int matrixThreads) {
		this.hopper = hopper;
		BBox bounds = hopper.getBaseGraph().getBounds();
		this.area = new NetworkArea(bounds.minLat, bounds.minLon, bounds.maxLat, bounds.maxLon);
		for (VehicleProfile profile : VehicleProfile.values()) {
			String name = RoadProfiles.name(profile);
			RoutingCHGraph ch = hopper.getCHGraphs().get(name);
			if (ch == null) {
				throw new IllegalStateException("No contraction hierarchy for profile " + name);
			}
			Weighting weighting = ch.getWeighting();
			BooleanEncodedValue subnetwork = hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(name));
			ContractedGraph contracted = ContractedGraph.of(ch);
			this.profiles.put(profile, new ProfileGraph(profile, name, weighting,
					new DefaultSnapFilter(weighting, subnetwork), contracted,
					new BucketManyToMany(contracted, matrixThreads)));
		}
		this.info = info.junctions(hopper.getBaseGraph().getNodes())
			.roadSegments(hopper.getBaseGraph().getEdges())
			.build();
	}

	/** Road segments a profile may drive in at least one direction, outside removed islands. */
	static int usableEdges(GraphHopper hopper, VehicleProfile profile) {
		String name = RoadProfiles.name(profile);
		Weighting weighting = hopper.createWeighting(hopper.getProfile(name), new com.graphhopper.util.PMap());
		EdgeFilter usable = new DefaultSnapFilter(weighting,
				hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(name)));
		int count = 0;
		AllEdgesIterator edges = hopper.getBaseGraph().getAllEdges();
		while (edges.next()) {
			if (usable.accept(edges)) {
				count++;
			}
		}
		return count;
	}

	GraphHopper hopper() {
		return this.hopper;
	}

	BaseGraph baseGraph() {
		return this.hopper.getBaseGraph();
	}

	LocationIndex locationIndex() {
		return this.hopper.getLocationIndex();
	}

	ProfileGraph profile(VehicleProfile profile) {
		return this.profiles.get(profile);
	}

	NetworkArea area() {
		return this.area;
	}

	NetworkInfo info() {
		return this.info;
	}

	@Override
	public void close() {
		this.profiles.values().forEach(p -> p.matrix().close());
		this.hopper.close();
	}

	/**
	 * One profile's view of the network.
	 *
	 * @param profile our profile
	 * @param name GraphHopper's profile name
	 * @param weighting the weighting the CH was prepared with (also for phantom edges)
	 * @param snapFilter roads the profile may snap to: usable, not on a removed island
	 * @param contracted the flat contracted graph
	 * @param matrix the many-to-many calculator over it
	 */
	record ProfileGraph(VehicleProfile profile, String name, Weighting weighting, EdgeFilter snapFilter,
			ContractedGraph contracted, BucketManyToMany matrix) {
	}

	/**
	 * What was loaded, for logs, the network endpoint and the benchmark.
	 *
	 * @param source the extract's path, or a description of the generated town
	 * @param graphDirectory the graph cache folder
	 * @param fromCache whether the graph was loaded from the cache rather than imported now
	 * @param importMillis time to import and prepare CH (0 when loaded from the cache)
	 * @param loadMillis time to load the graph folder and build the matrix graphs
	 * @param junctions nodes of the road graph
	 * @param roadSegments edges of the road graph
	 */
	record NetworkInfo(String source, Path graphDirectory, boolean fromCache, long importMillis, long loadMillis,
			int junctions, int roadSegments) {

		static final class Builder {

			private String source = "";

			private Path graphDirectory = Path.of("");

			private boolean fromCache;

			private long importMillis;

			private long loadStarted = System.nanoTime();

			private int junctions;

			private int roadSegments;

			Builder source(String value) {
				this.source = value;
				return this;
			}

			Builder graphDirectory(Path value) {
				this.graphDirectory = value;
				return this;
			}

			Builder imported(long millis) {
				this.fromCache = false;
				this.importMillis = millis;
				return this;
			}

			Builder fromCache() {
				this.fromCache = true;
				return this;
			}

			Builder loadStarted() {
				this.loadStarted = System.nanoTime();
				return this;
			}

			Builder junctions(int value) {
				this.junctions = value;
				return this;
			}

			Builder roadSegments(int value) {
				this.roadSegments = value;
				return this;
			}

			NetworkInfo build() {
				return new NetworkInfo(this.source, this.graphDirectory, this.fromCache, this.importMillis,
						(System.nanoTime() - this.loadStarted) / 1_000_000, this.junctions, this.roadSegments);
			}

		}

	}

}
