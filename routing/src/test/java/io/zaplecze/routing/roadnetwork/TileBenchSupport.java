package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;

/** Lets the tile benchmark (package {@code bench}) load a network and encode tiles without Spring. */
public final class TileBenchSupport implements AutoCloseable {

	private final RoadGraph graph;

	private final NetworkTiles tiles;

	private final long indexMillis;

	private TileBenchSupport(RoadGraph graph) {
		this.graph = graph;
		long started = System.nanoTime();
		this.tiles = new NetworkTiles(graph);
		this.indexMillis = (System.nanoTime() - started) / 1_000_000;
	}

	public static TileBenchSupport load(Path osm, Path cacheDir) {
		return new TileBenchSupport(RoadGraphLoader.load(new RoadNetworkProperties(osm.toString(), cacheDir, 300, false,
				1, new RoadNetworkProperties.Town(2026, 52.2297, 21.0122, 6000))));
	}

	/** [west, south, east, north] */
	public double[] bounds() {
		return this.tiles.bounds();
	}

	public int segments() {
		return this.tiles.segments();
	}

	public long indexMillis() {
		return this.indexMillis;
	}

	public byte[] tile(int z, int x, int y) {
		NetworkTiles.checkTile(z, x, y);
		return this.tiles.tile(z, x, y);
	}

	@Override
	public void close() {
		this.graph.close();
	}

}
