package io.zaplecze.routing.roadnetwork;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one Mapbox Vector Tile (MVT 2.1, protobuf) with line features: a hand-written encoder of
 * the few messages a road layer needs (tile, layer, feature, string value), so no protobuf runtime
 * is pulled in. Coordinates are tile units (0..extent); geometries are MoveTo/LineTo commands with
 * zig-zag deltas, as the specification defines them.
 */
final class VectorTileWriter {

	static final int EXTENT = 4096;

	private final ByteArrayOutputStream tile = new ByteArrayOutputStream(16 * 1024);

	/** Starts a layer; add features, then {@link #endLayer()}. */
	Layer layer(String name) {
		return new Layer(name);
	}

	byte[] toByteArray() {
		return this.tile.toByteArray();
	}

	final class Layer {

		private final String name;

		private final Map<String, Integer> keys = new LinkedHashMap<>();

		private final Map<String, Integer> values = new LinkedHashMap<>();

		private final ByteArrayOutputStream features = new ByteArrayOutputStream(16 * 1024);

		private int count;

		private Layer(String name) {
			this.name = name;
		}

		/**
		 * Adds a line feature. {@code parts} are polylines of tile coordinates ({@code x0, y0, x1, y1, ...},
		 * at least two points each); {@code tags} are string attributes (null values are left out).
		 */
		void line(long id, List<int[]> parts, Map<String, String> tags) {
			ByteArrayOutputStream geometry = new ByteArrayOutputStream(64);
			int cx = 0;
			int cy = 0;
			for (int[] part : parts) {
				int points = part.length / 2;
				varint(geometry, command(1, 1));
				varint(geometry, zigzag(part[0] - cx));
				varint(geometry, zigzag(part[1] - cy));
				cx = part[0];
				cy = part[1];
				varint(geometry, command(2, points - 1));
				for (int i = 1; i < points; i++) {
					varint(geometry, zigzag(part[2 * i] - cx));
					varint(geometry, zigzag(part[2 * i + 1] - cy));
					cx = part[2 * i];
					cy = part[2 * i + 1];
				}
			}
			ByteArrayOutputStream tagIndexes = new ByteArrayOutputStream(8);
			tags.forEach((key, value) -> {
				if (value != null) {
					varint(tagIndexes, this.keys.computeIfAbsent(key, k -> this.keys.size()));
					varint(tagIndexes, this.values.computeIfAbsent(value, v -> this.values.size()));
				}
			});
			ByteArrayOutputStream feature = new ByteArrayOutputStream(geometry.size() + 16);
			tag(feature, 1, 0);
			varint(feature, id);
			bytes(feature, 2, tagIndexes.toByteArray());
			tag(feature, 3, 0);
			varint(feature, 2); // LINESTRING
			bytes(feature, 4, geometry.toByteArray());
			bytes(this.features, 2, feature.toByteArray());
			this.count++;
		}

		int featureCount() {
			return this.count;
		}

		/** Writes the layer into the tile; a layer without features is left out. */
		void end() {
			if (this.count == 0) {
				return;
			}
			ByteArrayOutputStream layer = new ByteArrayOutputStream(this.features.size() + 256);
			tag(layer, 15, 0);
			varint(layer, 2);
			bytes(layer, 1, this.name.getBytes(StandardCharsets.UTF_8));
			layer.writeBytes(this.features.toByteArray());
			for (String key : this.keys.keySet()) {
				bytes(layer, 3, key.getBytes(StandardCharsets.UTF_8));
			}
			for (String value : this.values.keySet()) {
				ByteArrayOutputStream v = new ByteArrayOutputStream(value.length() + 2);
				bytes(v, 1, value.getBytes(StandardCharsets.UTF_8));
				bytes(layer, 4, v.toByteArray());
			}
			tag(layer, 5, 0);
			varint(layer, EXTENT);
			bytes(VectorTileWriter.this.tile, 3, layer.toByteArray());
		}

	}

	private static int command(int id, int count) {
		return (id & 0x7) | (count << 3);
	}

	private static int zigzag(int n) {
		return (n << 1) ^ (n >> 31);
	}

	private static void tag(ByteArrayOutputStream out, int field, int wireType) {
		varint(out, ((long) field << 3) | wireType);
	}

	private static void bytes(ByteArrayOutputStream out, int field, byte[] value) {
		tag(out, field, 2);
		varint(out, value.length);
		out.writeBytes(value);
	}

	private static void varint(ByteArrayOutputStream out, long value) {
		long v = value;
		while ((v & ~0x7FL) != 0) {
			out.write((int) ((v & 0x7F) | 0x80));
			v >>>= 7;
		}
		out.write((int) v);
	}

}
