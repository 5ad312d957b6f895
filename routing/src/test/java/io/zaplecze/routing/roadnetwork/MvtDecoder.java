package io.zaplecze.routing.roadnetwork;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Mapbox Vector Tile back (test only): the protobuf wire format and the MVT geometry
 * commands, written from the specification independently of the encoder under test.
 */
final class MvtDecoder {

	record Feature(long id, int type, Map<String, String> tags, List<List<int[]>> parts) {
	}

	record Layer(String name, int version, int extent, List<Feature> features) {
	}

	private final byte[] buf;

	private int pos;

	private final int end;

	private MvtDecoder(byte[] buf, int pos, int end) {
		this.buf = buf;
		this.pos = pos;
		this.end = end;
	}

	static Map<String, Layer> decode(byte[] tile) {
		Map<String, Layer> layers = new LinkedHashMap<>();
		MvtDecoder in = new MvtDecoder(tile, 0, tile.length);
		while (in.pos < in.end) {
			long key = in.varint();
			if ((key >>> 3) == 3 && (key & 7) == 2) {
				Layer layer = in.sub().layer();
				layers.put(layer.name(), layer);
			}
			else {
				in.skip((int) (key & 7));
			}
		}
		return layers;
	}

	private Layer layer() {
		String name = null;
		int version = 1;
		int extent = 4096;
		List<String> keys = new ArrayList<>();
		List<String> values = new ArrayList<>();
		List<MvtDecoder> rawFeatures = new ArrayList<>();
		while (this.pos < this.end) {
			long key = varint();
			int field = (int) (key >>> 3);
			switch (field) {
				case 15 -> version = (int) varint();
				case 1 -> name = string();
				case 2 -> rawFeatures.add(sub());
				case 3 -> keys.add(string());
				case 4 -> values.add(sub().stringValue());
				case 5 -> extent = (int) varint();
				default -> skip((int) (key & 7));
			}
		}
		List<Feature> features = new ArrayList<>();
		for (MvtDecoder f : rawFeatures) {
			features.add(f.feature(keys, values));
		}
		return new Layer(name, version, extent, features);
	}

	private String stringValue() {
		String value = null;
		while (this.pos < this.end) {
			long key = varint();
			if ((key >>> 3) == 1) {
				value = string();
			}
			else {
				skip((int) (key & 7));
			}
		}
		return value;
	}

	private Feature feature(List<String> keys, List<String> values) {
		long id = 0;
		int type = 0;
		Map<String, String> tags = new LinkedHashMap<>();
		List<List<int[]>> parts = new ArrayList<>();
		while (this.pos < this.end) {
			long key = varint();
			switch ((int) (key >>> 3)) {
				case 1 -> id = varint();
				case 2 -> {
					MvtDecoder packed = sub();
					while (packed.pos < packed.end) {
						tags.put(keys.get((int) packed.varint()), values.get((int) packed.varint()));
					}
				}
				case 3 -> type = (int) varint();
				case 4 -> {
					MvtDecoder packed = sub();
					int x = 0;
					int y = 0;
					List<int[]> part = null;
					while (packed.pos < packed.end) {
						int command = (int) packed.varint();
						int cmd = command & 7;
						int count = command >>> 3;
						for (int i = 0; i < count; i++) {
							x += unzigzag((int) packed.varint());
							y += unzigzag((int) packed.varint());
							if (cmd == 1) {
								part = new ArrayList<>();
								parts.add(part);
							}
							part.add(new int[] { x, y });
						}
					}
				}
				default -> skip((int) (key & 7));
			}
		}
		return new Feature(id, type, tags, parts);
	}

	private static int unzigzag(int n) {
		return (n >>> 1) ^ -(n & 1);
	}

	private MvtDecoder sub() {
		int length = (int) varint();
		MvtDecoder sub = new MvtDecoder(this.buf, this.pos, this.pos + length);
		this.pos += length;
		return sub;
	}

	private String string() {
		int length = (int) varint();
		String s = new String(this.buf, this.pos, length, StandardCharsets.UTF_8);
		this.pos += length;
		return s;
	}

	private long varint() {
		long result = 0;
		int shift = 0;
		while (true) {
			byte b = this.buf[this.pos++];
			result |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return result;
			}
			shift += 7;
		}
	}

	private void skip(int wireType) {
		switch (wireType) {
			case 0 -> varint();
			case 1 -> this.pos += 8;
			case 2 -> this.pos += (int) varint();
			case 5 -> this.pos += 4;
			default -> throw new IllegalStateException("wire type " + wireType);
		}
	}

}
