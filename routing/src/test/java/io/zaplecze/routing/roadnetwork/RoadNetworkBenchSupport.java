package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;
import java.util.List;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.util.Parameters;
import com.graphhopper.util.shapes.GHPoint;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;

/**
 * Lets benchmark programs (package {@code io.zaplecze.routing.bench}) load a road network without
 * Spring and time GraphHopper's own point-to-point query, without widening the production API.
 */
public final class RoadNetworkBenchSupport implements AutoCloseable {

	private final RoadGraph graph;

	private final RoadNetworkService network;

	private RoadNetworkBenchSupport(RoadGraph graph, RoadNetworkService network) {
		this.graph = graph;
		this.network = network;
	}

	/**
	 * @param osm the extract
	 * @param cacheDir graph cache folder (imported on first use)
	 * @param matrixThreads threads per matrix
	 * @return the loaded network; close it when done
	 */
	public static RoadNetworkBenchSupport load(Path osm, Path cacheDir, int matrixThreads) {
		RoadNetworkProperties properties = new RoadNetworkProperties(osm.toString(), cacheDir, 300, false, matrixThreads,
				new RoadNetworkProperties.Town(2026, 52.2297, 21.0122, 6000));
		RoadGraph graph = RoadGraphLoader.load(properties);
		return new RoadNetworkBenchSupport(graph, new RoadNetworkService(graph, properties));
	}

	public RoadNetworkService network() {
		return this.network;
	}

	/** Whether the graph came from the cache; otherwise {@link #importMillis()} is the import + CH time. */
	public boolean fromCache() {
		return this.graph.info().fromCache();
	}

	public long importMillis() {
		return this.graph.info().importMillis();
	}

	public long loadMillis() {
		return this.graph.info().loadMillis();
	}

	public int junctions() {
		return this.graph.info().junctions();
	}

	/**
	 * GraphHopper's cheapest point-to-point CH query: snapping, search and path unpacking, no
	 * geometry, no instructions.
	 * @return {milliseconds, metres}, or {@code null} when there is no path
	 */
	public long[] pointToPoint(GeoPoint from, GeoPoint to, VehicleProfile profile) {
		GHRequest request = new GHRequest(List.of(new GHPoint(from.lat(), from.lon()), new GHPoint(to.lat(), to.lon())))
			.setProfile(RoadProfiles.name(profile));
		request.putHint(Parameters.Routing.INSTRUCTIONS, false);
		request.putHint(Parameters.Routing.CALC_POINTS, false);
		GHResponse response = this.graph.hopper().route(request);
		if (response.hasErrors()) {
			return null;
		}
		return new long[] { response.getBest().getTime(), Math.round(response.getBest().getDistance()) };
	}

	@Override
	public void close() {
		this.graph.close();
	}

}
