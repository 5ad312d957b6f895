package io.zaplecze.routing.roadnetwork;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * A small but plausible town as OpenStreetMap data, generated deterministically from a seed, so
 * that the demo and the tests run anywhere without downloading an extract.
 *
 * <p>Layout: a jittered street grid (blocks of 110–190 m) inside a square; every sixth line is an
 * arterial ({@code primary}, 60 km/h) and the lines between are collectors ({@code tertiary},
 * 40 km/h) and residential streets (30 km/h), many of them one-way in alternating directions; the
 * outermost lines form a ring road ({@code secondary}, 60 km/h). A meandering river crosses the
 * town from north to south; only the ring and some arterials bridge it, and one old bridge carries
 * a 3.5 t weight limit. A quiet residential quarter is closed to lorries ({@code hgv=no}), and a
 * few residential blocks are parks without through streets.
 */
final class SyntheticTown {

	/** Bump when the layout changes, so cached graphs of the old layout are not reused. */
	static final int GENERATOR_VERSION = 1;

	static final String ARTERIAL = "primary";

	static final int ARTERIAL_MAXSPEED = 60;

	private static final double METERS_PER_DEGREE_LAT = Math.PI * 6_371_000 / 180;

	private static final double MIN_BLOCK = 110;

	private static final double BLOCK_SPREAD = 80;

	private static final double JITTER = 8;

	private static final double BANK_MARGIN = 12;

	private static final double PARK_SHARE = 0.06;

	private static final double QUIET_QUARTER_RADIUS = 350;

	private final SplittableRandom random;

	private final double half;

	private final double centerLat;

	private final double centerLon;

	private final double metersPerDegreeLon;

	private final double riverOffset;

	private final double riverAmplitude;

	private final double riverWavelength;

	private final double riverPhase;

	private final double riverHalfWidth;

	private final List<Node> nodes = new ArrayList<>();

	private final List<Way> ways = new ArrayList<>();

	private final Map<Long, Node> nodeByKey = new HashMap<>();

	private SyntheticTown(RoadNetworkProperties.Town settings) {
		this.random = new SplittableRandom(settings.seed());
		this.half = settings.sizeMeters() / 2.0;
		this.centerLat = settings.centerLat();
		this.centerLon = settings.centerLon();
		this.metersPerDegreeLon = METERS_PER_DEGREE_LAT * Math.cos(Math.toRadians(settings.centerLat()));
		this.riverOffset = (this.random.nextDouble() - 0.5) * settings.sizeMeters() * 0.2;
		this.riverAmplitude = settings.sizeMeters() * (0.04 + this.random.nextDouble() * 0.04);
		this.riverWavelength = settings.sizeMeters() * (0.8 + this.random.nextDouble() * 0.4);
		this.riverPhase = this.random.nextDouble() * 2 * Math.PI;
		this.riverHalfWidth = 30 + this.random.nextDouble() * 20;
	}

	/**
	 * @param settings seed, centre and size
	 * @return the town's nodes and ways; the same settings always give the same map
	 */
	static TownMap generate(RoadNetworkProperties.Town settings) {
		return new SyntheticTown(settings).build();
	}

	private TownMap build() {
		double[] xs = gridLines();
		double[] ys = gridLines();
		int nx = xs.length;
		int ny = ys.length;
		double[][] px = new double[nx][ny];
		double[][] py = new double[nx][ny];
		for (int i = 0; i < nx; i++) {
			for (int j = 0; j < ny; j++) {
				px[i][j] = xs[i] + (this.random.nextDouble() * 2 - 1) * JITTER;
				py[i][j] = ys[j] + (this.random.nextDouble() * 2 - 1) * JITTER;
			}
		}
		// The quiet quarter lies on the west bank, a third of the way from the centre to the edge.
		double quietX = Math.max(-this.half * 0.6, this.riverOffset - this.half * 0.35);
		double quietY = (this.random.nextDouble() - 0.5) * this.half * 0.6;
		int oldBridge = -1;
		for (int i = 0; i < nx; i++) {
			List<double[]> line = new ArrayList<>();
			for (int j = 0; j < ny; j++) {
				line.add(new double[] { px[i][j], py[i][j] });
			}
			addLine(line, i, nx, false, false, quietX, quietY, false);
		}
		List<Integer> bridgeLines = new ArrayList<>();
		for (int j = 0; j < ny; j++) {
			if (isBridged(j, ny)) {
				bridgeLines.add(j);
			}
		}
		List<Integer> arterialBridges = bridgeLines.stream().filter(j -> j != 0 && j != ny - 1).toList();
		if (!arterialBridges.isEmpty()) {
			oldBridge = arterialBridges.get(arterialBridges.size() / 2);
		}
		for (int j = 0; j < ny; j++) {
			List<double[]> line = new ArrayList<>();
			for (int i = 0; i < nx; i++) {
				line.add(new double[] { px[i][j], py[i][j] });
			}
			addLine(line, j, ny, true, isBridged(j, ny), quietX, quietY, j == oldBridge);
		}
		addRiver();
		return new TownMap(List.copyOf(this.nodes), List.copyOf(this.ways), box());
	}

	private double[] gridLines() {
		List<Double> values = new ArrayList<>();
		for (double v = -this.half + 40; v <= this.half - 40; v += MIN_BLOCK + this.random.nextDouble() * BLOCK_SPREAD) {
			values.add(v);
		}
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static boolean isRing(int index, int count) {
		return index == 0 || index == count - 1;
	}

	private static boolean isArterial(int index, int count) {
		return !isRing(index, count) && index % 6 == 3;
	}

	private static boolean isBridged(int index, int count) {
		return isRing(index, count) || (isArterial(index, count) && (index / 6) % 2 == 1);
	}

	/** Tags of a street along a grid line; one-way direction: +1 along the line, -1 against, 0 both. */
	private Map<String, String> lineTags(int index, int count, boolean horizontal) {
		Map<String, String> tags = new LinkedHashMap<>();
		String name = (horizontal ? "Avenue " : "Street ") + (index + 1);
		if (isRing(index, count)) {
			tags.put("highway", "secondary");
			tags.put("maxspeed", "60");
			tags.put("name", "Ring Road");
		}
		else if (isArterial(index, count)) {
			tags.put("highway", ARTERIAL);
			tags.put("maxspeed", String.valueOf(ARTERIAL_MAXSPEED));
			tags.put("lanes", "4");
			tags.put("name", name);
		}
		else if (index % 6 == 0) {
			tags.put("highway", "tertiary");
			tags.put("maxspeed", "40");
			tags.put("name", name);
		}
		else {
			tags.put("highway", "residential");
			tags.put("maxspeed", "30");
			tags.put("name", name);
			if (index % 6 == 1 || index % 6 == 4) {
				tags.put("oneway", "yes");
			}
		}
		return tags;
	}

	private static int onewayDirection(int index) {
		return (index % 6 == 1) ? 1 : (index % 6 == 4) ? -1 : 0;
	}

	private void addLine(List<double[]> points, int index, int count, boolean horizontal, boolean bridged, double quietX,
			double quietY, boolean weightLimited) {
		if (bridged) {
			// A bridged road spans the river from bank to bank: junctions that would stand in the water go.
			points = points.stream().filter(p -> !inWater(p[0], p[1])).toList();
		}
		Map<String, String> base = lineTags(index, count, horizontal);
		boolean residential = "residential".equals(base.get("highway"));
		List<double[]> sequence = new ArrayList<>();
		List<@Nullable Map<String, String>> segmentTags = new ArrayList<>();
		for (int k = 0; k < points.size(); k++) {
			double[] p = points.get(k);
			if (k > 0) {
				double[] a = points.get(k - 1);
				Map<String, String> tags = base;
				if (inWater(a[0], a[1]) || inWater(p[0], p[1])) {
					tags = null;
				}
				else if (crossesWater(a, p)) {
					if (bridged) {
						addBridge(sequence, segmentTags, a, p, base, weightLimited);
						sequence.add(p);
						continue;
					}
					tags = null;
				}
				else if (residential) {
					double mx = (a[0] + p[0]) / 2;
					double my = (a[1] + p[1]) / 2;
					if (this.random.nextDouble() < PARK_SHARE) {
						tags = null;
					}
					else if (Math.hypot(mx - quietX, my - quietY) < QUIET_QUARTER_RADIUS) {
						tags = new LinkedHashMap<>(base);
						tags.put("hgv", "no");
					}
				}
				segmentTags.add(tags);
			}
			sequence.add(p);
		}
		emitWays(sequence, segmentTags, residential ? onewayDirection(index) : 0);
	}

	/** Splits segment a-p at both banks: a - bank - (bridge) - bank - p. */
	private void addBridge(List<double[]> sequence, List<@Nullable Map<String, String>> segmentTags, double[] a,
			double[] p, Map<String, String> base, boolean weightLimited) {
		double enter = -1;
		double leave = -1;
		int steps = 400;
		for (int s = 0; s <= steps; s++) {
			double t = (double) s / steps;
			boolean wet = inWater(a[0] + t * (p[0] - a[0]), a[1] + t * (p[1] - a[1]));
			if (wet && enter < 0) {
				enter = (double) (s - 1) / steps;
			}
			if (wet) {
				leave = (double) (s + 1) / steps;
			}
		}
		double[] bankA = { a[0] + enter * (p[0] - a[0]), a[1] + enter * (p[1] - a[1]) };
		double[] bankB = { a[0] + leave * (p[0] - a[0]), a[1] + leave * (p[1] - a[1]) };
		Map<String, String> bridge = new LinkedHashMap<>(base);
		bridge.put("bridge", "yes");
		bridge.put("layer", "1");
		if (weightLimited) {
			bridge.put("maxweight", "3.5");
			bridge.put("name", "Old Bridge");
		}
		segmentTags.add(base);
		sequence.add(bankA);
		segmentTags.add(bridge);
		sequence.add(bankB);
		segmentTags.add(base);
	}

	/** One way per run of consecutive segments with equal tags; one-way runs point along traffic. */
	private void emitWays(List<double[]> sequence, List<@Nullable Map<String, String>> segmentTags, int oneway) {
		int start = 0;
		while (start < segmentTags.size()) {
			Map<String, String> tags = segmentTags.get(start);
			int end = start;
			while (end + 1 < segmentTags.size() && Objects.equals(segmentTags.get(end + 1), tags)) {
				end++;
			}
			if (tags != null) {
				List<Long> refs = new ArrayList<>();
				for (int k = start; k <= end + 1; k++) {
					refs.add(node(sequence.get(k)).id());
				}
				if (oneway < 0) {
					Collections.reverse(refs);
				}
				this.ways.add(new Way(this.ways.size() + 1L, List.copyOf(refs), Collections.unmodifiableMap(tags)));
			}
			start = end + 1;
		}
	}

	private void addRiver() {
		List<Long> refs = new ArrayList<>();
		for (double y = -this.half - 200; y <= this.half + 200; y += 50) {
			refs.add(node(new double[] { riverX(y), y }).id());
		}
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put("waterway", "river");
		tags.put("name", "Zaplecze River");
		tags.put("width", String.valueOf(Math.round(this.riverHalfWidth * 2)));
		this.ways.add(new Way(this.ways.size() + 1L, List.copyOf(refs), Collections.unmodifiableMap(tags)));
	}

	private double riverX(double y) {
		return this.riverOffset + this.riverAmplitude * Math.sin(2 * Math.PI * y / this.riverWavelength + this.riverPhase);
	}

	private boolean inWater(double x, double y) {
		return Math.abs(x - riverX(y)) < this.riverHalfWidth + BANK_MARGIN;
	}

	private boolean crossesWater(double[] a, double[] b) {
		for (int s = 1; s < 16; s++) {
			double t = s / 16.0;
			if (inWater(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))) {
				return true;
			}
		}
		return Math.signum(a[0] - riverX(a[1])) != Math.signum(b[0] - riverX(b[1]));
	}

	/** The node at a position, created on first use; OSM coordinates have 7 decimals. */
	private Node node(double[] xy) {
		double lat = round7(this.centerLat + xy[1] / METERS_PER_DEGREE_LAT);
		double lon = round7(this.centerLon + xy[0] / this.metersPerDegreeLon);
		long key = Math.round(lat * 1e7) * 4_000_000_000L + Math.round(lon * 1e7);
		return this.nodeByKey.computeIfAbsent(key, k -> {
			Node created = new Node(this.nodes.size() + 1L, lat, lon);
			this.nodes.add(created);
			return created;
		});
	}

	private static double round7(double degrees) {
		return Math.round(degrees * 1e7) / 1e7;
	}

	private double[] box() {
		double dLat = (this.half + 200) / METERS_PER_DEGREE_LAT;
		double dLon = (this.half + 200) / this.metersPerDegreeLon;
		return new double[] { this.centerLat - dLat, this.centerLon - dLon, this.centerLat + dLat, this.centerLon + dLon };
	}

	/** An OSM node. */
	record Node(long id, double lat, double lon) {
	}

	/** An OSM way: node references in order and tags. */
	record Way(long id, List<Long> refs, Map<String, String> tags) {
	}

	/**
	 * The generated map.
	 *
	 * @param nodes all nodes, ids 1..n
	 * @param ways all ways (streets and the river), ids 1..m
	 * @param bounds minLat, minLon, maxLat, maxLon
	 */
	record TownMap(List<Node> nodes, List<Way> ways, double[] bounds) {

		Node node(long id) {
			return this.nodes.get((int) id - 1);
		}

		/** Writes the map as OSM XML 0.6 (nodes, then ways: the order importers require). */
		void writeOsmXml(Path file) {
			try {
				Files.createDirectories(file.toAbsolutePath().getParent());
				try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
					out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
					out.write("<osm version=\"0.6\" generator=\"zaplecze synthetic town v" + GENERATOR_VERSION + "\">\n");
					out.write(String.format(Locale.ROOT,
							"  <bounds minlat=\"%.7f\" minlon=\"%.7f\" maxlat=\"%.7f\" maxlon=\"%.7f\"/>%n", this.bounds[0],
							this.bounds[1], this.bounds[2], this.bounds[3]));
					for (Node n : this.nodes) {
						out.write(String.format(Locale.ROOT, "  <node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n",
								n.id(), n.lat(), n.lon()));
					}
					for (Way w : this.ways) {
						out.write("  <way id=\"" + w.id() + "\" version=\"1\">\n");
						for (long ref : w.refs()) {
							out.write("    <nd ref=\"" + ref + "\"/>\n");
						}
						for (Map.Entry<String, String> tag : w.tags().entrySet()) {
							out.write("    <tag k=\"" + xml(tag.getKey()) + "\" v=\"" + xml(tag.getValue()) + "\"/>\n");
						}
						out.write("  </way>\n");
					}
					out.write("</osm>\n");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write the generated town to " + file, ex);
			}
		}

		private static String xml(String text) {
			return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
		}

	}

}
