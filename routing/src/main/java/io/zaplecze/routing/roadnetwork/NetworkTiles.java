package io.zaplecze.routing.roadnetwork;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Vector tiles (MVT) of the loaded road network, for the console's offline basemap: one layer
 * {@code roads}, one line feature per road segment with its {@code class} (GraphHopper's
 * road_class, lower case: motorway ... residential, service, track) and {@code name} where OSM has
 * one. At load every segment's geometry is projected once to Web Mercator and put in an STR-tree;
 * a tile is then a tree query, a clip to the tile (plus a small buffer) and the encoding. Minor
 * roads are left out at low zoom levels, and points that fall on the same tile unit are merged,
 * so low-zoom tiles stay small. Immutable after construction, safe to share between threads.
 */
final class NetworkTiles {

	/** The layer name in every tile. */
	static final String LAYER = "roads";

	static final int MIN_ZOOM = 0;

	/** Tiles are built up to here; the client over-zooms beyond (MapLibre scales the vectors). */
	static final int MAX_ZOOM = 16;

	/** Lines run this many tile units beyond the edge, so wide strokes join without seams. */
	static final int BUFFER = 64;

	private final STRtree index = new STRtree();

	/** Per segment: x, y in world units (0..1, Web Mercator, y down). */
	private final double[][] geometry;

	private final String[] classes;

	private final String[] names;

	private final byte[] minZoom;

	private final double[] bounds;

	NetworkTiles(RoadGraph graph) {
		var base = graph.baseGraph();
		int edges = base.getEdges();
		this.geometry = new double[edges][];
		this.classes = new String[edges];
		this.names = new String[edges];
		this.minZoom = new byte[edges];
		EnumEncodedValue<RoadClass> roadClass = graph.hopper().getEncodingManager().hasEncodedValue(RoadClass.KEY)
				? graph.hopper().getEncodingManager().getEnumEncodedValue(RoadClass.KEY, RoadClass.class) : null;
		Map<String, String> interned = new LinkedHashMap<>();
		AllEdgesIterator it = base.getAllEdges();
		while (it.next()) {
			int edge = it.getEdge();
			PointList points = it.fetchWayGeometry(FetchMode.ALL);
			double[] xy = new double[points.size() * 2];
			Envelope envelope = new Envelope();
			for (int i = 0; i < points.size(); i++) {
				xy[2 * i] = worldX(points.getLon(i));
				xy[2 * i + 1] = worldY(points.getLat(i));
				envelope.expandToInclude(xy[2 * i], xy[2 * i + 1]);
			}
			this.geometry[edge] = xy;
			RoadClass rc = (roadClass != null) ? it.get(roadClass) : RoadClass.OTHER;
			this.classes[edge] = rc.toString().toLowerCase(Locale.ROOT);
			this.minZoom[edge] = (byte) minZoom(rc);
			String name = it.getName();
			this.names[edge] = (name == null || name.isBlank()) ? null : interned.computeIfAbsent(name, n -> n);
			this.index.insert(envelope, edge);
		}
		this.index.build();
		var area = graph.area();
		this.bounds = new double[] { area.minLon(), area.minLat(), area.maxLon(), area.maxLat() };
	}

	/** The network's bounds as [west, south, east, north] in degrees (TileJSON order). */
	double[] bounds() {
		return this.bounds.clone();
	}

	int segments() {
		return this.geometry.length;
	}

	/** The zoom from which a road class is drawn: main roads from afar, service roads and tracks close up. */
	static int minZoom(RoadClass roadClass) {
		return switch (roadClass) {
			case MOTORWAY, TRUNK, PRIMARY -> 0;
			case SECONDARY -> 9;
			case TERTIARY -> 11;
			case RESIDENTIAL, UNCLASSIFIED, LIVING_STREET, ROAD, BUSWAY -> 12;
			default -> 14;
		};
	}

	/**
	 * The tile {@code z/x/y} (XYZ scheme, y from the north) as MVT bytes; an empty array when no road
	 * lies in it. The caller validates the coordinates ({@link #checkTile}).
	 */
	byte[] tile(int z, int x, int y) {
		double scale = 1L << z;
		double size = 1 / scale;
		double margin = size * BUFFER / VectorTileWriter.EXTENT;
		Envelope query = new Envelope(x * size - margin, (x + 1) * size + margin, y * size - margin,
				(y + 1) * size + margin);
		@SuppressWarnings("unchecked")
		List<Integer> hits = this.index.query(query);
		hits.sort(null);
		VectorTileWriter writer = new VectorTileWriter();
		VectorTileWriter.Layer layer = writer.layer(LAYER);
		double unitsPerWorld = scale * VectorTileWriter.EXTENT;
		double originX = x * (double) VectorTileWriter.EXTENT;
		double originY = y * (double) VectorTileWriter.EXTENT;
		Map<String, String> tags = new LinkedHashMap<>(2);
		for (int edge : hits) {
			if (this.minZoom[edge] > z) {
				continue;
			}
			List<int[]> parts = clip(this.geometry[edge], unitsPerWorld, originX, originY);
			if (parts.isEmpty()) {
				continue;
			}
			tags.clear();
			tags.put("class", this.classes[edge]);
			tags.put("name", this.names[edge]);
			layer.line(edge, parts, tags);
		}
		layer.end();
		return writer.toByteArray();
	}

	/** Refuses coordinates outside the XYZ grid, naming the allowed range. */
	static void checkTile(int z, int x, int y) {
		if (z < MIN_ZOOM || z > MAX_ZOOM) {
			throw new IllegalArgumentException(
					"Zoom level " + z + " is not served: tiles exist for zoom " + MIN_ZOOM + " to " + MAX_ZOOM + ".");
		}
		long n = 1L << z;
		if (x < 0 || x >= n || y < 0 || y >= n) {
			throw new IllegalArgumentException("Tile " + z + "/" + x + "/" + y + " does not exist: at zoom " + z
					+ " x and y run from 0 to " + (n - 1) + ".");
		}
	}

	/**
	 * Projects a segment into tile units, clips it to the buffered tile (Liang-Barsky per line piece,
	 * so a road that leaves and re-enters becomes two parts) and merges points on the same unit.
	 */
	private static List<int[]> clip(double[] xy, double unitsPerWorld, double originX, double originY) {
		double min = -BUFFER;
		double max = VectorTileWriter.EXTENT + BUFFER;
		List<int[]> parts = new ArrayList<>(1);
		IntLine current = null;
		for (int i = 0; i + 3 < xy.length; i += 2) {
			double x0 = xy[i] * unitsPerWorld - originX;
			double y0 = xy[i + 1] * unitsPerWorld - originY;
			double x1 = xy[i + 2] * unitsPerWorld - originX;
			double y1 = xy[i + 3] * unitsPerWorld - originY;
			double t0 = 0;
			double t1 = 1;
			double dx = x1 - x0;
			double dy = y1 - y0;
			double[] p = { -dx, dx, -dy, dy };
			double[] q = { x0 - min, max - x0, y0 - min, max - y0 };
			boolean inside = true;
			for (int k = 0; k < 4 && inside; k++) {
				if (p[k] == 0) {
					inside = q[k] >= 0;
				}
				else {
					double r = q[k] / p[k];
					if (p[k] < 0) {
						t0 = Math.max(t0, r);
					}
					else {
						t1 = Math.min(t1, r);
					}
					inside = t0 <= t1;
				}
			}
			if (!inside) {
				current = finish(parts, current);
				continue;
			}
			int ax = (int) Math.round(x0 + t0 * dx);
			int ay = (int) Math.round(y0 + t0 * dy);
			int bx = (int) Math.round(x0 + t1 * dx);
			int by = (int) Math.round(y0 + t1 * dy);
			if (current == null) {
				current = new IntLine();
				current.add(ax, ay);
			}
			current.add(bx, by);
			if (t1 < 1) {
				current = finish(parts, current);
			}
		}
		finish(parts, current);
		return parts;
	}

	private static IntLine finish(List<int[]> parts, IntLine line) {
		if (line != null && line.size >= 4) {
			parts.add(java.util.Arrays.copyOf(line.xy, line.size));
		}
		return null;
	}

	/** A growing polyline of tile units that skips repeated points. */
	private static final class IntLine {

		int[] xy = new int[16];

		int size;

		void add(int x, int y) {
			if (this.size >= 2 && this.xy[this.size - 2] == x && this.xy[this.size - 1] == y) {
				return;
			}
			if (this.size + 2 > this.xy.length) {
				this.xy = java.util.Arrays.copyOf(this.xy, this.xy.length * 2);
			}
			this.xy[this.size++] = x;
			this.xy[this.size++] = y;
		}

	}

	static double worldX(double lon) {
		return (lon + 180) / 360;
	}

	static double worldY(double lat) {
		double sin = Math.sin(Math.toRadians(Math.max(-85.0511, Math.min(85.0511, lat))));
		return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
	}

}
